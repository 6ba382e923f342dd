package org.trackwork.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.print.DevelopmentPlanPdf;
import org.trackwork.print.JourneyPosterPdf;
import org.trackwork.print.OneOnOneSummary;
import org.trackwork.print.OneOnOneSummaryPdf;
import org.trackwork.print.PaperSize;
import org.trackwork.print.PdfOutput;
import org.trackwork.print.PlanPrintout;
import org.trackwork.print.PlanPrintouts;
import org.trackwork.print.PrintDocument;
import org.trackwork.print.Wording;
import org.trackwork.service.BackgroundTask;
import org.trackwork.service.CrewSnapshot;
import org.trackwork.service.DestinationSnapshot;
import org.trackwork.ui.common.DialogService;
import org.trackwork.ui.common.FailureText;
import org.trackwork.ui.common.MenuAction;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.ProgressHandle;
import org.trackwork.ui.common.WorkbookSession;

/**
 * The File menu's print actions: a development plan to PDF or to a printer, every plan in one PDF or to the
 * printer, the journey poster, and a one-on-one summary. Reads and writes run on the writer thread; dialogs on the FX thread.
 */
public final class PrintCommands {

    /** Draws the journey of a snapshot for the poster; on the FX thread. */
    @FunctionalInterface
    public interface JourneyDrawing {
        BufferedImage draw(DestinationSnapshot snapshot, LocalDate today);
    }

    private static final Logger LOG = LoggerFactory.getLogger(PrintCommands.class);
    /** The window's words, and its one locale for the numbers and dates of a document. */
    private static final Wording WORDS = new Wording() {
        @Override
        public String get(String key, Object... arguments) {
            return Messages.get(key, arguments);
        }

        @Override
        public Locale locale() {
            return Messages.locale();
        }
    };
    private static final String PDF = ".pdf";
    /** Of an export's progress bar, the part for laying people out; writing the file takes the rest. */
    private static final double LAID_OUT_SHARE = 0.9;

    private final WorkbookSession session;
    private final PagePrinter printer;
    private final Supplier<Optional<Person>> selectedPerson;
    private final Supplier<Optional<DevelopmentPlan>> shownPlan;
    private final JourneyDrawing journey;
    private final ObjectProperty<PaperSize> paper =
            new SimpleObjectProperty<>(PaperSize.forLocale(Messages.locale()));

    /**
     * @param selectedPerson the person picked in the Crew area, whose plan "one person" means
     * @param shownPlan      the plan on the Plan tab, printed rather than the newest when it is that person's
     */
    public PrintCommands(WorkbookSession session, PagePrinter printer, Supplier<Optional<Person>> selectedPerson,
                         Supplier<Optional<DevelopmentPlan>> shownPlan, JourneyDrawing journey) {
        this.session = session;
        this.printer = printer;
        this.selectedPerson = selectedPerson;
        this.shownPlan = shownPlan;
        this.journey = journey;
    }

    /** The paper every document is laid out on: as remembered at start, changed with File > Paper Size. */
    /** What printing puts in the File menu. */
    public List<MenuAction> fileMenu() {
        return List.of(
                MenuAction.of("printPlanItem", "menu.file.print", "Shortcut+P", this::printPlan).afterSeparator(),
                MenuAction.of("exportPlanItem", "menu.file.exportPdf", "Shortcut+Alt+P", this::exportPlanPdf),
                MenuAction.of("exportAllPlansItem", "menu.file.printAll", "Shortcut+Alt+A", this::exportAllPlans),
                MenuAction.of("printAllPlansItem", "menu.file.printAllPlans", "Shortcut+Alt+Shift+P",
                        this::printAllPlans),
                MenuAction.of("exportPosterItem", "menu.file.poster", "Shortcut+Alt+J", this::exportJourneyPoster));
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    /**
     * Starts on the paper remembered from the last run (the locale's when none was) and hands every later choice
     * to be remembered, so File > Paper Size outlives a restart.
     *
     * @param remembered the name of the paper in the settings, or null
     */
    public void keepPaper(String remembered, Consumer<String> remember) {
        paper.set(PaperSize.remembered(remembered, Messages.locale()));
        paper.addListener((observable, old, now) -> remember.accept(now.name()));
    }

    /** Writes the plan of the selected person (or one the user picks) to a PDF file the user chooses. */
    public void exportPlanPdf() {
        String title = Messages.get("print.export.title");
        withPlan(title, printout -> dialogs().chooseFileToSave(title,
                        fileName(Messages.get("print.export.name", printout.person().name(),
                                printout.plan().period())), Messages.get("print.pdf.type"), PDF)
                .ifPresent(path -> write(title, planDocument(List.of(printout)), path)));
    }

    /** Prints the plan of the selected person with the system's page setup; says so when there is no printer. */
    public void printPlan() {
        String title = Messages.get("print.print.title");
        if (!printer.available()) {
            dialogs().showError(title, Messages.get("print.print.noPrinter"));
            return;
        }
        withPlan(title, printout -> print(title, List.of(printout)));
    }

    /** Prints the newest plan of everyone on the roster, a section per person, with progress and Cancel. */
    public void printAllPlans() {
        String title = Messages.get("print.printAll.title");
        if (!printer.available()) {
            dialogs().showError(title, Messages.get("print.printAll.noPrinter"));
            return;
        }
        if (session.workbook() == null) {
            return;
        }
        session.read(PlanPrintouts::ofCrew, printouts -> {
            if (printouts.isEmpty()) {
                dialogs().showError(title, Messages.get("print.printAll.none"));
            } else {
                print(title, printouts);
            }
        });
    }

    /** Sets the page up first, because the paper chosen there decides the layout. */
    private void print(String title, List<PlanPrintout> printouts) {
        try {
            printer.start(planDocument(printouts, paper.get()).title(), paper.get()).ifPresent(job ->
                    new PrintRun(session, title, job).start(planDocument(printouts, job.paper()), printouts));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Printing failed: {}", e.toString());
            dialogs().showError(title, Messages.get("print.print.failed", reason(e)));
        }
    }

    /** Writes the newest plan of everyone on the roster to one PDF, a section per person, with progress. */
    public void exportAllPlans() {
        String title = Messages.get("print.all.title");
        if (session.workbook() == null) {
            return;
        }
        String workbookName = session.workbook().name();
        session.read(PlanPrintouts::ofCrew, printouts -> {
            if (printouts.isEmpty()) {
                dialogs().showError(title, Messages.get("print.all.none"));
                return;
            }
            dialogs().chooseFileToSave(title, fileName(Messages.get("print.all.name", workbookName)),
                            Messages.get("print.pdf.type"), PDF)
                    .ifPresent(path -> writeAll(title, printouts, path));
        });
    }

    private void writeAll(String title, List<PlanPrintout> printouts, Path path) {
        AtomicBoolean cancelled = new AtomicBoolean();
        ProgressHandle progress = dialogs().showProgress(title, () -> cancelled.set(true));
        PrintDocument document = planDocument(printouts);
        BackgroundTask.wrap(() -> {
            PdfOutput.write(document, path, new LayoutProgress(printouts, progress, cancelled, LAID_OUT_SHARE,
                    Messages.get("print.all.writing")));
            return path;
        }).onSuccess(saved -> {
            progress.close();
            dialogs().notify(Messages.get("print.all.done", saved.getFileName(), printouts.size()));
        }).onFailure(failure -> {
            progress.close();
            if (failure instanceof CancellationException) {
                dialogs().notify(Messages.get("print.all.cancelled"));
            } else {
                dialogs().showError(title, Messages.get("print.export.failed", reason(failure)));
            }
        }).executeWith(session.runner());
    }

    /** Writes the journey of the chosen quarter as a one-page landscape poster. */
    public void exportJourneyPoster() {
        String title = Messages.get("print.poster.title");
        Quarter quarter = session.quarterProperty().get();
        session.read(workbook -> DestinationSnapshot.read(workbook, quarter), snapshot -> {
            BufferedImage picture = journey.draw(snapshot, session.today());
            PrintDocument document = new JourneyPosterPdf(WORDS, session.today())
                    .document(snapshot.current(), picture, quarter.toString(), paper.get());
            dialogs().chooseFileToSave(title, fileName(Messages.get("print.poster.name", quarter)),
                    Messages.get("print.pdf.type"), PDF).ifPresent(path -> write(title, document, path));
        });
    }

    /**
     * Writes a one-on-one summary to a PDF the user chooses: date, agenda, shared notes and action items. The
     * session is read here and its private notes are left behind before anything is laid out.
     */
    public void exportOneOnOneSummary(UUID personId, UUID sessionId) {
        String title = Messages.get("print.summary.title");
        session.read(workbook -> OneOnOneSummary.read(workbook, personId, sessionId), found -> {
            if (found.isEmpty()) {
                dialogs().showError(title, Messages.get("print.summary.missing"));
                return;
            }
            OneOnOneSummary summary = found.get();
            PrintDocument document = new OneOnOneSummaryPdf(WORDS, session.today()).document(summary, paper.get());
            dialogs().chooseFileToSave(title, fileName(Messages.get("print.summary.name", summary.personName(),
                    summary.date())), Messages.get("print.pdf.type"), PDF)
                    .ifPresent(path -> write(title, document, path));
        });
    }

    private void withPlan(String title, Consumer<PlanPrintout> then) {
        Optional<Person> selected = selectedPerson.get();
        if (selected.isPresent()) {
            readPlan(title, selected.get(), then);
            return;
        }
        session.read(CrewSnapshot::activeCrew, crew -> {
            if (crew.isEmpty()) {
                dialogs().showError(title, Messages.get("print.noCrew"));
                return;
            }
            dialogs().choose(Messages.get("print.choose.title"), Messages.get("print.choose.label"), crew,
                    Person::name).ifPresent(person -> readPlan(title, person, then));
        });
    }

    private void readPlan(String title, Person person, Consumer<PlanPrintout> then) {
        UUID shown = shownPlan.get().filter(plan -> plan.personId().equals(person.id()))
                .map(DevelopmentPlan::id).orElse(null);
        session.read(workbook -> PlanPrintouts.of(workbook, person.id(), shown), found -> found.ifPresentOrElse(
                then, () -> dialogs().showError(title, Messages.get("print.noPlan", person.name()))));
    }

    private PrintDocument planDocument(List<PlanPrintout> printouts) {
        return planDocument(printouts, paper.get());
    }

    private PrintDocument planDocument(List<PlanPrintout> printouts, PaperSize on) {
        return new DevelopmentPlanPdf(WORDS, session.today()).document(printouts, on);
    }

    private void write(String title, PrintDocument document, Path path) {
        BackgroundTask.wrap(() -> {
            PdfOutput.write(document, path);
            return path;
        }).onSuccess(saved -> dialogs().notify(Messages.get("print.export.done", saved.getFileName())))
                .onFailure(failure -> dialogs().showError(title,
                        Messages.get("print.export.failed", reason(failure))))
                .executeWith(session.runner());
    }

    /** A name any file system takes: characters that separate folders or are reserved become dashes. */
    static String fileName(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "-");
    }

    /** Why printing or writing a PDF failed, in words a user can act on. */
    static String reason(Throwable failure) {
        return FailureText.ofFile(failure);
    }

    private DialogService dialogs() {
        return session.dialogs();
    }
}
