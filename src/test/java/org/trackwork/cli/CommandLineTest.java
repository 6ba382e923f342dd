package org.trackwork.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;
import org.trackwork.store.PersonRepository;
import org.trackwork.store.WorkbookDiagnosis;
import org.trackwork.store.WorkbookFile;

/** {@code trackwork --check FILE}: a report on standard output and an exit code for scripts. */
class CommandLineTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void aHealthyWorkbookChecksOutWithZero() throws Exception {
        Path path = workbook();
        byte[] before = Files.readAllBytes(path);
        assertThat(commandLine.run(new String[] {"--check", path.toString()})).isEqualTo(CommandLine.HEALTHY);
        assertThat(output()).contains("Checking " + path).contains("Damage (SQLite's integrity check): none")
                .contains("Structure: as Trackwork made it").contains("Records: 1 read, all readable")
                .endsWith("Result: healthy.\n");
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
    }

    @Test
    void aWorkbookWithProblemsIsReportedWithOne() throws Exception {
        Path path = workbook();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.execute("INSERT INTO task (id, quarter, title, description, board_column, position, goal_id,"
                    + " created_at) VALUES ('" + UUID.randomUUID() + "', '2026-Q4', 'Orphan', '', 'SURVEYED', 0,"
                    + " '" + UUID.randomUUID() + "', '2026-11-01T00:00:00Z')");
            statement.execute("INSERT INTO task (id, quarter, title, description, board_column, position,"
                    + " created_at, due) VALUES ('" + UUID.randomUUID() + "', '2026-Q4', 'Bad date', '', 'SURVEYED',"
                    + " 1, '2026-11-01T00:00:00Z', 'x')");
        }
        assertThat(commandLine.run(new String[] {"--check", path.toString()})).isEqualTo(CommandLine.PROBLEMS);
        assertThat(output()).contains("Links between records: 1 problem")
                .contains("goal_id points at a goal that is not there (the link can be dropped)")
                .contains("1 cannot be read").contains("due is not a date")
                .contains("Result: 2 problems found. Open the workbook in Trackwork and use File > Check Workbook");
    }

    @Test
    void theReportNamesWhatIsWrongWithARecordButNeverItsText() throws Exception {
        String canary = "CANARY private note about a health matter";
        Path path = workbook();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            // unreadable twice over: its date is no date, and it belongs to no one
            statement.execute("INSERT INTO one_on_one (id, person_id, held_on, shared_notes, private_notes) VALUES ('"
                    + UUID.randomUUID() + "', (SELECT id FROM person), 'x', '" + canary + " shared', '" + canary
                    + "')");
            statement.execute("INSERT INTO one_on_one (id, person_id, held_on, shared_notes, private_notes) VALUES ('"
                    + UUID.randomUUID() + "', '" + UUID.randomUUID() + "', '2026-11-20', '', '" + canary + "')");
        }
        assertThat(commandLine.run(new String[] {"--check", path.toString()})).isEqualTo(CommandLine.PROBLEMS);
        String report = output();
        assertThat(report).contains("held_on is not a date").contains("person_id points at a person")
                .doesNotContain("CANARY");
        WorkbookDiagnosis.Report found = WorkbookDiagnosis.inspect(path);
        assertThat(found.findings()).extracting(Object::toString).noneMatch(line -> line.contains("CANARY"));
        assertThat(found.findings()).extracting(org.trackwork.ui.shell.CheckTextProbe::line)
                .noneMatch(line -> line.contains("CANARY"));
    }

    @Test
    void aDamagedWorkbookIsReportedWithOneAndAdvisedARestore() throws Exception {
        Path path = workbook();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER spy AFTER INSERT ON person BEGIN SELECT 1; END");
        }
        assertThat(commandLine.run(new String[] {"--check", path.toString()})).isEqualTo(CommandLine.PROBLEMS);
        assertThat(output()).contains("Structure: 1 problem").contains("another program added trigger spy")
                .contains("Records: not checked").contains("Restore a backup");
    }

    @Test
    void aFileWithDamagedPagesIsReportedWithOne() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            for (int i = 0; i < 200; i++) {
                new PersonRepository(workbook).save(Person.newCrewMember("Person " + i, "x".repeat(250)));
            }
        }
        byte[] bytes = Files.readAllBytes(path);
        for (int i = 8 * 4096; i < 12 * 4096 && i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(path, bytes);
        assertThat(commandLine.run(new String[] {"--check", path.toString()})).isEqualTo(CommandLine.PROBLEMS);
        assertThat(output()).doesNotContain("Damage (SQLite's integrity check): none")
                .contains("Restore a backup");
    }

    @Test
    void aFileThatIsNotAWorkbookGetsTwo() throws Exception {
        Path other = folder.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE contacts (name TEXT)");
        }
        assertThat(commandLine.run(new String[] {"--check", other.toString()})).isEqualTo(CommandLine.NOT_A_WORKBOOK);
        assertThat(output()).contains("Not a workbook Trackwork can check: it is a database of another program.");
        Path noise = Files.write(folder.resolve("noise.trackwork"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertThat(commandLine.run(new String[] {"--check", noise.toString()})).isEqualTo(CommandLine.NOT_A_WORKBOOK);
        assertThat(commandLine.run(new String[] {"--check", folder.resolve("missing").toString()}))
                .isEqualTo(CommandLine.NOT_A_WORKBOOK);
    }

    @Test
    void versionHelpAndUnknownCalls() {
        assertThat(commandLine.run(new String[] {"--version"})).isZero();
        assertThat(output()).startsWith("Trackwork ");
        assertThat(commandLine.run(new String[] {"--help"})).isZero();
        assertThat(output()).contains("--check WORKBOOK");
        assertThat(commandLine.run(new String[] {"--frobnicate"})).isEqualTo(CommandLine.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--frobnicate").contains("Usage:");
    }

    @Test
    void theLauncherExitsWithTheCheckCodeAndNoWindow() throws Exception {
        Path path = workbook();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process check = new ProcessBuilder(java, "-Djava.awt.headless=true", "-Dtrackwork.home=" + folder.resolve("home"),
                "-cp", System.getProperty("java.class.path"), "org.trackwork.Main", "--check", path.toString())
                .redirectErrorStream(true).start();
        String printed = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).isEqualTo(CommandLine.HEALTHY);
        assertThat(printed).contains("Result: healthy.").doesNotContain("WARN").doesNotContain("INFO");
    }

    private String output() {
        String text = out.toString(StandardCharsets.UTF_8);
        out.reset();
        return text;
    }

    private Path workbook() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            new PersonRepository(workbook).save(Person.newCrewMember("Ada", ""));
        }
        return path;
    }
}
