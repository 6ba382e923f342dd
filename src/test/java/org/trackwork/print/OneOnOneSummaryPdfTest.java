package org.trackwork.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackwork.print.PrintSamples.TODAY;
import static org.trackwork.print.PrintSamples.WORDS;

import java.lang.reflect.RecordComponent;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.ActionOwner;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.ui.common.Messages;

class OneOnOneSummaryPdfTest {

    @Test
    void aSummaryShowsWhatIsSharedAndNeverThePrivateNotes() throws Exception {
        Person ana = PrintSamples.person("Ana Lima", "Engineer");
        ActionItem earlier = new ActionItem(UUID.randomUUID(), "Read the on-call handbook", ActionOwner.PERSON,
                null, false, null);
        OneOnOneSummary summary = OneOnOneSummary.of(ana, "Maria Manager", PrintSamples.session(ana),
                List.of(earlier));
        byte[] bytes = PdfOutput.bytes(new OneOnOneSummaryPdf(WORDS, TODAY).document(summary, PaperSize.A4));
        try (PdfReading pdf = new PdfReading(bytes)) {
            assertThat(pdf.pages()).isEqualTo(1);
            assertThat(pdf.text()).contains("One-on-one with Ana Lima", "Release pairing",
                            "We agreed to try pairing on the release.", "Book the pairing slot", "Them")
                    .contains("Still open from earlier one-on-ones", "Read the on-call handbook")
                    .doesNotContain(PrintSamples.PRIVATE_NOTE).doesNotContain("worried");
            assertThat(PdfReading.inkShare(pdf.render(0, 40))).isGreaterThan(0.01);
        }
    }

    @Test
    void aSummaryWritesItsDatesAndPageNumbersInTheLocaleOfItsWords() throws Exception {
        Locale german = Locale.GERMANY;
        Wording inGerman = new Wording() {
            @Override
            public String get(String key, Object... arguments) {
                return new MessageFormat(Messages.BUNDLE.getString(key), german).format(arguments);
            }

            @Override
            public Locale locale() {
                return german;
            }
        };
        Person ana = PrintSamples.person("Ana Lima", "Engineer");
        OneOnOne session = PrintSamples.session(ana);
        OneOnOneSummary summary = OneOnOneSummary.of(ana, "Maria Manager", session, List.of());
        byte[] bytes = PdfOutput.bytes(new OneOnOneSummaryPdf(inGerman, TODAY).document(summary, PaperSize.A4));
        try (PdfReading pdf = new PdfReading(bytes)) {
            assertThat(pdf.text())
                    .contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(german)
                            .format(session.date()))
                    .contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(german)
                            .format(TODAY));
        }
    }

    /**
     * The PDF's streams are compressed, so searching its raw bytes proves nothing; the summary record itself
     * must hold no trace of the private notes, whatever a layout later does with it.
     */
    @Test
    void theSummaryRecordKeepsNoPartOfThePrivateNotes() throws Exception {
        Person ana = PrintSamples.person("Ana Lima", "Engineer");
        OneOnOne session = PrintSamples.session(ana);
        assertThat(session.privateNotes()).isEqualTo(PrintSamples.PRIVATE_NOTE);

        OneOnOneSummary summary = OneOnOneSummary.of(ana, "Maria Manager", session, List.of());

        for (RecordComponent component : OneOnOneSummary.class.getRecordComponents()) {
            assertThat(String.valueOf(component.getAccessor().invoke(summary)))
                    .as(component.getName()).doesNotContain("worried");
        }
        assertThat(summary.toString()).contains("We agreed to try pairing").doesNotContain("worried");
    }
}
