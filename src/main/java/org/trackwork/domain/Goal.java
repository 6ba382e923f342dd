package org.trackwork.domain;

import java.util.UUID;

/** A quarterly objective toward a destination. */
public record Goal(UUID id, UUID destinationId, Quarter quarter, String title, String description, UUID ownerId,
                   int position) {

    public Goal {
        Require.present(id, "Id");
        Require.present(destinationId, "Destination");
        Require.present(quarter, "Quarter");
        title = Require.filled(title, "Title");
        description = Require.longText(description, "Description");
        Require.notNegative(position, "Position");
    }
}
