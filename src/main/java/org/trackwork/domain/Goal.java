package org.trackwork.domain;

import java.util.UUID;

/** A quarterly objective toward a destination. */
public record Goal(UUID id, UUID destinationId, Quarter quarter, String title, String description, UUID ownerId,
                   int position) {

    public Goal {
        Require.present(id, "field.id");
        Require.present(destinationId, "field.destination");
        Require.present(quarter, "field.quarter");
        title = Require.filled(title, "field.title");
        description = Require.longText(description, "field.description");
        Require.notNegative(position, "field.position");
    }
}
