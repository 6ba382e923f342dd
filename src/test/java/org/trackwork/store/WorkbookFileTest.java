package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;
import org.trackwork.store.WorkbookException.Problem;

class WorkbookFileTest {

    @TempDir
    Path folder;

    @Test
    void aNewWorkbookIsMarkedAsOursAndAtTheCurrentSchemaVersion() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            assertThat(pragma(workbook, "application_id")).isEqualTo(String.valueOf(WorkbookFile.APPLICATION_ID));
            assertThat(pragma(workbook, "user_version")).isEqualTo(String.valueOf(WorkbookFile.SCHEMA_VERSION));
            assertThat(pragma(workbook, "journal_mode")).isEqualTo("wal");
            assertThat(pragma(workbook, "foreign_keys")).isEqualTo("1");
            assertThat(pragma(workbook, "synchronous")).isEqualTo("2");
            assertThat(pragma(workbook, "secure_delete")).isEqualTo("1");
            assertThat(pragma(workbook, "trusted_schema")).isEqualTo("0");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
    }

    @Test
    void newFoldersAreCreatedOwnerOnly() throws Exception {
        Path path = folder.resolve("deep/er/team.trackwork");
        WorkbookFile.create(path).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void migratingAnEmptyFileMadeByVersionZeroGivesTheWholeSchema() throws Exception {
        // a workbook of "version 0": marked as ours, but no migration has run yet
        Path path = folder.resolve("v0.trackwork");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + WorkbookFile.APPLICATION_ID);
        }
        try (WorkbookFile workbook = WorkbookFile.open(path)) {
            assertThat(pragma(workbook, "user_version")).isEqualTo(String.valueOf(WorkbookFile.SCHEMA_VERSION));
            assertThat(tables(workbook)).contains("person", "destination", "shift", "shift_talk", "goal", "station",
                    "check_in", "task", "checklist_item", "hazard", "development_plan", "development_goal",
                    "development_action", "one_on_one", "agenda_item", "action_item", "recognition",
                    "column_limit", "quarter_crossing");
            new PersonRepository(workbook).save(Person.newCrewMember("Ada", "Engineer"));
        }
        try (WorkbookFile reopened = WorkbookFile.open(path)) {
            assertThat(new PersonRepository(reopened).list()).extracting(Person::name).containsExactly("Ada");
        }
    }

    @Test
    void aSecondOpenInThisProcessIsRefusedAsOpenHereAndTheLockStillKeepsOtherProcessesOut() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (WorkbookFile first = WorkbookFile.create(path)) {
            assertProblem(() -> WorkbookFile.open(path), Problem.OPEN_HERE);
            assertProblem(() -> WorkbookFile.open(folder.resolve("./team.trackwork")), Problem.OPEN_HERE);
            // the refused open must not have dropped the lock: another process is still kept out
            assertThat(OpenInAnotherProcess.tryOpen(path)).startsWith("IN_USE ")
                    .contains(System.getProperty("user.name"))
                    .contains("process " + ProcessHandle.current().pid());
            new PersonRepository(first).save(Person.newCrewMember("Still writable", ""));
        }
        assertThat(OpenInAnotherProcess.tryOpen(path)).isEqualTo("OPENED");
        try (WorkbookFile again = WorkbookFile.open(path)) {
            assertThat(new PersonRepository(again).list()).hasSize(1);
        }
    }

    @Test
    void aWorkbookOpenInAnotherProcessIsRefusedAsInUseAndSaysWhoHoldsIt() throws Exception {
        Path path = closedWorkbook("team.trackwork");
        Process other = OpenInAnotherProcess.start(path, true);
        try {
            assertThat(OpenInAnotherProcess.result(other)).isEqualTo("OPENED");
            assertThatThrownBy(() -> WorkbookFile.open(path))
                    .isInstanceOfSatisfying(WorkbookException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.IN_USE);
                        assertThat(e.detail()).contains(System.getProperty("user.name"))
                                .contains("process " + other.pid());
                    });
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
        WorkbookFile.open(path).close();
    }

    @Test
    void reopeningWithAReplacementLocksItBeforeItTakesTheWorkbooksPlace() throws Exception {
        Path path = closedWorkbook("team.trackwork");
        Path replacement = folder.resolve(".team.trackwork.restoring");
        try (WorkbookFile other = WorkbookFile.create(replacement)) {
            new PersonRepository(other).save(Person.newCrewMember("From the replacement", ""));
        }
        WorkbookFile current = WorkbookFile.open(path);
        try (WorkbookFile reopened = current.reopenWith(replacement)) {
            assertThat(current.isOpen()).isFalse();
            assertThat(replacement).doesNotExist();
            assertThat(new PersonRepository(reopened).list()).extracting(Person::name)
                    .containsExactly("From the replacement");
            assertProblem(() -> WorkbookFile.open(path), Problem.OPEN_HERE);
            assertThat(OpenInAnotherProcess.tryOpen(path)).startsWith("IN_USE ")
                    .contains("process " + ProcessHandle.current().pid());
            current.close();
            assertProblem(() -> WorkbookFile.open(path), Problem.OPEN_HERE);
            new PersonRepository(reopened).save(Person.newCrewMember("Saved after the reopen", ""));
        }
        try (WorkbookFile again = WorkbookFile.open(path)) {
            assertThat(new PersonRepository(again).list()).hasSize(2);
        }
    }

    @Test
    void aReplacementThatDoesNotCheckOutIsRefusedBeforeTheWorkbookIsClosed() throws Exception {
        Path path = closedWorkbook("team.trackwork");
        String before = hash(path);
        Path garbage = Files.writeString(folder.resolve(".team.trackwork.restoring"), "not a workbook");
        try (WorkbookFile current = WorkbookFile.open(path)) {
            assertThatThrownBy(() -> current.reopenWith(garbage))
                    .isInstanceOfSatisfying(WorkbookException.class,
                            e -> assertThat(e.problem()).isEqualTo(Problem.NOT_SQLITE));
            assertThat(current.isOpen()).isTrue();
            new PersonRepository(current).save(Person.newCrewMember("Still writable", ""));
            assertThat(OpenInAnotherProcess.tryOpen(path)).startsWith("IN_USE ");
        }
        assertThat(hash(path)).isNotEqualTo(before);
        assertThat(WorkbookLock.noteOf(path)).doesNotExist();
    }

    @Test
    void aCreateWhoseMigrationFailsLeavesNoFileBehind() throws Exception {
        Path path = folder.resolve("team.trackwork");
        // a folder where SQLite wants its -wal: the migration cannot write
        Path notOurs = Files.createDirectory(folder.resolve("team.trackwork-wal"));
        assertProblem(() -> WorkbookFile.create(path), Problem.DAMAGED);
        assertThat(path).doesNotExist();
        assertThat(notOurs).isDirectory();
        assertThat(siblings(path)).containsExactly("team.trackwork-wal");
    }

    @Test
    void aLockNoteThatCannotBeWrittenDoesNotKeepTheWorkbookFromOpening() throws Exception {
        Path path = folder.resolve("team.trackwork");
        Path note = Files.createDirectories(WorkbookLock.noteOf(path).resolve("in the way"));
        try (WorkbookFile created = WorkbookFile.create(path)) {
            new PersonRepository(created).save(Person.newCrewMember("Ada", ""));
            assertThat(OpenInAnotherProcess.tryOpen(path)).startsWith("IN_USE");
        }
        assertThat(note).isDirectory();
    }

    @Test
    void editsStillOnlyInTheWalAreRecoveredEvenWhenTheFileAloneLooksDamaged() throws Exception {
        Path path = closedWorkbook("team.trackwork");
        Path copy = folder.resolve("copy.trackwork");
        Path copyWal = folder.resolve("copy.trackwork-wal");
        try (WorkbookFile open = WorkbookFile.open(path)) {
            OddWorkbooks.stopCheckpoints(open);
            PersonRepository people = new PersonRepository(open);
            for (Person person : people.list()) {
                people.save(person.withRole("Changed " + person.role()));
            }
            people.save(Person.newCrewMember("Only in the wal", ""));
            // as a crash would leave them: the file as last checkpointed, and the -wal with what came after
            Files.copy(path, copy);
            Files.copy(path.resolveSibling("team.trackwork-wal"), copyWal);
        }
        // a crash in the middle of a checkpoint: pages the -wal holds were half written into the file
        byte[] wal = Files.readAllBytes(copyWal);
        int pageSize = ByteBuffer.wrap(wal).getInt(8);
        byte[] file = Files.readAllBytes(copy);
        int damaged = 0;
        for (int frame = 32; frame + 24 + pageSize <= wal.length; frame += 24 + pageSize) {
            int page = ByteBuffer.wrap(wal).getInt(frame);
            if (page > 1 && (long) page * pageSize <= file.length) {
                for (int i = (page - 1) * pageSize; i < page * pageSize; i++) {
                    file[i] = (byte) (i * 31);
                }
                damaged++;
            }
        }
        assertThat(damaged).isPositive();
        Files.write(copy, file);
        Path alone = Files.write(folder.resolve("alone.trackwork"), file);
        assertProblem(() -> WorkbookFile.open(alone), Problem.DAMAGED);

        try (WorkbookFile opened = WorkbookFile.open(copy)) {
            List<Person> people = new PersonRepository(opened).list();
            assertThat(people).extracting(Person::name).contains("Only in the wal").hasSize(51);
            assertThat(people).filteredOn(person -> !person.name().equals("Only in the wal"))
                    .allMatch(person -> person.role().startsWith("Changed "));
            assertThat(pragma(opened, "quick_check")).isEqualTo("ok");
        }
    }

    @Test
    void aLockLeftByACrashedProcessDoesNotBlockTheNextOpen() throws Exception {
        Path path = folder.resolve("team.trackwork");
        WorkbookFile.create(path).close();
        Files.writeString(WorkbookLock.noteOf(path), "someone on elsewhere, process 1");
        WorkbookFile.open(path).close();
    }

    @Test
    void createRefusesToOverwriteAnExistingFile() throws Exception {
        Path path = folder.resolve("notes.trackwork");
        Files.writeString(path, "my notes");
        String before = hash(path);
        assertProblem(() -> WorkbookFile.create(path), Problem.ALREADY_EXISTS);
        assertThat(hash(path)).isEqualTo(before);
    }

    @Test
    void anEmptyFileIsRefusedAndLeftEmpty() throws Exception {
        Path path = Files.createFile(folder.resolve("empty.trackwork"));
        assertRefusedUnchanged(path, Problem.EMPTY);
        assertThat(Files.size(path)).isZero();
    }

    @Test
    void randomBytesAreRefusedUnchanged() throws Exception {
        byte[] noise = new byte[50_000];
        new Random(7).nextBytes(noise);
        Path path = Files.write(folder.resolve("noise.trackwork"), noise);
        assertRefusedUnchanged(path, Problem.NOT_SQLITE);
    }

    @Test
    void anotherProgramsDatabaseIsRefusedUnchanged() throws Exception {
        Path path = folder.resolve("other.db");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contacts (name TEXT)");
            statement.execute("INSERT INTO contacts VALUES ('Grace')");
        }
        assertRefusedUnchanged(path, Problem.NOT_OURS);
    }

    @Test
    void aWorkbookFromANewerVersionIsRefusedUnchanged() throws Exception {
        Path path = closedWorkbook("newer.trackwork");
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA journal_mode = DELETE");
            statement.execute("PRAGMA user_version = " + (WorkbookFile.SCHEMA_VERSION + 1));
        }
        assertRefusedUnchanged(path, Problem.NEWER_VERSION);
    }

    @Test
    void aTruncatedWorkbookIsRefusedUnchanged() throws Exception {
        Path whole = closedWorkbook("whole.trackwork");
        byte[] bytes = Files.readAllBytes(whole);
        Path path = Files.write(folder.resolve("cut.trackwork"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertRefusedUnchanged(path, Problem.TRUNCATED);
    }

    @Test
    void aWorkbookCutInsideItsHeaderIsRefusedUnchanged() throws Exception {
        Path whole = closedWorkbook("whole.trackwork");
        byte[] bytes = Files.readAllBytes(whole);
        Path path = Files.write(folder.resolve("stub.trackwork"), java.util.Arrays.copyOf(bytes, 60));
        assertRefusedUnchanged(path, Problem.TRUNCATED);
    }

    @Test
    void aWorkbookWithDamagedPagesIsRefusedUnchanged() throws Exception {
        Path path = closedWorkbook("damaged.trackwork");
        byte[] bytes = Files.readAllBytes(path);
        int pageSize = Short.toUnsignedInt(ByteBuffer.wrap(bytes).getShort(16));
        for (int i = pageSize; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(path, bytes);
        assertRefusedUnchanged(path, Problem.DAMAGED);
    }

    @Test
    void aReadOnlyWorkbookIsRefusedUnchanged() throws Exception {
        Path path = closedWorkbook("readonly.trackwork");
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r--------"));
        assertRefusedUnchanged(path, Problem.READ_ONLY);
    }

    @Test
    void aFolderIsRefused() {
        assertProblem(() -> WorkbookFile.open(folder), Problem.FOLDER);
    }

    @Test
    void aMissingFileIsRefusedAndNotCreated() {
        Path path = folder.resolve("missing.trackwork");
        assertProblem(() -> WorkbookFile.open(path), Problem.NOT_FOUND);
        assertThat(path).doesNotExist();
    }

    @Test
    void aCopyIsAWholeWorkbookOwnedByTheUserOnly() throws Exception {
        Path path = folder.resolve("team.trackwork");
        Path copy = folder.resolve("copy.trackwork");
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            new PersonRepository(workbook).save(Person.newCrewMember("Ada", ""));
            workbook.copyTo(copy, true);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        try (WorkbookFile opened = WorkbookFile.open(copy)) {
            assertThat(new PersonRepository(opened).list()).extracting(Person::name).containsExactly("Ada");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void aCopyOverAWorkbookOpenHereIsRefusedAndLeavesItAlone() throws Exception {
        Path other = folder.resolve("other.trackwork");
        try (WorkbookFile workbook = WorkbookFile.create(folder.resolve("team.trackwork"));
             WorkbookFile open = WorkbookFile.create(other)) {
            new PersonRepository(open).save(Person.newCrewMember("Grace", ""));
            assertProblem(() -> workbook.copyTo(other, true), Problem.OPEN_HERE);
            assertProblem(() -> workbook.copyTo(workbook.path(), true), Problem.OPEN_HERE);
            new PersonRepository(open).save(Person.newCrewMember("Still writable", ""));
            assertThat(new PersonRepository(open).list()).hasSize(2);
        }
    }

    @Test
    void aCopyOverAWorkbookOpenInAnotherProcessIsRefused() throws Exception {
        Path other = closedWorkbook("other.trackwork");
        String before = hash(other);
        Process holder = OpenInAnotherProcess.start(other, true);
        try (WorkbookFile workbook = WorkbookFile.create(folder.resolve("team.trackwork"))) {
            assertThat(OpenInAnotherProcess.result(holder)).isEqualTo("OPENED");
            assertProblem(() -> workbook.copyTo(other, true), Problem.IN_USE);
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertThat(hash(other)).isEqualTo(before);
    }

    @Test
    void aStaleWalBesideTheTargetIsNotReplayedIntoTheCopy() throws Exception {
        Path target = closedWorkbook("target.trackwork");
        Path targetWal = folder.resolve("target.trackwork-wal");
        Path staleWal = folder.resolve("stale-wal");
        try (WorkbookFile open = WorkbookFile.open(target)) {
            OddWorkbooks.stopCheckpoints(open);
            new PersonRepository(open).save(Person.newCrewMember("From the stale wal", ""));
            Files.copy(targetWal, staleWal);
        }
        Files.move(staleWal, targetWal);

        try (WorkbookFile workbook = WorkbookFile.create(folder.resolve("team.trackwork"))) {
            new PersonRepository(workbook).save(Person.newCrewMember("Ada", ""));
            workbook.copyTo(target, true);
        }
        try (WorkbookFile copy = WorkbookFile.open(target)) {
            assertThat(new PersonRepository(copy).list()).extracting(Person::name).containsExactly("Ada");
        }
    }

    private Path closedWorkbook(String name) throws Exception {
        Path path = folder.resolve(name);
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            PersonRepository people = new PersonRepository(workbook);
            for (int i = 0; i < 50; i++) {
                people.save(Person.newCrewMember("Person " + i, "Role " + i).withPartInDestination("x".repeat(500)));
            }
        }
        return path;
    }

    private void assertRefusedUnchanged(Path path, Problem expected) throws Exception {
        String before = hash(path);
        List<String> siblingsBefore = siblings(path);
        assertProblem(() -> WorkbookFile.open(path), expected);
        assertThat(hash(path)).isEqualTo(before);
        assertThat(siblings(path)).isEqualTo(siblingsBefore);
    }

    private static String problemOpening(Path path) {
        try (WorkbookFile opened = WorkbookFile.open(path)) {
            return "OPENED";
        } catch (WorkbookException e) {
            return e.problem().name();
        }
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Problem expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WorkbookException.class,
                e -> assertThat(e.problem()).isEqualTo(expected));
    }

    private static List<String> siblings(Path path) throws IOException {
        try (var files = Files.list(path.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String hash(Path path) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
    }

    private static String pragma(WorkbookFile workbook, String name) {
        return workbook.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("PRAGMA " + name)) {
                result.next();
                return result.getString(1);
            }
        });
    }

    private static List<String> tables(WorkbookFile workbook) {
        return workbook.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                List<String> names = new java.util.ArrayList<>();
                while (result.next()) {
                    names.add(result.getString(1));
                }
                return names;
            }
        });
    }
}
