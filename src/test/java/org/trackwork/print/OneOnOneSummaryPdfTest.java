package org.trackwork.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackwork.print.PrintSamples.TODAY;
import static org.trackwork.print.PrintSamples.WORDS;

import org.junit.jupiter.api.Test;
import org.trackwork.domain.Person;

class OneOnOneSummaryPdfTest {

    @Test
    void aSummaryShowsWhatIsSharedAndNeverThePrivateNotes() throws Exception {
        Person ana = PrintSamples.person("Ana Lima", "Engineer");
        OneOnOneSummary summary = OneOnOneSummary.of(ana, "Maria Manager", PrintSamples.session(ana));
        byte[] bytes = PdfOutput.bytes(new OneOnOneSummaryPdf(WORDS, TODAY).document(summary, PaperSize.A4));
        try (PdfReading pdf = new PdfReading(bytes)) {
            assertThat(pdf.pages()).isEqualTo(1);
            assertThat(pdf.text()).contains("One-on-one with Ana Lima", "Release pairing",
                            "We agreed to try pairing on the release.", "Book the pairing slot", "Them")
                    .doesNotContain(PrintSamples.PRIVATE_NOTE).doesNotContain("worried");
            assertThat(PdfReading.inkShare(pdf.render(0, 40))).isGreaterThan(0.01);
        }
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("worried");
    }
}
