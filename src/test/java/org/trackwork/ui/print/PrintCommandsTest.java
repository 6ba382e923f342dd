package org.trackwork.ui.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;
import org.trackwork.print.PaperSize;
import org.trackwork.print.PdfOutput;
import org.trackwork.ui.common.SessionFixture;

class PrintCommandsTest {

    @TempDir
    Path folder;

    private SessionFixture fixture;
    private final FakePrinter printer = new FakePrinter();
    private Person selected;

    @BeforeEach
    void openSample() throws Exception {
        fixture = SessionFixture.sample(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private PrintCommands commands() {
        return new PrintCommands(fixture.session, printer, () -> Optional.ofNullable(selected), Optional::empty,
                (snapshot, today) -> new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB));
    }

    private List<Person> crew() {
        return fixture.workbook().people().list();
    }

    @Test
    void printingWithNoPrinterSaysSoAndDoesNotThrow() {
        printer.installed = false;
        selected = crew().get(1);

        commands().printPlan();

        assertThat(fixture.dialogs.errors).singleElement().asString().contains("No printer is installed");
        assertThat(printer.printed).isEmpty();
    }

    @Test
    void printingSendsTheSelectedPersonsPlanToThePrinter() throws Exception {
        selected = crew().get(1);

        commands().printPlan();

        assertThat(printer.printed).hasSize(1);
        assertThat(textOf(printer.printed.get(0))).contains(selected.name());
    }

    @Test
    void exportingWritesThePlanOfTheSelectedPersonOnTheChosenPaper() throws Exception {
        selected = crew().get(2);
        Path target = folder.resolve("plan.pdf");
        fixture.dialogs.filesToChoose.add(target);
        PrintCommands commands = commands();
        commands.paperProperty().set(PaperSize.LETTER);

        commands.exportPlanPdf();

        assertThat(textOf(Files.readAllBytes(target))).contains("Development plan of " + selected.name(),
                "Signature — Maya Okafor");
        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
        }
        assertThat(fixture.dialogs.notifications).singleElement().asString().contains("plan.pdf");
    }

    @Test
    void withNobodySelectedTheUserPicksWhosePlan() throws Exception {
        fixture.dialogs.chosenIndex = 3;
        Path target = folder.resolve("picked.pdf");
        fixture.dialogs.filesToChoose.add(target);

        commands().exportPlanPdf();

        String picked = crew().stream().filter(p -> !p.archived()).toList().get(3).name();
        assertThat(textOf(Files.readAllBytes(target))).contains(picked);
    }

    @Test
    void aPersonWithoutAPlanIsToldWhereToStartOne() {
        selected = Person.newCrewMember("Nia New", "Engineer");
        fixture.workbook().people().save(selected);

        commands().exportPlanPdf();

        assertThat(fixture.dialogs.errors).singleElement().asString().contains("Nia New has no development plan");
    }

    @Test
    void allPlansGoIntoOnePdfWithAPersonPerSection() throws Exception {
        Path target = folder.resolve("all.pdf");
        fixture.dialogs.filesToChoose.add(target);

        commands().exportAllPlans();

        long withPlans = crew().stream()
                .filter(p -> !fixture.workbook().plans().listByPerson(p.id()).isEmpty()).count();
        assertThat(withPlans).isGreaterThan(2);
        assertThat(fixture.dialogs.progress).hasSize((int) withPlans + 1);
        assertThat(fixture.dialogs.progressWindowsClosed).isEqualTo(1);
        String text = textOf(Files.readAllBytes(target));
        assertThat(text.split("Development plan of ", -1)).hasSize((int) withPlans + 1);
    }

    @Test
    void writingTheFileIsTheLastVisibleStretchOfExportingAllPlans() {
        fixture.dialogs.filesToChoose.add(folder.resolve("all.pdf"));

        commands().exportAllPlans();

        List<Double> fractions = fixture.dialogs.progressFractions;
        assertThat(fixture.dialogs.progress).last().isEqualTo("Writing the file…");
        assertThat(fractions).isSorted().last().isEqualTo(0.9);
        assertThat(fractions.get(fractions.size() - 2)).isEqualTo(0.9);
        assertThat(fixture.dialogs.progress.get(fractions.size() - 2)).startsWith("Laying out");
    }

    @Test
    void cancellingJustBeforeTheFileIsWrittenLeavesNoFileBehind() {
        Path target = folder.resolve("all.pdf");
        fixture.dialogs.filesToChoose.add(target);
        fixture.dialogs.cancelAfterUpdates = (int) crew().stream()
                .filter(p -> !fixture.workbook().plans().listByPerson(p.id()).isEmpty()).count() + 1;

        commands().exportAllPlans();

        assertThat(fixture.dialogs.progress).last().isEqualTo("Writing the file…");
        assertThat(target).doesNotExist();
        assertThat(PdfOutput.partialFileOf(target)).doesNotExist();
        assertThat(fixture.dialogs.notifications).singleElement().asString().contains("cancelled");
    }

    @Test
    void cancellingPrintAllStopsAndLeavesNoFileBehind() throws Exception {
        Path target = folder.resolve("all.pdf");
        fixture.dialogs.filesToChoose.add(target);
        fixture.dialogs.cancelAfterUpdates = 2;

        commands().exportAllPlans();

        assertThat(fixture.dialogs.progress).hasSize(2);
        assertThat(target).doesNotExist();
        assertThat(PdfOutput.partialFileOf(target)).doesNotExist();
        assertThat(fixture.dialogs.notifications).singleElement().asString().contains("cancelled");
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.dialogs.progressWindowsClosed).isEqualTo(1);
    }

    @Test
    void aOneOnOneSummaryHasTheSharedNotesAndNotThePrivateOnes() throws Exception {
        Person person = crew().get(1);
        var session = fixture.workbook().oneOnOnes().listByPerson(person.id()).get(0);
        assertThat(session.privateNotes()).contains("Seems tired");
        Path target = folder.resolve("summary.pdf");
        fixture.dialogs.filesToChoose.add(target);

        commands().exportOneOnOneSummary(person.id(), session.id());

        assertThat(textOf(Files.readAllBytes(target))).contains("One-on-one with " + person.name(),
                "Talked about the pilot", "Share the pilot customer list").doesNotContain("Seems tired");
    }

    @Test
    void aSummaryOfASessionThatIsGoneSaysSo() {
        commands().exportOneOnOneSummary(crew().get(1).id(), UUID.randomUUID());

        assertThat(fixture.dialogs.errors).singleElement().asString().contains("no longer exists");
    }

    @Test
    void thePosterIsOneLandscapePageWithTheDestination() throws Exception {
        Path target = folder.resolve("poster.pdf");
        fixture.dialogs.filesToChoose.add(target);

        commands().exportJourneyPoster();

        try (PDDocument pdf = Loader.loadPDF(target.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox()
                    .getHeight());
            String title = fixture.workbook().destinations().current().orElseThrow().title();
            assertThat(new PDFTextStripper().getText(pdf)).contains(title);
        }
    }

    @Test
    void theRememberedPaperIsUsedAtStartAndEveryChoiceIsHandedOnToBeRemembered() {
        List<String> remembered = new ArrayList<>();
        PrintCommands commands = commands();

        commands.keepPaper("LETTER", remembered::add);
        assertThat(commands.paperProperty().get()).isEqualTo(PaperSize.LETTER);
        commands.paperProperty().set(PaperSize.A4);

        assertThat(remembered).containsExactly("A4");
    }

    @Test
    void fileNamesLoseCharactersFileSystemsRefuse() {
        assertThat(PrintCommands.fileName("Plan - A/B: \"x\" <y>.pdf")).isEqualTo("Plan - A-B- -x- -y-.pdf");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** A printer that is there (or not) and keeps what it was sent. */
    private static final class FakePrinter implements PagePrinter {
        boolean installed = true;
        final List<byte[]> printed = new ArrayList<>();

        @Override
        public boolean available() {
            return installed;
        }

        @Override
        public boolean print(byte[] pdf, String jobName, PaperSize paper) {
            printed.add(pdf);
            return true;
        }
    }
}
