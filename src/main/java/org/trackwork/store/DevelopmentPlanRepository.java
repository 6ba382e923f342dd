package org.trackwork.store;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.ActionKind;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.domain.DevelopmentGoalStatus;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.PlanStatus;

/** Stores development plans with their development goals and the actions toward them. */
public final class DevelopmentPlanRepository {

    private static final String UPSERT = Sql.upsert("development_plan", "id", "person_id", "period", "strengths",
            "growth_areas", "support_needed", "status", "agreed_on", "reviewed_on");
    private static final Sql.Children GOALS = new Sql.Children("development_goal", "plan_id",
            "id", "title", "target_date", "status", "evidence");
    private static final Sql.Children ACTIONS = new Sql.Children("development_action", "goal_id",
            "id", "kind", "description", "due", "is_done");

    private final WorkbookFile file;

    public DevelopmentPlanRepository(WorkbookFile file) {
        this.file = file;
    }

    /** Saves the plan with its goals and actions; a person has one plan per period. */
    public void save(DevelopmentPlan plan) {
        Map<UUID, List<DevelopmentAction>> actions = new LinkedHashMap<>();
        plan.goals().forEach(goal -> actions.put(goal.id(), goal.actions()));
        file.inTransaction(c -> {
            Sql sql = file.sql(c);
            sql.update(UPSERT, plan.id(), plan.personId(), plan.period(), plan.strengths(), plan.growthAreas(),
                    plan.supportNeeded(), plan.status(), plan.agreedOn(), plan.reviewedOn());
            sql.replace(GOALS, Map.of(plan.id(), plan.goals()), goal -> new Object[] {goal.id(), goal.title(),
                    goal.targetDate(), goal.status(), goal.evidence()});
            sql.replace(ACTIONS, actions, action -> new Object[] {action.id(), action.kind(), action.description(),
                    action.due(), action.done()});
            return null;
        });
    }

    public Optional<DevelopmentPlan> find(UUID id) {
        return file.read(c -> select(file.sql(c), "id = ?", id).stream().findFirst());
    }

    /** A person's plans by period. */
    public List<DevelopmentPlan> listByPerson(UUID personId) {
        return file.read(c -> select(file.sql(c), "person_id = ?", personId));
    }

    /** Every plan of everyone, for a check of the whole workbook. */
    void readAll() {
        file.read(c -> select(file.sql(c), "1 = 1"));
    }

    public void delete(UUID id) {
        file.inTransaction(c -> file.sql(c).deleteById("development_plan", id));
    }

    private static List<DevelopmentPlan> select(Sql sql, String where, Object... parameters) throws SQLException {
        String planIds = "SELECT id FROM development_plan WHERE " + where;
        Map<UUID, List<DevelopmentAction>> actions = sql.children(ACTIONS,
                "SELECT id FROM development_goal WHERE plan_id IN (" + planIds + ")",
                row -> new DevelopmentAction(row.uuid("id"), row.constant("kind", ActionKind.class),
                        row.text("description"), row.date("due"), row.flag("is_done")),
                parameters);
        Map<UUID, List<DevelopmentGoal>> goals = sql.children(GOALS, planIds,
                row -> new DevelopmentGoal(row.uuid("id"), row.text("title"), row.date("target_date"),
                        row.constant("status", DevelopmentGoalStatus.class), row.text("evidence"),
                        actions.getOrDefault(row.uuid("id"), List.of())),
                parameters);
        return sql.list("SELECT * FROM development_plan WHERE " + where + " ORDER BY period, id",
                row -> new DevelopmentPlan(row.uuid("id"), row.uuid("person_id"), row.text("period"),
                        row.text("strengths"), row.text("growth_areas"), row.text("support_needed"),
                        row.constant("status", PlanStatus.class), row.date("agreed_on"), row.date("reviewed_on"),
                        goals.getOrDefault(row.uuid("id"), List.of())),
                parameters);
    }
}
