package org.trackwork.service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * When a crew member is due for recognition: nobody should go longer than {@link #DAYS} days without a word of
 * appreciation. Someone never recognised is due once they have been on the crew that long, or at once when their
 * start date is not known.
 */
public final class RecognitionDue {

    /** The longest a crew member should go without recognition, in days. */
    public static final int DAYS = 30;

    private RecognitionDue() {
    }

    /** Whole days since the last recognition, never negative (a recognition dated ahead counts as today). */
    public static Optional<Long> daysSince(LocalDate lastRecognised, LocalDate today) {
        return Optional.ofNullable(lastRecognised)
                .map(last -> Math.max(0, ChronoUnit.DAYS.between(last, today)));
    }

    public static boolean isDue(LocalDate lastRecognised, LocalDate startDate, LocalDate today) {
        LocalDate since = lastRecognised != null ? lastRecognised : startDate;
        return since == null || ChronoUnit.DAYS.between(since, today) > DAYS;
    }
}
