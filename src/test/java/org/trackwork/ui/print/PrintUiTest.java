package org.trackwork.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.Person;
import org.trackwork.ui.UiTestBase;

class PrintUiTest extends UiTestBase {

    @BeforeEach
    void openSample() throws Exception {
        driver.dialogs().willChoose(dataFolder.resolve("sample.trackwork"));
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.N);
        driver.settle();
    }

    @Test
    void fileExportPdfWritesThePlanOfThePersonSelectedInTheCrew() throws Exception {
        clickOn("#crewNav");
        ListView<Person> crew = lookup("#crewList").queryListView();
        Person person = crew.getItems().get(2);
        clickOn(person.name());
        driver.settle();
        Path target = dataFolder.resolve("plan.pdf");
        driver.dialogs().willChoose(target);

        clickOn("#fileMenu").clickOn("Export Plan as PDF…");
        driver.settle();

        assertThat(target).exists();
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Development plan of " + person.name());
        }
        assertThat(driver.dialogs().notifications()).anyMatch(message -> message.contains("plan.pdf"));
    }

    @Test
    void filePrintWithNoPrinterSaysSoInsteadOfFailing() throws Exception {
        push(KeyCode.CONTROL, KeyCode.P);
        driver.settle();

        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("No printer is installed");
        clickOn(dialogButton("OK"));
        driver.settle();
        assertThat(lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void filePrintAllPlansIsOnTheMenuAndWithNoPrinterSaysSo() throws Exception {
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.P);
        driver.settle();

        assertThat(lookup(".dialog-pane .content").queryAs(Label.class).getText())
                .contains("No printer is installed", "Export All Plans as PDF");
        clickOn(dialogButton("OK"));
        driver.settle();
        assertThat(lookup(".dialog-pane").tryQuery()).isEmpty();
    }

    @Test
    void theJourneyPosterIsDrawnFromTheJourneyView() throws Exception {
        Path target = dataFolder.resolve("poster.pdf");
        driver.dialogs().willChoose(target);

        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.J);
        driver.settle();

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            var page = new PDFRenderer(pdf).renderImageWithDPI(0, 30);
            long inked = 0;
            for (int y = 0; y < page.getHeight(); y++) {
                for (int x = 0; x < page.getWidth(); x++) {
                    inked += (page.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
                }
            }
            assertThat(inked).isGreaterThan(page.getWidth() * page.getHeight() / 20L);
        }
    }
}
