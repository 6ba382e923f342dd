package org.trackwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a person wants to grow in during a plan's period, and how. */
public record DevelopmentGoal(UUID id, String title, LocalDate targetDate, DevelopmentGoalStatus status,
                              String evidence, List<DevelopmentAction> actions) {

    public DevelopmentGoal {
        Require.present(id, "field.id");
        title = Require.filled(title, "field.developmentGoal");
        Require.present(status, "field.status");
        evidence = Require.longText(evidence, "field.evidence");
        actions = Require.listOf(actions, "field.actions");
    }
}
