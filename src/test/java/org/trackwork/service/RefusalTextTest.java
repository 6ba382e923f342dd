package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Refusal;
import org.trackwork.domain.Require;

class RefusalTextTest {

    private static final Refusal TOO_LONG = new Refusal("refusal.tooLong", new Refusal.Key("field.title"), 300_001,
            Require.SHORT_TEXT_MAX);

    @Test
    void aKeyResolvesToASentenceWithItsNumbersWrittenInTheLocaleGiven() {
        assertThat(RefusalText.of(TOO_LONG, Locale.US))
                .isEqualTo("Title is too long: 300,001 characters, the limit is 300.");
        assertThat(RefusalText.of(TOO_LONG, Locale.GERMANY))
                .isEqualTo("Title is too long: 300.001 characters, the limit is 300.");
        assertThat(RefusalText.of(new Refusal("refusal.quarter.year", 12_026), Locale.US))
                .isEqualTo("Year 12026 is out of range.");
    }

    @Test
    void aDateArgumentIsWrittenInTheSameLocaleAsItsNumbers() {
        ResourceBundle words = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"test.due", "Due {0}, {1,number} days late"}};
            }
        };
        Refusal late = new Refusal("test.due", LocalDate.of(2026, 12, 31), 1_000.5);
        assertThat(RefusalText.of(late, Locale.GERMANY, words)).isEqualTo("Due 31.12.2026, 1.000,5 days late");
        assertThat(RefusalText.of(late, Locale.US, words)).isEqualTo("Due Dec 31, 2026, 1,000.5 days late");
    }

    @Test
    void aRuleOfTheDomainSaysItsRefusalInWords() {
        assertThat(RefusalWords.of(() -> Require.filled(" ", "field.name"))).isEqualTo("Name is required.");
        assertThat(RefusalWords.of(() -> Require.shortText("a\0b", "field.role")))
                .isEqualTo("Role contains a NUL character, which cannot be stored.");
        assertThat(RefusalWords.of(() -> Quarter.parse("2026-Q5")))
                .isEqualTo("“2026-Q5” is not a quarter; write it like 2026-Q4.");
    }

    @Test
    void aKeyWithoutWordsIsSaidAsAGeneralSentenceNeverAsTheKey() {
        assertThat(RefusalText.of(new Refusal("refusal.noSuchKey"), Locale.US))
                .isEqualTo("This cannot be saved as it is.");
    }

    @Test
    void theDevelopersTextNamesTheKeyAndArgumentsButNotWhatWasTyped() {
        Refusal refusal = new Refusal("refusal.station.negativeCountOf", "Private matter", "imports");
        assertThat(refusal.getMessage())
                .isEqualTo("refusal.station.negativeCountOf [<14 characters>, <7 characters>]");
        assertThat(TOO_LONG.getMessage()).isEqualTo("refusal.tooLong [field.title, 300001, 300]");
        assertThat(new Refusal("refusal.plan.gone").getMessage()).isEqualTo("refusal.plan.gone");
    }
}
