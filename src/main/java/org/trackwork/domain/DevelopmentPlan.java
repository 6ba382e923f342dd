package org.trackwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One person's personal development plan for a period such as 2026-H2. */
public record DevelopmentPlan(UUID id, UUID personId, String period, String strengths, String growthAreas,
                              String supportNeeded, PlanStatus status, LocalDate agreedOn, LocalDate reviewedOn,
                              List<DevelopmentGoal> goals) {

    public DevelopmentPlan {
        Require.present(id, "field.id");
        Require.present(personId, "field.crewMember");
        period = Require.filled(period, "field.period");
        strengths = Require.longText(strengths, "field.strengths");
        growthAreas = Require.longText(growthAreas, "field.growthAreas");
        supportNeeded = Require.longText(supportNeeded, "field.supportNeeded");
        Require.present(status, "field.planStatus");
        goals = Require.listOf(goals, "field.developmentGoals");
        if (status == PlanStatus.AGREED && agreedOn == null) {
            throw new Refusal("refusal.plan.agreedUndated");
        }
        if (status == PlanStatus.REVIEWED && reviewedOn == null) {
            throw new Refusal("refusal.plan.reviewedUndated");
        }
    }
}
