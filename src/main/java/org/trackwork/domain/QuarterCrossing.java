package org.trackwork.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A card carried out of an unfinished quarter into a later one, on the day the quarter was closed. */
public record QuarterCrossing(UUID taskId, Quarter from, Quarter to, LocalDate on) {

    public QuarterCrossing {
        Require.present(taskId, "Task");
        Require.present(from, "From quarter");
        Require.present(to, "To quarter");
        Require.present(on, "Date");
        if (to.compareTo(from.next()) < 0) {
            throw new Refusal("A card crosses from " + from + " into a later quarter, not " + to
                    + ".");
        }
    }
}
