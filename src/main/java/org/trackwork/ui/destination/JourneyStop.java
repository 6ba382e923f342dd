package org.trackwork.ui.destination;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import org.trackwork.domain.Confidence;

/**
 * One stop the journey view draws on the line: a station with its due date and confidence.
 *
 * @param id     what {@link JourneyView#onOpenProperty()} is called with
 * @param label  the short text beside the stop
 * @param due    where the stop sits on the line; null places it at the destination's horizon
 * @param hazard whether an open hazard lies on this stop or its goal, drawn as a boulder
 * @param detail extra text for the tooltip, may be empty
 */
public record JourneyStop(UUID id, String label, LocalDate due, Confidence confidence, boolean done,
                          boolean hazard, String detail) {

    public JourneyStop {
        Objects.requireNonNull(id, "A stop needs an id.");
        Objects.requireNonNull(confidence, "A stop needs a confidence.");
        label = label == null ? "" : label;
        detail = detail == null ? "" : detail;
    }
}
