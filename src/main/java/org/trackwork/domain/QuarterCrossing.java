package org.trackwork.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A card carried out of an unfinished quarter into a later one, on the day the quarter was closed. */
public record QuarterCrossing(UUID taskId, Quarter from, Quarter to, LocalDate on) {

    public QuarterCrossing {
        Require.present(taskId, "field.task");
        Require.present(from, "field.fromQuarter");
        Require.present(to, "field.toQuarter");
        Require.present(on, "field.date");
        if (to.compareTo(from.next()) < 0) {
            throw new Refusal("refusal.crossing.notLater", from, to);
        }
    }
}
