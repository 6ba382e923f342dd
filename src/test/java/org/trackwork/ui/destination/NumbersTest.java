package org.trackwork.ui.destination;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void aValueIsWrittenAsTheLocaleWritesItAndReadsBackAsTheSameNumber() {
        Locale german = Locale.GERMANY;
        assertThat(Numbers.format(2.5, german)).isEqualTo("2,5");
        assertThat(Numbers.format(12345.678, german)).isEqualTo("12345,68");
        assertThat(Numbers.parse("2,5", german)).isEqualTo(2.5);
        assertThat(Numbers.format(2.5, Locale.US)).isEqualTo("2.5");
        Locale egyptian = Locale.forLanguageTag("ar-EG");
        String written = Numbers.format(-12.25, egyptian);
        assertThat(Numbers.parse(written, egyptian)).isEqualTo(-12.25);
    }

    @Test
    void aPointOrACommaIsReadInAnyLocaleAndAnythingElseIsNoNumber() {
        assertThat(Numbers.parse(" 3.75 ", Locale.GERMANY)).isEqualTo(3.75);
        assertThat(Numbers.parse("3,75", Locale.US)).isEqualTo(3.75);
        assertThat(Numbers.parse("", Locale.US)).isNaN();
        assertThat(Numbers.parse("12 apples", Locale.US)).isNaN();
        assertThat(Numbers.parse("Infinity", Locale.US)).isNaN();
        assertThat(Numbers.parse(null, Locale.US)).isNaN();
    }
}
