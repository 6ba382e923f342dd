package org.trackwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What a person wants to grow in during a plan's period, and how. */
public record DevelopmentGoal(UUID id, String title, LocalDate targetDate, DevelopmentGoalStatus status,
                              String evidence, List<DevelopmentAction> actions) {

    public DevelopmentGoal {
        Require.present(id, "Id");
        title = Require.filled(title, "Development goal");
        Require.present(status, "Status");
        evidence = Require.longText(evidence, "Evidence");
        actions = Require.listOf(actions, "Actions");
    }
}
