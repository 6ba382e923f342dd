package org.trackwork.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.Refusal;

class DateTextTest {

    private final DateText us = DateText.of(Locale.US);

    @Test
    void aDateIsReadInTheLocalesShortFormWithAFourOrTwoDigitYearOrAsIso() {
        assertThat(us.parse("12/1/2026")).contains(LocalDate.of(2026, 12, 1));
        assertThat(us.parse("12/01/26")).contains(LocalDate.of(2026, 12, 1));
        assertThat(us.parse(" 2026-12-01 ")).contains(LocalDate.of(2026, 12, 1));
        assertThat(us.parse("")).isEmpty();
        assertThat(us.parse("   ")).isEmpty();
        assertThat(us.format(LocalDate.of(2026, 2, 3))).isEqualTo("2/3/2026");
    }

    @Test
    void anImpossibleDayIsRefusedRatherThanMovedToAnother() {
        assertThatThrownBy(() -> us.parse("2/30/2026")).isInstanceOf(Refusal.class);
        assertThat(us.problemWith("2/30/2026"))
                .isEqualTo("“2/30/2026” is not a day of the calendar: check the day and the month.");
        assertThatThrownBy(() -> us.parse("2026-02-29")).isInstanceOf(Refusal.class);
        assertThat(us.problemWith("2026-02-29")).contains("is not a day of the calendar");
        assertThat(us.parse("2/29/2028")).contains(LocalDate.of(2028, 2, 29));
    }

    @Test
    void textThatIsNoDateIsRefusedWithAnExample() {
        assertThatThrownBy(() -> us.parse("x")).isInstanceOf(Refusal.class);
        assertThat(us.problemWith("x")).isEqualTo("“x” is not a date. Write it like 12/31/2026.");
        assertThat(us.problemWith("13/45/2024")).startsWith("“13/45/2024” is not a");
        assertThat(us.problemWith("y".repeat(5_000))).hasSizeLessThan(120);
        assertThat(us.problemWith("12/1/2026")).isEmpty();
    }

    @Test
    void otherLocalesReadTheirOwnOrder() {
        DateText german = DateText.of(Locale.GERMANY);
        assertThat(german.parse("1.12.2026")).contains(LocalDate.of(2026, 12, 1));
        assertThat(german.problemWith("30.02.2026")).contains("is not a day of the calendar");
        DateText british = DateText.of(Locale.UK);
        assertThat(british.parse("01/12/2026")).contains(LocalDate.of(2026, 12, 1));
    }
}
