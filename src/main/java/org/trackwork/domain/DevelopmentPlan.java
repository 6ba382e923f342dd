package org.trackwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One person's personal development plan for a period such as 2026-H2. */
public record DevelopmentPlan(UUID id, UUID personId, String period, String strengths, String growthAreas,
                              String supportNeeded, PlanStatus status, LocalDate agreedOn, LocalDate reviewedOn,
                              List<DevelopmentGoal> goals) {

    public DevelopmentPlan {
        Require.present(id, "Id");
        Require.present(personId, "Crew member");
        period = Require.filled(period, "Period");
        strengths = Require.longText(strengths, "Strengths");
        growthAreas = Require.longText(growthAreas, "Growth areas");
        supportNeeded = Require.longText(supportNeeded, "Support needed");
        Require.present(status, "Plan status");
        goals = Require.listOf(goals, "Development goals");
        if (status == PlanStatus.AGREED && agreedOn == null) {
            throw new Refusal("An agreed plan needs the date it was agreed on.");
        }
        if (status == PlanStatus.REVIEWED && reviewedOn == null) {
            throw new Refusal("A reviewed plan needs the date it was reviewed on.");
        }
    }
}
