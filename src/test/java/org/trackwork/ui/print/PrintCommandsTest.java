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
import org.trackwork.service.BackgroundTask;
import org.trackwork.service.TaskRunner;
import org.trackwork.ui.common.SessionFixture;
import org.trackwork.ui.common.WorkbookSession;

class PrintCommandsTest {

    @TempDir
    Path folder;

    private SessionFixture fixture;
    private final WatchingRunner runner = new WatchingRunner();
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
        return commands(fixture.session);
    }

    private PrintCommands commands(WorkbookSession session) {
        return new PrintCommands(session, printer, () -> Optional.ofNullable(selected), Optional::empty,
                (snapshot, today) -> new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB));
    }

    /** A session on the fixture's workbook whose tasks the test can watch. */
    private WorkbookSession watchingSession() {
        WorkbookSession session = new WorkbookSession(runner, fixture.dialogs, SessionFixture.CLOCK);
        session.show(fixture.workbook());
        return session;
    }

    private int peopleWithPlans() {
        return (int) crew().stream().filter(p -> !p.archived())
                .filter(p -> !fixture.workbook().plans().listByPerson(p.id()).isEmpty()).count();
    }

    private static double inkShare(BufferedImage page) {
        long inked = 0;
        for (int y = 0; y < page.getHeight(); y += 4) {
            for (int x = 0; x < page.getWidth(); x += 4) {
                inked += (page.getRGB(x, y) & 0xffffff) != 0xffffff ? 1 : 0;
            }
        }
        return inked / ((page.getWidth() / 4.0) * (page.getHeight() / 4.0));
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
        assertThat(printer.jobNames).isEmpty();
    }

    @Test
    void printingSendsTheSelectedPersonsPlanToThePrinter() {
        selected = crew().get(1);

        commands().printPlan();

        assertThat(printer.jobNames).singleElement().asString().contains(selected.name());
        assertThat(printer.pages).isNotEmpty().allSatisfy(page -> assertThat(inkShare(page)).isGreaterThan(0.01));
        assertThat(printer.ended).isTrue();
        assertThat(fixture.dialogs.notifications).singleElement().asString().startsWith("Sent");
    }

    @Test
    void eachPageIsDrawnInTheBackgroundAndOnlyHandedToThePrinterOutsideIt() throws Exception {
        selected = crew().get(1);
        PrintCommands commands = commands(watchingSession());
        runner.works = 0;

        commands.printPlan();

        assertThat(printer.pages).isNotEmpty();
        assertThat(printer.printedInsideWork).isFalse();
        // reading the plan, laying it out, then one task per page
        assertThat(runner.works).isEqualTo(2 + printer.pages.size());
    }

    @Test
    void cancellingThePageSetupPrintsNothing() {
        selected = crew().get(1);
        printer.sheet = Optional.empty();

        commands().printPlan();

        assertThat(printer.pages).isEmpty();
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.dialogs.notifications).isEmpty();
    }

    @Test
    void choosingLetterInThePageSetupLaysThePlanOutForLetter() {
        selected = crew().get(1);
        PrintCommands commands = commands();
        commands.paperProperty().set(PaperSize.A4);
        printer.sheet = Optional.of(PaperSize.LETTER);

        commands.printPlan();

        // 200 dots per inch of Letter's 8.5 inches, rounded down; A4's 8.27 inches would give 1653
        assertThat(printer.pages).first().extracting(BufferedImage::getWidth).isEqualTo(1699);
    }

    @Test
    void printingAllPlansSendsEveryonesPlanWithProgress() throws Exception {
        commands().printAllPlans();

        int withPlans = peopleWithPlans();
        assertThat(printer.jobNames).containsExactly("Development plans");
        assertThat(printer.pages).hasSizeGreaterThanOrEqualTo(withPlans);
        assertThat(printer.ended).isTrue();
        assertThat(fixture.dialogs.progress).filteredOn(message -> message.startsWith("Laying out"))
                .hasSize(withPlans);
        assertThat(fixture.dialogs.progress).filteredOn(message -> message.startsWith("Printing page"))
                .hasSize(printer.pages.size());
        assertThat(fixture.dialogs.progressFractions).isSorted().allSatisfy(f -> assertThat(f).isBetween(0d, 1d));
        assertThat(fixture.dialogs.progressWindowsClosed).isEqualTo(1);
    }

    @Test
    void cancellingPrintAllStopsSendingPagesAndCancelsTheJob() {
        // the people laid out, the pages prepared, page 1 printed, then Cancel while page 2 is drawn
        fixture.dialogs.cancelAfterUpdates = peopleWithPlans() + 3;

        commands().printAllPlans();

        assertThat(fixture.dialogs.progress).last().asString().startsWith("Printing page 2 of ");
        assertThat(printer.pages).hasSize(1);
        assertThat(printer.cancelled).isTrue();
        assertThat(printer.ended).isFalse();
        assertThat(fixture.dialogs.notifications).singleElement().asString().contains("cancelled");
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.dialogs.progressWindowsClosed).isEqualTo(1);
    }

    @Test
    void printingAllPlansWithNoPrinterSaysSoBeforeAnyWork() {
        printer.installed = false;

        commands().printAllPlans();

        assertThat(fixture.dialogs.errors).singleElement().asString().contains("No printer is installed",
                "Export All Plans as PDF");
        assertThat(fixture.dialogs.progress).isEmpty();
        assertThat(printer.jobNames).isEmpty();
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

    /** A printer that is there (or not), whose page setup picks a sheet, and that keeps what it was sent. */
    private final class FakePrinter implements PagePrinter {
        boolean installed = true;
        /** The sheet the user picks in the page setup: the app's paper when null; cancelling when empty. */
        Optional<PaperSize> sheet;
        final List<String> jobNames = new ArrayList<>();
        final List<BufferedImage> pages = new ArrayList<>();
        boolean ended;
        boolean cancelled;
        /** Whether any page was handed over while the writer thread's work was running. */
        boolean printedInsideWork;

        @Override
        public boolean available() {
            return installed;
        }

        @Override
        public Optional<Job> start(String jobName, PaperSize paper) {
            jobNames.add(jobName);
            PaperSize chosen = sheet == null ? paper : sheet.orElse(null);
            return Optional.ofNullable(chosen).map(size -> new Job() {
                @Override
                public PaperSize paper() {
                    return size;
                }

                @Override
                public void print(BufferedImage page) {
                    printedInsideWork |= runner.insideWork;
                    pages.add(page);
                }

                @Override
                public boolean end() {
                    ended = true;
                    return true;
                }

                @Override
                public void cancel() {
                    cancelled = true;
                }
            });
        }
    }

    /** Runs tasks on the calling thread like the fixture's runner, and knows when it is inside their work. */
    private static final class WatchingRunner implements TaskRunner {
        boolean insideWork;
        int works;

        @Override
        public <T> void run(BackgroundTask<T> task) {
            T result;
            insideWork = true;
            works++;
            try {
                result = task.work().call();
            } catch (Exception e) {
                task.failureHandler().accept(e);
                return;
            } finally {
                insideWork = false;
            }
            task.successHandler().accept(result);
        }
    }
}
