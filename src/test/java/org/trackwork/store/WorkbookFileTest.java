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
            assertThat(pragma(workbook, "user_version")).isEqualTo("1");
            assertThat(tables(workbook)).contains("person", "destination", "shift", "shift_talk", "goal", "station",
                    "check_in", "task", "checklist_item", "hazard", "development_plan", "development_goal",
                    "development_action", "one_on_one", "agenda_item", "action_item", "recognition");
            new PersonRepository(workbook).save(Person.newCrewMember("Ada", "Engineer"));
        }
        try (WorkbookFile reopened = WorkbookFile.open(path)) {
            assertThat(new PersonRepository(reopened).list()).extracting(Person::name).containsExactly("Ada");
        }
    }

    @Test
    void aSecondOpenOfTheSameFileIsRefusedAsInUseAndSaysWhoHoldsIt() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (WorkbookFile first = WorkbookFile.create(path)) {
            assertThatThrownBy(() -> WorkbookFile.open(path))
                    .isInstanceOfSatisfying(WorkbookException.class, e -> {
                        assertThat(e.problem()).isEqualTo(Problem.IN_USE);
                        assertThat(e.detail()).contains(System.getProperty("user.name")).contains("process");
                    });
            new PersonRepository(first).save(Person.newCrewMember("Still writable", ""));
        }
        try (WorkbookFile again = WorkbookFile.open(path)) {
            assertThat(new PersonRepository(again).list()).hasSize(1);
        }
    }

    @Test
    void aLockLeftByACrashedProcessDoesNotBlockTheNextOpen() throws Exception {
        Path path = folder.resolve("team.trackwork");
        WorkbookFile.create(path).close();
        Files.writeString(WorkbookLock.lockFileOf(path), "someone on elsewhere, process 1");
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
            workbook.copyTo(copy);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        try (WorkbookFile opened = WorkbookFile.open(copy)) {
            assertThat(new PersonRepository(opened).list()).extracting(Person::name).containsExactly("Ada");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
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
