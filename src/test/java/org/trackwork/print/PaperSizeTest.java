package org.trackwork.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class PaperSizeTest {

    @Test
    void theAmericasThatUseLetterGetLetterAndEveryoneElseA4() {
        assertThat(PaperSize.forLocale(Locale.US)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forLocale(Locale.CANADA_FRENCH)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forLocale(new Locale("es", "MX"))).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.forLocale(Locale.GERMANY)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.forLocale(Locale.UK)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.forLocale(Locale.ROOT)).isEqualTo(PaperSize.A4);
    }

    @Test
    void aRememberedPaperWinsAndWithoutOneTheLocaleDecides() {
        assertThat(PaperSize.remembered("A4", Locale.US)).isEqualTo(PaperSize.A4);
        assertThat(PaperSize.remembered("LETTER", Locale.GERMANY)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.remembered(null, Locale.US)).isEqualTo(PaperSize.LETTER);
        assertThat(PaperSize.remembered("TABLOID", Locale.GERMANY)).isEqualTo(PaperSize.A4);
    }

    @Test
    void aPrintersSheetIsA4OrLetterWithinAPointOrTwoInEitherOrientation() {
        assertThat(PaperSize.ofSheet(595, 842)).contains(PaperSize.A4);
        assertThat(PaperSize.ofSheet(841.89, 595.28)).contains(PaperSize.A4);
        assertThat(PaperSize.ofSheet(612, 792)).contains(PaperSize.LETTER);
        assertThat(PaperSize.ofSheet(611.5, 791)).contains(PaperSize.LETTER);
        assertThat(PaperSize.ofSheet(612, 1008)).isEmpty();
        assertThat(PaperSize.ofSheet(420.94, 595.28)).isEmpty();
    }
}
