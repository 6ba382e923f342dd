package org.trackwork.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated reading of a station: its value (1 or 0 for a milestone), confidence and a comment. */
public record CheckIn(UUID id, UUID stationId, LocalDate on, double value, Confidence confidence, String comment,
                      Instant recordedAt) {

    public CheckIn {
        Require.present(id, "Id");
        Require.present(stationId, "Station");
        Require.present(on, "Date");
        Require.finite(value, "Value");
        Require.present(confidence, "Confidence");
        comment = Require.longText(comment, "Comment");
        Require.present(recordedAt, "Recorded at");
    }
}
