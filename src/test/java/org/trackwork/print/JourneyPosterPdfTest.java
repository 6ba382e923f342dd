package org.trackwork.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackwork.print.PrintSamples.TODAY;
import static org.trackwork.print.PrintSamples.WORDS;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.Destination;

class JourneyPosterPdfTest {

    @Test
    void thePosterIsOneLandscapePageWithTheDestinationAsTextAndTheJourneyAsAPicture() throws Exception {
        BufferedImage journey = new BufferedImage(1200, 360, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pen = journey.createGraphics();
        pen.setColor(Color.DARK_GRAY);
        pen.fillRect(40, 170, 1120, 20);
        pen.dispose();
        Destination destination = Destination.newCurrent("Releases nobody dreads", "Every team ships weekly.",
                "Customers wait less.", LocalDate.of(2027, 6, 30));
        byte[] bytes = PdfOutput.bytes(new JourneyPosterPdf(WORDS, TODAY).document(Optional.of(destination),
                journey, "2026-Q4", PaperSize.A4));
        try (PdfReading pdf = new PdfReading(bytes)) {
            assertThat(pdf.pages()).isEqualTo(1);
            assertThat(pdf.text()).contains("Releases nobody dreads", "Every team ships weekly.", "2026-Q4");
            PdfReading.Glyph first = pdf.glyphs().get(0);
            assertThat(first.pageWidth()).isGreaterThan(first.pageHeight());
            BufferedImage page = pdf.render(0, 30);
            assertThat(PdfReading.inkShare(page)).isGreaterThan(0.02);
        }
    }
}
