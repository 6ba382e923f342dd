package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;

/**
 * A workbook moved, replaced, deleted or written by another program while it is open: no edit is acknowledged into
 * a file that is no longer at its path, what was saved can be rescued, and the file that took its place is left
 * byte for byte as it was.
 */
class WorkbookTakenAwayTest {

    @TempDir
    Path folder;

    @Test
    void aWorkbookReplacedWhileOpenSavesNothingMoreAndLeavesTheReplacementAsItWas() throws Exception {
        Path path = folder.resolve("team.trackwork");
        Path other = folder.resolve("other.trackwork");
        try (WorkbookFile replacement = WorkbookFile.create(other)) {
            new PersonRepository(replacement).save(Person.newCrewMember("Of the other team", ""));
        }
        WorkbookFile open = WorkbookFile.create(path);
        PersonRepository people = new PersonRepository(open);
        Person ada = Person.newCrewMember("Ada", "");
        people.save(ada);
        for (int i = 0; i < 30; i++) {
            new TaskRepository(open).save(org.trackwork.domain.Task.surveyed(org.trackwork.domain.Quarter.parse(
                    "2026-Q4"), "Card " + i, i, Instant.EPOCH).withOwner(ada.id()));
        }
        // a sync tool puts another file in its place
        Files.move(other, path, StandardCopyOption.REPLACE_EXISTING);
        String replaced = hash(path);

        assertThatThrownBy(() -> people.save(Person.newCrewMember("After the replacement", "")))
                .isInstanceOfSatisfying(WorkbookGone.class,
                        gone -> assertThat(gone.reason()).isEqualTo(WorkbookGone.Reason.REPLACED));
        assertThatThrownBy(() -> people.save(Person.newCrewMember("And another", "")))
                .isInstanceOf(WorkbookGone.class);
        // what was saved can still be read and rescued
        assertThat(people.list()).extracting(Person::name).containsExactly("Ada");
        Path rescued = folder.resolve("rescued.trackwork");
        open.copyTo(rescued, true);
        open.close();

        assertThat(hash(path)).isEqualTo(replaced);
        try (WorkbookFile replacement = WorkbookFile.open(path)) {
            assertThat(new PersonRepository(replacement).list()).extracting(Person::name)
                    .containsExactly("Of the other team");
            assertThat(new TaskRepository(replacement).count()).isZero();
            assertThat(foreignKeyProblems(replacement)).isEmpty();
        }
        try (WorkbookFile copy = WorkbookFile.open(rescued)) {
            assertThat(new PersonRepository(copy).list()).extracting(Person::name).containsExactly("Ada");
            assertThat(new TaskRepository(copy).count()).isEqualTo(30);
        }
    }

    @Test
    void aReplacementOpenedInAnotherWindowKeepsItsOwnWalWhenThisOneCloses() throws Exception {
        Path path = folder.resolve("team.trackwork");
        Path other = folder.resolve("other.trackwork");
        WorkbookFile.create(other).close();
        WorkbookFile open = WorkbookFile.create(path);
        new PersonRepository(open).save(Person.newCrewMember("Ada", ""));
        Files.move(other, path, StandardCopyOption.REPLACE_EXISTING);
        assertThat(open.checkInPlace()).hasValueSatisfying(
                gone -> assertThat(gone.reason()).isEqualTo(WorkbookGone.Reason.REPLACED));
        // this window let go of the -wal and -shm names the moment it saw the replacement
        assertThat(folder.resolve("team.trackwork-wal")).doesNotExist();
        Process otherWindow = OpenInAnotherProcess.start(path, true);
        try {
            assertThat(OpenInAnotherProcess.result(otherWindow)).isEqualTo("OPENED");
            assertThat(folder.resolve("team.trackwork-wal")).exists();
            open.close();
            assertThat(folder.resolve("team.trackwork-wal")).exists();
        } finally {
            otherWindow.getOutputStream().close();
            otherWindow.waitFor();
        }
    }

    @Test
    void aReplacementIsRefusedWhileTheWindowThatHadTheFileStillHoldsItsJournal() throws Exception {
        Path path = folder.resolve("team.trackwork");
        Path other = folder.resolve("other.trackwork");
        try (WorkbookFile replacement = WorkbookFile.create(other)) {
            new PersonRepository(replacement).save(Person.newCrewMember("Of the other team", ""));
        }
        WorkbookFile open = WorkbookFile.create(path);
        new PersonRepository(open).save(Person.newCrewMember("Ada", ""));
        // replaced while this window looks away: it has not noticed yet, and still has the -wal and -shm
        Files.move(other, path, StandardCopyOption.REPLACE_EXISTING);
        String refused = OpenInAnotherProcess.tryOpen(path);
        assertThat(refused).startsWith("JOURNAL_IN_USE ").contains("process " + ProcessHandle.current().pid());

        assertThat(open.checkInPlace()).isPresent();
        // once this window let go of the names, the replacement opens as itself
        Process otherWindow = OpenInAnotherProcess.start(path, true);
        try {
            assertThat(OpenInAnotherProcess.result(otherWindow)).isEqualTo("OPENED");
        } finally {
            otherWindow.getOutputStream().close();
            otherWindow.waitFor();
        }
        open.close();
        try (WorkbookFile replacement = WorkbookFile.open(path)) {
            assertThat(new PersonRepository(replacement).list()).extracting(Person::name)
                    .containsExactly("Of the other team");
        }
    }

    @Test
    void anotherProgramStillWritingKeepsItsJournalWhenThisWorkbookIsDetachedAndClosed() throws Exception {
        Path path = folder.resolve("team.trackwork");
        WorkbookFile open = WorkbookFile.create(path);
        PersonRepository people = new PersonRepository(open);
        people.save(Person.newCrewMember("Ada", ""));
        try (Connection intruder = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = intruder.createStatement()) {
            statement.execute("UPDATE person SET role = 'first'");
            assertThatThrownBy(() -> people.save(Person.newCrewMember("Grace", ""))).isInstanceOf(WorkbookGone.class);
            open.close();
            // the other program goes on as if nothing happened: its journal is where it left it
            statement.execute("UPDATE person SET role = 'second'");
            try (ResultSet role = statement.executeQuery("SELECT role FROM person")) {
                role.next();
                assertThat(role.getString(1)).isEqualTo("second");
            }
        }
        try (WorkbookFile reopened = WorkbookFile.open(path)) {
            assertThat(new PersonRepository(reopened).list()).extracting(Person::role).containsExactly("second");
        }
    }

    @Test
    void aWorkbookDeletedWhileOpenIsRescuedWithSaveACopyAs() throws Exception {
        Path path = folder.resolve("team.trackwork");
        WorkbookFile open = WorkbookFile.create(path);
        PersonRepository people = new PersonRepository(open);
        List<String> saved = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            people.save(Person.newCrewMember("Person " + i, ""));
            saved.add("Person " + i);
        }
        Files.delete(path);

        assertThatThrownBy(() -> people.save(Person.newCrewMember("Never acknowledged", "")))
                .isInstanceOfSatisfying(WorkbookGone.class,
                        gone -> assertThat(gone.reason()).isEqualTo(WorkbookGone.Reason.DELETED));
        Path rescued = folder.resolve("rescued.trackwork");
        open.copyTo(rescued, true);
        open.close();
        assertThat(path).doesNotExist();
        assertThat(folder.resolve("team.trackwork-wal")).doesNotExist();
        try (WorkbookFile copy = WorkbookFile.open(rescued)) {
            assertThat(new PersonRepository(copy).list()).extracting(Person::name)
                    .containsExactlyInAnyOrderElementsOf(saved);
        }
    }

    @Test
    void aWorkbookMovedWhileOpenSaysWhereItWentAndTheMovedFileHoldsEverySavedEdit() throws Exception {
        Path path = folder.resolve("team.trackwork");
        Path moved = folder.resolve("team (renamed).trackwork");
        WorkbookFile open = WorkbookFile.create(path);
        PersonRepository people = new PersonRepository(open);
        OddWorkbooks.stopCheckpoints(open);
        for (int i = 0; i < 10; i++) {
            people.save(Person.newCrewMember("Person " + i, ""));
        }
        Files.move(path, moved);

        assertThat(open.checkInPlace()).hasValueSatisfying(gone -> {
            assertThat(gone.reason()).isEqualTo(WorkbookGone.Reason.MOVED);
            assertThat(gone.movedTo()).contains(moved);
        });
        assertThatThrownBy(() -> people.save(Person.newCrewMember("Not saved", "")))
                .isInstanceOf(WorkbookGone.class);
        open.close();
        // everything saved was in the -wal beside the old name; it went into the moved file before it was let go
        try (WorkbookFile reopened = WorkbookFile.open(moved)) {
            assertThat(new PersonRepository(reopened).list()).hasSize(10);
        }
    }

    @Test
    void anotherProgramWritingIntoTheOpenWorkbookDetachesIt() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (WorkbookFile open = WorkbookFile.create(path)) {
            PersonRepository people = new PersonRepository(open);
            people.save(Person.newCrewMember("Ada", ""));
            try (Connection intruder = DriverManager.getConnection("jdbc:sqlite:" + path);
                 Statement statement = intruder.createStatement()) {
                statement.execute("UPDATE person SET role = 'changed behind its back'");
            }
            assertThatThrownBy(() -> people.save(Person.newCrewMember("Grace", "")))
                    .isInstanceOfSatisfying(WorkbookGone.class,
                            gone -> assertThat(gone.reason()).isEqualTo(WorkbookGone.Reason.CHANGED));
        }
        try (WorkbookFile reopened = WorkbookFile.open(path)) {
            assertThat(new PersonRepository(reopened).list()).extracting(Person::role)
                    .containsExactly("changed behind its back");
        }
    }

    @Test
    void aFileStillInPlaceAnswersNothingAndGoesOnSaving() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (WorkbookFile open = WorkbookFile.create(path)) {
            assertThat(open.checkInPlace()).isEmpty();
            new PersonRepository(open).save(Person.newCrewMember("Ada", ""));
            assertThat(open.checkInPlace()).isEmpty();
            assertThat(open.gone()).isEmpty();
        }
    }

    private static List<String> foreignKeyProblems(WorkbookFile workbook) {
        return workbook.read(connection -> {
            List<String> problems = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
                while (rows.next()) {
                    problems.add(rows.getString(1));
                }
            }
            return problems;
        });
    }

    private static String hash(Path path) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
    }
}
