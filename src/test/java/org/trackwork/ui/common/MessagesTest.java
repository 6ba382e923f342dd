package org.trackwork.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.FormatStyle;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.Refusal;
import org.trackwork.domain.Require;

/** Messages, refusals, numbers and dates of the window are written in one locale. */
class MessagesTest {

    @Test
    void aRefusalReadsAsASentenceWithItsFieldNamedAndItsNumbersInTheOneLocale() {
        Refusal tooLong = new Refusal("refusal.tooLong", new Refusal.Key("field.sharedNotes"),
                Require.LONG_TEXT_MAX + 1, Require.LONG_TEXT_MAX);
        NumberFormat numbers = NumberFormat.getIntegerInstance(Messages.locale());
        assertThat(Messages.of(tooLong)).isEqualTo("Shared notes is too long: "
                + numbers.format(Require.LONG_TEXT_MAX + 1) + " characters, the limit is "
                + numbers.format(Require.LONG_TEXT_MAX) + ".");
        assertThat(Messages.of(tooLong)).doesNotContain("refusal.").doesNotContain("field.");
    }

    @Test
    void aFieldLabelOfTheWindowCanNameTheFieldOfARefusal() {
        assertThat(Messages.of(new Refusal("refusal.required", new Refusal.Key("destination.field.title"))))
                .isEqualTo(Messages.get("destination.field.title") + " is required.");
    }

    @Test
    void aRefusalOfTheWindowsOwnIsSaidInItsOwnWords() {
        assertThat(Messages.of(new Refusal("devplan.goal.removed"))).isEqualTo(Messages.get("devplan.goal.removed"));
    }

    @Test
    void aNumberInAMessageADateInAFieldAndADateInAListAreWrittenInTheSameLocale() {
        assertThat(Messages.get("check.more", 12_345))
                .isEqualTo("… and " + NumberFormat.getIntegerInstance(Messages.locale()).format(12_345) + " more");
        LocalDate day = LocalDate.of(2026, 12, 31);
        assertThat(DateText.ofUser().format(day)).isEqualTo(DateText.of(Messages.locale()).format(day));
        assertThat(Messages.dates(FormatStyle.MEDIUM).getLocale()).isEqualTo(Messages.locale());
        assertThat(Messages.dateTimes(FormatStyle.MEDIUM).getLocale()).isEqualTo(Messages.locale());
    }

    @Test
    void anExceptionThatIsNoRefusalIsAGeneralSentenceNotItsText() {
        String said = FailureText.ofValue(new IllegalArgumentException("Invalid UUID string: secret"));
        assertThat(said).isEqualTo(Messages.get("validation.invalid")).doesNotContain("secret");
    }
}
