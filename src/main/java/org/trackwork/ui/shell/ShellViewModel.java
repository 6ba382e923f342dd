package org.trackwork.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
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
import org.trackwork.service.SharedPersonView;
import org.trackwork.service.Workbook;
import org.trackwork.service.WorkbookBackups;
import org.trackwork.service.WorkbookOpener;
import org.trackwork.store.WorkbookException;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WorkbookSession;

/** The main window's state and its File, Edit and View actions. */
public final class ShellViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ShellViewModel.class);
    private static final DateTimeFormatter BACKUP_TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    private final WorkbookSession session;
    private final WorkbookOpener opener;
    private final SettingsFile settingsFile;
    private final Path dataFolder;
    private Settings settings;

    private final ObjectProperty<Area> area = new SimpleObjectProperty<>(Area.DESTINATION);
    private final ObservableList<Quarter> quarters = FXCollections.observableArrayList();
    private final ObservableList<Path> recentWorkbooks = FXCollections.observableArrayList();
    private final BooleanProperty darkTheme = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper busyMessage = new ReadOnlyStringWrapper("");
    private final StringBinding workbookName;
    private final ObjectProperty<SharedPersonView> sharedPerson = new SimpleObjectProperty<>();

    public ShellViewModel(WorkbookSession session, WorkbookOpener opener, SettingsFile settingsFile,
                          Path dataFolder) {
        this.session = session;
        this.opener = opener;
        this.settingsFile = settingsFile;
        this.dataFolder = dataFolder;
        this.settings = settingsFile.load();
        darkTheme.set(settings.darkTheme());
        darkTheme.addListener((observable, old, dark) -> saveSettings(settings.withDarkTheme(dark)));
        refreshRecent();
        workbookName = Bindings.createStringBinding(
                () -> session.workbook() == null ? Messages.get("shell.noWorkbook") : session.workbook().name(),
                session.workbookProperty());
        session.changesProperty().addListener((observable, old, now) -> loadQuarters());
        session.quarterProperty().addListener((observable, old, now) -> loadQuarters());
    }

    /** Opens the workbook Trackwork starts with: the one named on the command line, else the last one, else the
     *  default workbook, which is created on first run. A workbook that fails falls back to the default one. */
    public void openAtStart(Path requested) {
        Path defaultWorkbook = DataFolder.defaultWorkbook(dataFolder);
        Path last = settings.lastWorkbook();
        Path first = requested != null ? requested : last != null && Files.exists(last) ? last : defaultWorkbook;
        runOpening(Messages.get("shell.opening", first.getFileName()),
                () -> first.equals(defaultWorkbook) ? opener.openOrCreate(first) : opener.open(first),
                () -> {
                    if (!first.equals(defaultWorkbook)) {
                        runOpening(Messages.get("shell.opening", defaultWorkbook.getFileName()),
                                () -> opener.openOrCreate(defaultWorkbook), () -> { });
                    }
                });
    }

    public void openWorkbook() {
        session.dialogs().chooseWorkbookToOpen(folderOfCurrent()).ifPresent(this::open);
    }

    public void open(Path path) {
        runOpening(Messages.get("shell.opening", path.getFileName()), () -> opener.open(path), () -> { });
    }

    public void newWorkbook() {
        session.dialogs().chooseWorkbookToSave(Messages.get("file.new.title"), folderOfCurrent(),
                        Messages.get("file.new.suggestedName"))
                .ifPresent(path -> runOpening(Messages.get("shell.creating", path.getFileName()),
                        () -> opener.create(path), () -> { }));
    }

    public void newSampleWorkbook() {
        session.dialogs().chooseWorkbookToSave(Messages.get("file.sample.title"), folderOfCurrent(),
                        Messages.get("file.sample.suggestedName"))
                .ifPresent(path -> runOpening(Messages.get("shell.creatingSample", path.getFileName()), () -> {
                    Workbook workbook = opener.create(path);
                    try {
                        new SampleWorkbook(session.today()).write(workbook, SampleWorkbook.Size.TEAM, done -> { });
                        return workbook;
                    } catch (RuntimeException e) {
                        workbook.close();
                        throw e;
                    }
                }, () -> { }));
    }

    public void saveCopyAs() {
        Workbook current = session.workbook();
        if (current == null) {
            return;
        }
        session.dialogs().chooseWorkbookToSave(Messages.get("file.saveCopy.title"), folderOfCurrent(),
                        current.name() + Messages.get("file.saveCopy.suffix") + Workbook.EXTENSION)
                .ifPresent(target -> {
                    if (target.toAbsolutePath().equals(current.path())) {
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
                    }).onFailure(failure -> {
                        idle();
                        session.dialogs().showError(Messages.get("file.saveCopy.title"),
                                Messages.get("file.saveCopy.failed", failure.getMessage()));
                    }).executeWith(session.runner());
                });
    }

    /** Starts the shared screen for one crew member, or asks to leave it when it is on. */
    public void toggleSharedScreen() {
        if (sharedPerson.get() != null) {
            leaveSharedScreen();
            return;
        }
        session.read(workbook -> workbook.people().list().stream().filter(p -> !p.archived()).toList(), crew -> {
            if (crew.isEmpty()) {
                session.dialogs().showError(Messages.get("shared.title"), Messages.get("shared.noCrew"));
                return;
            }
            List<String> names = crew.stream().map(Person::name).toList();
            session.dialogs().choose(Messages.get("shared.title"), Messages.get("shared.choose"), names)
                    .map(name -> crew.get(names.indexOf(name)).id())
                    .ifPresent(id -> session.read(workbook -> SharedPersonView.load(workbook, id), sharedPerson::set));
        });
    }

    /** Leaving is always an explicit, confirmed step, so a report cannot end the mode by accident. */
    public void leaveSharedScreen() {
        if (sharedPerson.get() != null && session.dialogs().confirm(Messages.get("shared.leave.title"),
                Messages.get("shared.leave.message"), Messages.get("shared.leave.button"))) {
            sharedPerson.set(null);
        }
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
            List<String> labels = backups.stream().map(backup -> Messages.get("file.restore.item",
                    BACKUP_TIME.format(WorkbookBackups.takenAt(backup)))).toList();
            session.dialogs().choose(Messages.get("file.restore.title"),
                            Messages.get("file.restore.choose", current.name()), labels)
                    .map(label -> backups.get(labels.indexOf(label)))
                    .filter(backup -> session.dialogs().confirm(Messages.get("file.restore.title"),
                            Messages.get("file.restore.confirm", current.name(),
                                    BACKUP_TIME.format(WorkbookBackups.takenAt(backup))),
                            Messages.get("file.restore.button")))
                    .ifPresent(backup -> runOpening(Messages.get("shell.restoring", current.name()),
                            () -> opener.restore(current, backup), () -> open(current.path())));
        }).executeWith(session.runner());
    }

    private void runOpening(String message, Callable<Workbook> work, Runnable afterFailure) {
        busy(message);
        BackgroundTask.wrap(work)
                .onSuccess(workbook -> {
                    idle();
                    session.show(workbook);
                    saveSettings(settings.withOpened(workbook.path()));
                })
                .onFailure(failure -> {
                    idle();
                    LOG.warn("Workbook not opened: {}", failure.toString());
                    String text = failure instanceof WorkbookException problem ? WorkbookProblemText.of(problem)
                            : Messages.get("workbook.problem.IO", "", failure.getMessage(), "");
                    session.dialogs().showError(Messages.get("workbook.problem.title"), text);
                    afterFailure.run();
                })
                .executeWith(session.runner());
    }

    private void loadQuarters() {
        Quarter chosen = session.quarterProperty().get();
        session.read(workbook -> {
            TreeSet<Quarter> all = new TreeSet<>(workbook.goals().quarters());
            all.addAll(workbook.tasks().quarters());
            return all;
        }, known -> {
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

    private void saveSettings(Settings changed) {
        settings = changed;
        settingsFile.save(changed);
        refreshRecent();
    }

    private void refreshRecent() {
        recentWorkbooks.setAll(settings.recentWorkbooks().stream().map(Path::of).filter(Files::exists).toList());
    }

    public Settings settings() {
        return settings;
    }

    public ObjectProperty<Area> areaProperty() {
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

    public ReadOnlyObjectProperty<SharedPersonView> sharedPersonProperty() {
        return sharedPerson;
    }

    public WorkbookSession session() {
        return session;
    }
}
