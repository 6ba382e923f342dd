package org.trackwork.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One step toward a development goal. */
public record DevelopmentAction(UUID id, ActionKind kind, String description, LocalDate due, boolean done) {

    public DevelopmentAction {
        Require.present(id, "Id");
        Require.present(kind, "Kind of action");
        description = Require.filled(description, "Action");
    }
}
