package org.trackwork.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.service.BackgroundTask;
import org.trackwork.service.DataFolder;
import org.trackwork.service.SampleWorkbook;
import org.trackwork.service.Settings;
import org.trackwork.service.SettingsFile;
import org.trackwork.service.Workbook;
import org.trackwork.service.WorkbookBackups;
import org.trackwork.service.WorkbookCheck;
import org.trackwork.service.WorkbookOpener;
import org.trackwork.store.WorkbookDiagnosis;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookGone;
import org.trackwork.ui.common.FailureText;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WorkbookProblemText;
import org.trackwork.ui.common.WorkbookSession;

/** The main window's state and its File, Edit and View actions. */
public final class ShellViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);
    private static final DateTimeFormatter BACKUP_TIME = Messages.dateTimes(FormatStyle.MEDIUM);
    private static final DateTimeFormatter START_DATE = Messages.dates(FormatStyle.MEDIUM);

    private final WorkbookSession session;
    private final WorkbookOpener opener;
    private final WorkbookCheck check;
    private final SettingsFile settingsFile;
    private final Path dataFolder;
    private Settings settings;

    /** The name of the area in front; the shell sets the first area's until one is chosen. */
    private final StringProperty area = new SimpleStringProperty();
    private final ObservableList<Quarter> quarters = FXCollections.observableArrayList();
    private final ObservableList<Path> recentWorkbooks = FXCollections.observableArrayList();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper("");
    private final StringBinding workbookName;
    private final SharedScreenViewModel sharedScreen;

    /**
     * @param settings as read at start, before the window shows; every later change is saved on the writer thread,
     *                 so the window never waits on the disk
     */
    public ShellViewModel(WorkbookSession session, WorkbookOpener opener, SettingsFile settingsFile,
                          Settings settings, Path dataFolder) {
        this.session = session;
        this.opener = opener;
        this.check = new WorkbookCheck(opener.backups(), DataFolder.reports(dataFolder), session.clock());
        this.settingsFile = settingsFile;
        this.dataFolder = dataFolder;
        this.settings = settings;
        this.sharedScreen = new SharedScreenViewModel(session);
        darkTheme.set(settings.darkTheme());
        darkTheme.addListener((observable, old, dark) -> saveSettings(this.settings.withDarkTheme(dark)));
        refreshRecent();
        workbookName = Bindings.createStringBinding(
                () -> session.workbook() == null ? Messages.get("shell.noWorkbook") : session.workbook().name(),
                session.workbookProperty());
        session.setGoneHandler(this::workbookGone);
        session.changesProperty().addListener((observable, old, now) -> loadQuarters());
        session.quarterProperty().addListener((observable, old, now) -> loadQuarters());
    }

    /** Opens the workbook Trackwork starts with: the one named on the command line, else the last one, else the
     *  default workbook, which is created on first run. A workbook that fails falls back to the default one. */
    public void openAtStart(Path requested) {
        Path defaultWorkbook = DataFolder.defaultWorkbook(dataFolder);
        Path last = settings.lastWorkbook();
        Path first = requested != null ? requested : last != null ? last : defaultWorkbook;
        AtomicReference<Path> tried = new AtomicReference<>(first);
        runOpening(first, Messages.get("shell.opening", first.getFileName()), () -> {
            // the last workbook may have been moved away since; the default one takes its place without a word
            if (requested == null && !Files.exists(first)) {
                tried.set(defaultWorkbook);
            }
            return tried.get().equals(defaultWorkbook) ? opener.openOrCreate(defaultWorkbook) : opener.open(first);
        }, () -> {
            if (!tried.get().equals(defaultWorkbook)) {
                runOpening(defaultWorkbook, Messages.get("shell.opening", defaultWorkbook.getFileName()),
                        () -> opener.openOrCreate(defaultWorkbook), () -> { });
            }
        });
    }

    public void openWorkbook() {
        session.dialogs().chooseWorkbookToOpen(folderOfCurrent()).ifPresent(this::open);
    }

    public void open(Path path) {
        runOpening(path, Messages.get("shell.opening", path.getFileName()), () -> opener.open(path), () -> { });
    }

    public void newWorkbook() {
        session.dialogs().chooseWorkbookToSave(Messages.get("file.new.title"), folderOfCurrent(),
                        Messages.get("file.new.suggestedName"))
                .ifPresent(path -> runOpening(path, Messages.get("shell.creating", path.getFileName()),
                        () -> opener.create(path), () -> { }));
    }

    /** Writes the sample team into a new workbook; when writing fails, the half-written file is deleted. */
    public void newSampleWorkbook() {
        LocalDate today = session.today();
        session.dialogs().chooseWorkbookToSave(Messages.get("file.sample.title"), folderOfCurrent(),
                        Messages.get("file.sample.suggestedName"))
                .ifPresent(path -> runOpening(path, Messages.get("shell.creatingSample", path.getFileName()),
                        () -> opener.create(path, workbook -> new SampleWorkbook(today)
                                .write(workbook, SampleWorkbook.Size.TEAM, done -> { })),
                        () -> { }));
    }

    public void saveCopyAs() {
        Workbook current = session.workbook();
        if (current == null) {
            return;
        }
        session.dialogs().chooseWorkbookToSave(Messages.get("file.saveCopy.title"), folderOfCurrent(),
                        current.name() + Messages.get("file.saveCopy.suffix") + Workbook.EXTENSION)
                .ifPresent(target -> {
                    if (target.toAbsolutePath().normalize().equals(current.path())) {
                        session.dialogs().showError(Messages.get("file.saveCopy.title"),
                                Messages.get("file.saveCopy.sameFile"));
                        return;
                    }
                    busy(Messages.get("shell.savingCopy", target.getFileName()));
                    BackgroundTask.wrap(() -> {
                        current.copyTo(target);
                        return target;
                    }).onSuccess(saved -> {
                        idle();
                        session.dialogs().notify(Messages.get("file.saveCopy.done", saved.getFileName()));
                        // a workbook another program took away lives on in its copy: the user goes on there
                        if (current.gone().isPresent() && session.workbook() == current) {
                            open(saved);
                        }
                    }).onFailure(failure -> {
                        idle();
                        // a target that is an open workbook is refused, with what the user can do about it
                        session.dialogs().showError(Messages.get("file.saveCopy.title"),
                                failure instanceof WorkbookException problem
                                        ? Messages.get("file.saveCopy.refused", WorkbookProblemText.of(problem))
                                        : Messages.get("file.saveCopy.failed", FailureText.ofFile(failure)));
                    }).executeWith(session.runner());
                });
    }

    /** Starts the shared screen for one crew member, or asks to leave it when it is on. */
    public void toggleSharedScreen() {
        sharedScreen.toggle();
    }

    /**
     * Names the crew members for a choice: by name, with the role after it where names repeat, and the start date
     * too where name and role do, so that two people of the same name are told apart.
     */
    static Function<Person, String> labelsTellingApart(List<Person> crew) {
        Map<String, Long> byName = crew.stream().collect(Collectors.groupingBy(Person::name, Collectors.counting()));
        Map<List<String>, Long> byNameAndRole = crew.stream().collect(
                Collectors.groupingBy(person -> List.of(person.name(), roleOf(person)), Collectors.counting()));
        return person -> {
            if (byName.get(person.name()) == 1) {
                return person.name();
            }
            String role = roleOf(person);
            if (byNameAndRole.get(List.of(person.name(), role)) == 1 || person.startDate() == null) {
                return Messages.get("shared.person.withRole", person.name(), role);
            }
            return Messages.get("shared.person.withRoleSince", person.name(), role,
                    START_DATE.format(person.startDate()));
        };
    }

    private static String roleOf(Person person) {
        return person.role().isBlank() ? Messages.get("crew.noRole") : person.role();
    }

    /** Lists the current workbook's backups, newest first, and puts the chosen one in its place. */
    public void restoreFromBackup() {
        Workbook current = session.workbook();
        if (current == null) {
            return;
        }
        BackgroundTask.wrap(() -> opener.backupsOf(current)).onSuccess(backups -> {
            if (backups.isEmpty()) {
                session.dialogs().showError(Messages.get("file.restore.title"),
                        Messages.get("file.restore.none", current.name()));
                return;
            }
            session.dialogs().choose(Messages.get("file.restore.title"),
                            Messages.get("file.restore.choose", current.name()), backups,
                            backup -> Messages.get("file.restore.item",
                                    BACKUP_TIME.format(WorkbookBackups.takenAt(backup))))
                    .filter(backup -> session.dialogs().confirm(Messages.get("file.restore.title"),
                            Messages.get("file.restore.confirm", current.name(),
                                    BACKUP_TIME.format(WorkbookBackups.takenAt(backup))),
                            Messages.get("file.restore.button")))
                    .ifPresent(backup -> restore(current, backup));
        }).onFailure(failure -> session.dialogs().showError(Messages.get("file.restore.title"),
                Messages.get("file.restore.failed", current.name(), reasonOf(failure)))
        ).executeWith(session.runner());
    }

    /**
     * Restores on the writer thread. A failure before the workbook was closed leaves the user on it as it was; a
     * failure after leaves no workbook in the session, and the workbook is opened afresh, as it now is.
     */
    private void restore(Workbook current, Path backup) {
        busy(Messages.get("shell.restoring", current.name()));
        BackgroundTask.wrap(() -> opener.restore(current, backup))
                .onSuccess(restored -> {
                    idle();
                    session.show(restored);
                })
                .onFailure(failure -> {
                    idle();
                    LOG.warn("Backup not restored: {}", failure.toString());
                    if (current.isOpen()) {
                        session.dialogs().showError(Messages.get("file.restore.title"),
                                Messages.get("file.restore.failed", current.name(), reasonOf(failure)));
                        return;
                    }
                    boolean stillShown = session.workbook() == current;
                    if (stillShown) {
                        session.closeWorkbook();
                    }
                    session.dialogs().showError(Messages.get("file.restore.title"),
                            Messages.get("file.restore.failedClosed", current.name(), reasonOf(failure)));
                    if (stillShown) {
                        open(current.path());
                    }
                })
                .executeWith(session.runner());
    }

    private static String reasonOf(Throwable failure) {
        return failure instanceof WorkbookException problem ? WorkbookProblemText.of(problem)
                : FailureText.ofFile(failure);
    }

    /** Another program may have moved or replaced the workbook while the user was away: asked at once. */
    public void windowCameToFront() {
        session.checkInPlace();
    }

    /** What the user may do about a workbook that another program moved, replaced, deleted or wrote into. */
    enum GoneAnswer {
        OPEN_MOVED, REOPEN, SAVE_COPY, LATER
    }

    /**
     * Tells the user at once that the workbook is no longer the file at its path, and offers the ways on: open it
     * where it went, open what is at the path now, or keep what is on the screen in a copy.
     */
    void workbookGone(WorkbookGone gone) {
        Workbook current = session.workbook();
        if (current == null) {
            return;
        }
        String movedTo = gone.movedTo().map(path -> path.getFileName().toString()).orElse("");
        List<GoneAnswer> answers = switch (gone.reason()) {
            case MOVED -> List.of(GoneAnswer.OPEN_MOVED, GoneAnswer.SAVE_COPY, GoneAnswer.LATER);
            case REPLACED, CHANGED -> List.of(GoneAnswer.SAVE_COPY, GoneAnswer.REOPEN, GoneAnswer.LATER);
            case DELETED -> List.of(GoneAnswer.SAVE_COPY, GoneAnswer.LATER);
        };
        session.dialogs().ask(Messages.get("gone.title"),
                        Messages.get("gone." + gone.reason().name(), current.name(), movedTo), "", answers,
                        answer -> Messages.get("gone.answer." + answer.name()
                                + (answer == GoneAnswer.REOPEN ? "." + gone.reason().name() : "")))
                .ifPresent(answer -> {
                    switch (answer) {
                        case OPEN_MOVED -> gone.movedTo().ifPresent(this::reopenElsewhere);
                        case REOPEN -> reopenElsewhere(gone.path());
                        case SAVE_COPY -> saveCopyAs();
                        case LATER -> { }
                    }
                });
    }

    /** Lets the detached workbook go first: it may still hold the file that is to be opened. */
    private void reopenElsewhere(Path path) {
        session.closeWorkbook();
        open(path);
    }

    /** What the Check Workbook dialog offers. */
    enum CheckAnswer {
        REPAIR, RESTORE, CLOSE
    }

    /**
     * File > Check Workbook: checks the open workbook through and through on the writer thread, says what it found,
     * and offers to repair what can be repaired (after a backup) or to restore the newest backup that is healthy.
     */
    public void checkWorkbook() {
        Workbook current = session.workbook();
        if (current == null) {
            return;
        }
        busy(Messages.get("check.running", current.name()));
        BackgroundTask.wrap(() -> check.check(current))
                .onSuccess(report -> {
                    idle();
                    showCheck(current, report);
                })
                .onFailure(failure -> {
                    idle();
                    session.dialogs().showError(Messages.get("check.title"),
                            Messages.get("check.failed", current.name(), FailureText.ofRead(failure)));
                })
                .executeWith(session.runner());
    }

    private void showCheck(Workbook current, WorkbookDiagnosis.Report report) {
        if (report.healthy()) {
            session.dialogs().showMessage(Messages.get("check.title"), Messages.get("check.healthy",
                    current.name()));
            return;
        }
        List<CheckAnswer> answers = report.repairable()
                ? List.of(CheckAnswer.REPAIR, CheckAnswer.RESTORE, CheckAnswer.CLOSE)
                : List.of(CheckAnswer.RESTORE, CheckAnswer.CLOSE);
        session.dialogs().ask(Messages.get("check.title"), CheckText.summary(current.name(), report),
                        CheckText.details(report), answers, answer -> Messages.get("check.answer." + answer.name()))
                .ifPresent(answer -> {
                    switch (answer) {
                        case REPAIR -> repair(current, report);
                        case RESTORE -> restoreHealthy(current);
                        case CLOSE -> { }
                    }
                });
    }

    private void repair(Workbook current, WorkbookDiagnosis.Report report) {
        long links = report.findings().stream().filter(WorkbookDiagnosis.Finding::optionalLink).count();
        long records = report.findings().stream().filter(finding -> finding.kind() == WorkbookDiagnosis.Kind.UNREADABLE
                        && !finding.key().isEmpty()
                        || finding.kind() == WorkbookDiagnosis.Kind.DANGLING_LINK && !finding.optionalLink())
                .count();
        if (!session.dialogs().confirm(Messages.get("check.title"), Messages.get("check.repair.confirm",
                current.name(), links, records), Messages.get("check.repair.button"))) {
            return;
        }
        busy(Messages.get("check.repairing", current.name()));
        BackgroundTask.wrap(() -> check.repair(current, report))
                .onSuccess(repaired -> {
                    idle();
                    session.repaired();
                    session.dialogs().showMessage(Messages.get("check.title"),
                            CheckText.repaired(current.name(), repaired));
                })
                .onFailure(failure -> {
                    idle();
                    session.dialogs().showError(Messages.get("check.title"),
                            Messages.get("check.repair.failed", current.name(), FailureText.ofEdit(failure)));
                })
                .executeWith(session.runner());
    }

    private void restoreHealthy(Workbook current) {
        BackgroundTask.wrap(() -> check.newestHealthyBackup(current))
                .onSuccess(found -> {
                    if (found.isEmpty()) {
                        session.dialogs().showError(Messages.get("check.title"),
                                Messages.get("check.noHealthyBackup", current.name()));
                        return;
                    }
                    Path backup = found.get();
                    if (session.dialogs().confirm(Messages.get("check.title"), Messages.get("file.restore.confirm",
                            current.name(), BACKUP_TIME.format(WorkbookBackups.takenAt(backup))),
                            Messages.get("file.restore.button"))) {
                        restore(current, backup);
                    }
                })
                .onFailure(failure -> session.dialogs().showError(Messages.get("check.title"),
                        Messages.get("file.restore.failed", current.name(), reasonOf(failure))))
                .executeWith(session.runner());
    }

    /** Opens or creates a workbook on the writer thread and puts it in front of the user; says so when it fails. */
    private void runOpening(Path path, String message, Callable<Workbook> work, Runnable afterFailure) {
        runOpening(path, message, work, afterFailure, true);
    }

    /** @param offerBackup false once a backup was put in place: a backup is offered once, never in a loop */
    private void runOpening(Path path, String message, Callable<Workbook> work, Runnable afterFailure,
                            boolean offerBackup) {
        busy(message);
        BackgroundTask.wrap(work)
                .onSuccess(workbook -> {
                    idle();
                    session.show(workbook);
                    workbook.backupProblem().ifPresent(problem -> session.dialogs().notifyError(
                            Messages.get("backup.failed." + problem.why().name(), workbook.name(),
                                    problem.folder().toString())));
                    saveSettings(settings.withOpened(workbook.path()));
                })
                .onFailure(failure -> {
                    idle();
                    LOG.warn("Workbook not opened: {}", failure.toString());
                    String text = failure instanceof WorkbookException problem ? WorkbookProblemText.of(problem)
                            : Messages.get("workbook.problem.unexpected", WorkbookProblemText.fileName(path),
                                    FailureText.ofRead(failure));
                    if (offerBackup && failure instanceof WorkbookException problem
                            && RESTORABLE.contains(problem.problem())) {
                        offerHealthyBackup(problem.path(), text, afterFailure);
                        return;
                    }
                    session.dialogs().showError(Messages.get("workbook.problem.title"), text);
                    afterFailure.run();
                })
                .executeWith(session.runner());
    }

    /** The problems of a file that its own backup can mend: it is ours, but cannot be used as it is. */
    private static final java.util.Set<WorkbookException.Problem> RESTORABLE = java.util.EnumSet.of(
            WorkbookException.Problem.DAMAGED, WorkbookException.Problem.TRUNCATED,
            WorkbookException.Problem.CHANGED_BY_OTHER_PROGRAM);

    /** What the user may do about a workbook file that a healthy backup of its own can replace. */
    enum RefusedAnswer {
        RESTORE, LATER
    }

    /**
     * A workbook that cannot be opened as it is: when one of its own backups checks out healthy, the user is
     * offered to put it in the file's place, the file being kept beside it under another name.
     */
    private void offerHealthyBackup(Path file, String problem, Runnable afterFailure) {
        BackgroundTask.wrap(() -> opener.healthyBackupOf(file)).onSuccess(found -> {
            if (found.isEmpty()) {
                session.dialogs().showError(Messages.get("workbook.problem.title"), problem);
                afterFailure.run();
                return;
            }
            Path backup = found.get();
            String offer = Messages.get("workbook.problem.restoreOffer",
                    BACKUP_TIME.format(WorkbookBackups.takenAt(backup)),
                    WorkbookOpener.keptName(file).getFileName().toString().replaceAll("\\d{6}$", "…"));
            session.dialogs().ask(Messages.get("workbook.problem.title"), problem + "\n\n" + offer, "",
                            List.of(RefusedAnswer.RESTORE, RefusedAnswer.LATER),
                            answer -> Messages.get("workbook.problem.answer." + answer.name()))
                    .filter(RefusedAnswer.RESTORE::equals)
                    .ifPresentOrElse(answer -> runOpening(file, Messages.get("shell.restoring", file.getFileName()),
                            () -> opener.restoreInPlaceOf(file, backup), afterFailure, false), afterFailure);
        }).executeWith(session.runner());
    }

    private void loadQuarters() {
        Quarter chosen = session.quarterProperty().get();
        session.read(Workbook::knownQuarters, known -> {
            TreeSet<Quarter> all = new TreeSet<>(known);
            Quarter today = Quarter.of(session.today());
            all.addAll(List.of(today.previous(), today, today.next(), chosen));
            if (!quarters.equals(List.copyOf(all))) {
                quarters.setAll(all);
            }
        });
    }

    private void busy(String message) {
        busyMessage.set(message);
        busy.set(true);
    }

    private void idle() {
        busy.set(false);
        busyMessage.set("");
    }

    private Path folderOfCurrent() {
        Workbook current = session.workbook();
        return current != null ? current.path().getParent() : dataFolder;
    }

    /** Remembers the window's size for the next start. */
    public void rememberWindow(double width, double height, boolean maximized) {
        saveSettings(settings.withWindow(width, height, maximized));
    }

    /** Remembers the paper chosen in File > Paper Size, by name, for the next start. */
    public void rememberPaper(String paper) {
        saveSettings(settings.withPaper(paper));
    }

    /** Saves on the writer thread, then shows the recent workbooks that still exist. */
    private void saveSettings(Settings changed) {
        settings = changed;
        BackgroundTask.wrap(() -> {
            settingsFile.save(changed);
            return existing(changed.recentWorkbooks());
        }).onSuccess(this::showRecent).executeWith(session.runner());
    }

    private void refreshRecent() {
        List<String> recent = settings.recentWorkbooks();
        BackgroundTask.wrap(() -> existing(recent)).onSuccess(this::showRecent).executeWith(session.runner());
    }

    private static List<Path> existing(List<String> paths) {
        return paths.stream().map(Path::of).filter(Files::exists).toList();
    }

    private void showRecent(List<Path> existing) {
        recentWorkbooks.setAll(existing);
    }

    public Settings settings() {
        return settings;
    }

    public StringProperty areaProperty() {
        return area;
    }

    public ObservableList<Quarter> quarters() {
        return quarters;
    }

    public ObservableList<Path> recentWorkbooks() {
        return recentWorkbooks;
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyMessageProperty() {
        return busyMessage.getReadOnlyProperty();
    }

    public StringBinding workbookNameProperty() {
        return workbookName;
    }

    public SharedScreenViewModel sharedScreen() {
        return sharedScreen;
    }

    public WorkbookSession session() {
        return session;
    }
}
