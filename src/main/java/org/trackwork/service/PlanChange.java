package org.trackwork.service;

import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.PlanStatus;

/**
 * One change to a development plan (a field, its status, a goal or an action). The change is applied to the plan as
 * stored when the edit runs, not as last shown, and undo saves the plan back exactly as it was.
 */
public final class PlanChange {

    private PlanChange() {
    }

    /** The person's plans, for the Plan tab. */
    public static List<DevelopmentPlan> plansOf(Workbook workbook, UUID personId) {
        return workbook.plans().listByPerson(personId);
    }

    public static Edit of(String description, UUID planId, UnaryOperator<DevelopmentPlan> change) {
        return Edit.changing(description, workbook -> workbook.plans().find(planId),
                (workbook, plan) -> workbook.plans().save(plan), change, "refusal.plan.gone");
    }

    /** Starts a new plan: undo deletes it with its goals and actions. */
    public static Edit creating(String description, DevelopmentPlan plan) {
        return Edit.replacing(description, null, plan, (w, p) -> w.plans().save(p), (w, p) -> w.plans().delete(p.id()));
    }

    /**
     * The plan for {@code period} that continues {@code last}: the same strengths, growth areas, support and goals
     * (goal statuses kept), everything with new ids, the plan a draft again and no action done yet.
     */
    public static DevelopmentPlan continuing(DevelopmentPlan last, String period) {
        List<DevelopmentGoal> goals = last.goals().stream().map(goal -> new DevelopmentGoal(UUID.randomUUID(),
                goal.title(), goal.targetDate(), goal.status(), goal.evidence(), goal.actions().stream()
                .map(action -> new DevelopmentAction(UUID.randomUUID(), action.kind(), action.description(),
                        action.due(), false))
                .toList())).toList();
        return new DevelopmentPlan(UUID.randomUUID(), last.personId(), period, last.strengths(), last.growthAreas(),
                last.supportNeeded(), PlanStatus.DRAFT, null, null, goals);
    }

    /** An empty draft plan for a person and period. */
    public static DevelopmentPlan fresh(UUID personId, String period) {
        return new DevelopmentPlan(UUID.randomUUID(), personId, period, "", "", "", PlanStatus.DRAFT, null, null,
                List.of());
    }
}
