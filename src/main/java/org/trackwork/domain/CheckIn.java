package org.trackwork.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated reading of a station: its value (1 or 0 for a milestone), confidence and a comment. */
public record CheckIn(UUID id, UUID stationId, LocalDate on, double value, Confidence confidence, String comment,
                      Instant recordedAt) {

    public CheckIn {
        Require.present(id, "field.id");
        Require.present(stationId, "field.station");
        Require.present(on, "field.date");
        Require.finite(value, "field.value");
        Require.present(confidence, "field.confidence");
        comment = Require.longText(comment, "field.comment");
        Require.present(recordedAt, "field.recordedAt");
    }
}
