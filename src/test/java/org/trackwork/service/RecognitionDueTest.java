package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecognitionDueTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @Test
    void someoneRecognisedWithinThirtyDaysIsNotDue() {
        assertThat(RecognitionDue.isDue(TODAY, null, TODAY)).isFalse();
        assertThat(RecognitionDue.isDue(TODAY.minusDays(RecognitionDue.DAYS), null, TODAY)).isFalse();
    }

    @Test
    void someoneLastRecognisedMoreThanThirtyDaysAgoIsDue() {
        assertThat(RecognitionDue.isDue(TODAY.minusDays(RecognitionDue.DAYS + 1), null, TODAY)).isTrue();
    }

    @Test
    void someoneNeverRecognisedIsDueOnceTheyHaveBeenOnTheCrewThatLongOrWhenTheirStartIsUnknown() {
        assertThat(RecognitionDue.isDue(null, TODAY.minusDays(5), TODAY)).isFalse();
        assertThat(RecognitionDue.isDue(null, TODAY.minusDays(40), TODAY)).isTrue();
        assertThat(RecognitionDue.isDue(null, null, TODAY)).isTrue();
    }

    @Test
    void daysSinceCountsWholeDaysAndARecognitionDatedAheadCountsAsToday() {
        assertThat(RecognitionDue.daysSince(TODAY.minusDays(12), TODAY)).contains(12L);
        assertThat(RecognitionDue.daysSince(TODAY.plusDays(3), TODAY)).contains(0L);
        assertThat(RecognitionDue.daysSince(null, TODAY)).isEmpty();
    }
}
