package org.trackwork.domain;

import java.time.LocalDate;
import java.util.UUID;

/** One step toward a development goal. */
public record DevelopmentAction(UUID id, ActionKind kind, String description, LocalDate due, boolean done) {

    public DevelopmentAction {
        Require.present(id, "field.id");
        Require.present(kind, "field.kindOfAction");
        description = Require.filled(description, "field.action");
    }
}
