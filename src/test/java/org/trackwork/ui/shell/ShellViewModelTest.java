package org.trackwork.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.service.BackgroundTask;
import org.trackwork.service.CallingThreadTaskRunner;
import org.trackwork.service.Edit;
import org.trackwork.service.PersonRemoval;
import org.trackwork.service.QueuedTaskRunner;
import org.trackwork.service.Settings;
import org.trackwork.service.SettingsFile;
import org.trackwork.service.SharedPersonView;
import org.trackwork.service.TaskRunner;
import org.trackwork.service.TwoPeopleWorkbook;
import org.trackwork.service.Workbook;
import org.trackwork.service.WorkbookBackups;
import org.trackwork.service.WorkbookOpener;
import org.trackwork.store.OddWorkbooks;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookFile;
import org.trackwork.ui.common.RecordingDialogService;
import org.trackwork.ui.common.WorkbookSession;

class ShellViewModelTest {

    @TempDir
    Path folder;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private WorkbookSession session;

    @AfterEach
    void closeWorkbook() {
        if (session != null && session.workbook() != null) {
            session.workbook().close();
        }
    }

    @Test
    void aBackupThatFailsOnOpenIsToldToTheUser() throws Exception {
        Path path = workbookWith("Ada");
        Files.writeString(folder.resolve("backups"), "a file where the backups folder should be");
        ShellViewModel shell = shell(new CallingThreadTaskRunner());
        shell.open(path);
        assertThat(session.workbook()).isNotNull();
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("No backup of team was taken: the backups folder " + folder.resolve("backups")
                        + " may not be written.");
    }

    @Test
    void aWorkbookChangedByAnotherProgramIsOfferedItsNewestHealthyBackupAndKeptBesideIt() throws Exception {
        Path path = workbookWith("Ada");
        opener().open(path).close();
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + path);
             java.sql.Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO person (id, name, role, start_date, part_in_destination, is_manager,"
                    + " is_archived) VALUES ('" + UUID.randomUUID() + "', 'Added elsewhere', '', NULL, '', 0, 0)");
            statement.execute("CREATE TRIGGER leak AFTER UPDATE ON one_on_one BEGIN"
                    + " UPDATE one_on_one SET shared_notes = NEW.private_notes WHERE id = NEW.id; END");
        }
        dialogs.askAnswerIndex = 0;
        ShellViewModel shell = shell(new CallingThreadTaskRunner());

        shell.open(path);

        assertThat(dialogs.asked).singleElement().asString()
                .startsWith("team.trackwork was changed by another program: it holds things Trackwork did not put"
                        + " there (trigger leak).")
                .contains("A backup of it taken").contains("the file as it is now is kept beside it");
        assertThat(session.workbook()).isNotNull();
        assertThat(session.workbook().people().list()).extracting(Person::name).containsExactly("Ada");
        try (var siblings = Files.list(folder)) {
            Path kept = siblings.filter(p -> p.getFileName().toString().startsWith("team.trackwork.refused-"))
                    .findFirst().orElseThrow();
            assertThat(org.trackwork.store.WorkbookDiagnosis.inspect(kept).count(
                    org.trackwork.store.WorkbookDiagnosis.Kind.STRUCTURE)).isEqualTo(1);
        }
    }

    @Test
    void aDamagedWorkbookWithoutAHealthyBackupIsOnlyRefused() throws Exception {
        Path path = folder.resolve("broken.trackwork");
        Files.write(path, java.util.Arrays.copyOf(Files.readAllBytes(workbookWith("Ada")), 5000));
        ShellViewModel shell = shell(new CallingThreadTaskRunner());
        shell.open(path);
        assertThat(dialogs.asked).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().startsWith("broken.trackwork is cut short");
    }

    @Test
    void aRestoreThatFailsBeforeTheWorkbookIsClosedKeepsTheUserOnItWithoutAFalseInUse() throws Exception {
        Path path = workbookWith("Ada");
        ShellViewModel shell = shellOn(path);
        Workbook current = session.workbook();
        Files.writeString(newestBackupOf("team"), "not a workbook");

        shell.restoreFromBackup();

        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("The backup was not restored, and team is as it was:")
                .doesNotContain("open in");
        assertThat(session.workbook()).isSameAs(current);
        assertThat(current.isOpen()).isTrue();
        current.people().save(Person.newCrewMember("Grace", ""));
        assertThat(current.people().list()).hasSize(2);
    }

    @Test
    void aRestoreThatFailsAfterTheWorkbookWasClosedLeavesNoWorkbookWhenItCannotBeOpenedAgain() throws Exception {
        Path path = workbookWith("Ada");
        ShellViewModel shell = shellOn(path);
        Workbook current = session.workbook();
        OddWorkbooks.unmigratableCopyOf(path, newestBackupOf("team"));
        dialogs.askAnswerIndex = -1;

        shell.restoreFromBackup();

        assertThat(current.isOpen()).isFalse();
        assertThat(session.workbook()).isNull();
        assertThat(dialogs.errors).singleElement().asString().startsWith("The backup was not restored:");
        // opened again, the file is refused as it is, and the backup taken before the restore is offered
        assertThat(dialogs.asked).singleElement().asString().contains("team.trackwork is damaged")
                .contains("A backup of it taken");
        // nothing holds the file: it is refused for what it is, not as in use
        assertThatThrownBy(() -> WorkbookFile.open(path)).isInstanceOfSatisfying(WorkbookException.class,
                e -> assertThat(e.problem()).isEqualTo(WorkbookException.Problem.DAMAGED));
    }

    @Test
    void peopleOfTheSameNameAreToldApartWhenChoosingWhoseSharedScreenItIs() throws Exception {
        Path path = workbookWith("Ada");
        try (Workbook workbook = new Workbook(WorkbookFile.open(path))) {
            workbook.people().save(Person.newCrewMember("Sam Lee", "Designer"));
            workbook.people().save(Person.newCrewMember("Sam Lee", "Engineer"));
        }
        ShellViewModel shell = shell(new CallingThreadTaskRunner());
        shell.open(path);
        List<Person> crew = session.workbook().people().list();
        int engineer = indexOf(crew, "Engineer");
        dialogs.chosenIndex = engineer;

        shell.toggleSharedScreen();

        assertThat(dialogs.choiceLabels).singleElement().asList()
                .containsExactlyInAnyOrder("Ada", "Sam Lee (Designer)", "Sam Lee (Engineer)");
        assertThat(dialogs.choiceLabels.get(0).get(engineer)).isEqualTo("Sam Lee (Engineer)");
        assertThat(shell.sharedScreen().personProperty().get().personId()).isEqualTo(crew.get(engineer).id());
    }

    @Test
    void aOneOnOneAtASharedScreenStartsItForThatPersonWithoutTheChooser() throws Exception {
        TwoPeopleWorkbook people = twoPeople();
        ShellViewModel shell = shellOn(folder.resolve("team.trackwork"));

        session.openSharedScreen(people.bruno.id());

        assertThat(dialogs.choiceLabels).isEmpty();
        SharedPersonView shown = shell.sharedScreen().personProperty().get();
        assertThat(shown.name()).isEqualTo(TwoPeopleWorkbook.BRUNO);
        assertThat(shown.toString()).doesNotContain(TwoPeopleWorkbook.BRUNO_PRIVATE_NOTE, TwoPeopleWorkbook.ADA,
                TwoPeopleWorkbook.ADA_SHARED_NOTE);
        assertThat(shell.sharedScreen().inMainWindowProperty().get()).isTrue();
    }

    @Test
    void leavingTheSharedScreenAsksAndStaysWhenTheAnswerIsNo() throws Exception {
        TwoPeopleWorkbook people = twoPeople();
        ShellViewModel shell = shellOn(folder.resolve("team.trackwork"));
        session.openSharedScreen(people.ada.id());

        dialogs.confirmAnswer = false;
        shell.toggleSharedScreen();
        assertThat(shell.sharedScreen().personProperty().get()).isNotNull();

        dialogs.confirmAnswer = true;
        shell.sharedScreen().leave();
        assertThat(shell.sharedScreen().personProperty().get()).isNull();
    }

    @Test
    void theSharedScreenInItsOwnWindowEndsWhenTheWorkbookCloses() throws Exception {
        TwoPeopleWorkbook people = twoPeople();
        ShellViewModel shell = shellOn(folder.resolve("team.trackwork"));
        session.openSharedScreen(people.ada.id());
        shell.sharedScreen().showInSeparateWindow();
        assertThat(shell.sharedScreen().inSeparateWindowProperty().get()).isTrue();
        assertThat(shell.sharedScreen().inMainWindowProperty().get()).isFalse();

        session.closeWorkbook();

        assertThat(shell.sharedScreen().personProperty().get()).isNull();
        assertThat(shell.sharedScreen().inSeparateWindowProperty().get()).isFalse();
    }

    @Test
    void anEditIsShownOnTheSharedScreenThroughTheSharedQueryOnly() throws Exception {
        TwoPeopleWorkbook people = twoPeople();
        ShellViewModel shell = shellOn(folder.resolve("team.trackwork"));
        session.openSharedScreen(people.ada.id());
        shell.sharedScreen().showInSeparateWindow();

        OneOnOne today = new OneOnOne(UUID.randomUUID(), people.ada.id(), LocalDate.now(), "Agreed on the demo",
                "Keep an eye on her workload", List.of(), List.of());
        session.edit(Edit.of("add a one-on-one", workbook -> workbook.oneOnOnes().save(today),
                workbook -> workbook.oneOnOnes().delete(today.id())));

        String shown = shell.sharedScreen().personProperty().get().toString();
        assertThat(shown).contains("Agreed on the demo").doesNotContain("Keep an eye on her workload");
    }

    @Test
    void anotherPersonReplacesTheSharedScreenOnlyWhenTheManagerSaysSoAndTheSamePersonStaysWhereTheyAre()
            throws Exception {
        TwoPeopleWorkbook people = twoPeople();
        ShellViewModel shell = shellOn(folder.resolve("team.trackwork"));
        session.openSharedScreen(people.ada.id());
        shell.sharedScreen().showInSeparateWindow();

        dialogs.confirmAnswer = false;
        session.openSharedScreen(people.bruno.id());
        assertThat(shell.sharedScreen().personProperty().get().name()).isEqualTo(TwoPeopleWorkbook.ADA);

        session.openSharedScreen(people.ada.id());
        assertThat(shell.sharedScreen().inSeparateWindowProperty().get()).isTrue();

        dialogs.confirmAnswer = true;
        session.openSharedScreen(people.bruno.id());
        assertThat(shell.sharedScreen().personProperty().get().name()).isEqualTo(TwoPeopleWorkbook.BRUNO);
    }

    @Test
    void thePersonShownIsTakenOffTheSharedScreenWhenTheyAreRemoved() throws Exception {
        TwoPeopleWorkbook people = twoPeople();
        ShellViewModel shell = shellOn(folder.resolve("team.trackwork"));
        session.openSharedScreen(people.ada.id());
        shell.sharedScreen().showInSeparateWindow();

        session.edit(PersonRemoval.of(people.ada, "remove Ada"));

        assertThat(shell.sharedScreen().personProperty().get()).isNull();
        assertThat(shell.sharedScreen().inSeparateWindowProperty().get()).isFalse();
    }

    private TwoPeopleWorkbook twoPeople() throws Exception {
        try (Workbook workbook = new Workbook(WorkbookFile.create(folder.resolve("team.trackwork")))) {
            return new TwoPeopleWorkbook().writeTo(workbook);
        }
    }

    @Test
    void peopleOfTheSameNameAndRoleAreToldApartByTheirStartDate() {
        Person first = new Person(UUID.randomUUID(), "Sam Lee", "", LocalDate.of(2024, 3, 1), "", false, false);
        Person second = new Person(UUID.randomUUID(), "Sam Lee", "", LocalDate.of(2025, 6, 2), "", false, false);
        var labels = ShellViewModel.labelsTellingApart(List.of(first, second));
        assertThat(labels.apply(first)).startsWith("Sam Lee (No role yet, on the crew since ").contains("2024");
        assertThat(labels.apply(second)).contains("2025");
    }

    @Test
    void settingsAreSavedOnTheWriterThreadNotOnTheCallersThread() throws Exception {
        QueuedTaskRunner writer = new QueuedTaskRunner();
        ShellViewModel shell = shell(writer);
        writer.runAll();
        Path settings = folder.resolve("settings.json");

        shell.darkThemeProperty().set(true);
        assertThat(settings).doesNotExist();
        writer.runAll();
        assertThat(new SettingsFile(settings).load().darkTheme()).isTrue();

        shell.rememberWindow(1000, 700, false);
        assertThat(new SettingsFile(settings).load().windowWidth()).isNotEqualTo(1000);
        writer.runAll();
        assertThat(new SettingsFile(settings).load().windowWidth()).isEqualTo(1000);
    }

    @Test
    void recentWorkbooksThatAreGoneAreLeftOutByTheWriterThread() throws Exception {
        Path kept = workbookWith("Ada");
        Settings settings = Settings.DEFAULTS.withOpened(folder.resolve("gone.trackwork")).withOpened(kept);
        QueuedTaskRunner writer = new QueuedTaskRunner();
        session = new WorkbookSession(writer, dialogs, Clock.systemUTC());
        ShellViewModel shell = new ShellViewModel(session, opener(), new SettingsFile(folder.resolve("s.json")),
                settings, folder);
        assertThat(shell.recentWorkbooks()).isEmpty();
        writer.runAll();
        assertThat(shell.recentWorkbooks()).containsExactly(kept.toAbsolutePath());
    }

    /** A shell on the calling thread with the workbook of the given path open, as the user sees it. */
    private ShellViewModel shellOn(Path path) {
        ShellViewModel shell = shell(new CallingThreadTaskRunner());
        shell.open(path);
        return shell;
    }

    private ShellViewModel shell(TaskRunner runner) {
        session = new WorkbookSession(runner, dialogs, Clock.systemUTC());
        return new ShellViewModel(session, opener(), new SettingsFile(folder.resolve("settings.json")),
                Settings.DEFAULTS, folder);
    }

    private WorkbookOpener opener() {
        return new WorkbookOpener(new WorkbookBackups(folder.resolve("backups"), Clock.systemUTC()));
    }

    private Path workbookWith(String name) throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (Workbook workbook = new Workbook(WorkbookFile.create(path))) {
            workbook.people().save(Person.newCrewMember(name, ""));
        }
        return path;
    }

    /** A backup name newer than any taken today, so that it comes first in the open workbook's list. */
    private Path newestBackupOf(String workbookName) throws Exception {
        Path own = Files.createDirectories(folder.resolve("backups").resolve(session.workbook().id().toString()));
        return own.resolve(workbookName + "-20991231-235959-999.trackwork");
    }

    private static int indexOf(List<Person> crew, String role) {
        for (int i = 0; i < crew.size(); i++) {
            if (crew.get(i).role().equals(role)) {
                return i;
            }
        }
        throw new IllegalArgumentException(role);
    }
}
