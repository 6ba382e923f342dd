package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.trackwork.domain.Person;
import org.trackwork.store.WorkbookException.Problem;

/** A workbook whose structure another program changed is refused, unchanged, before anything of it can run. */
class TamperedWorkbookTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {
            // copies private notes where a shared screen and the summary PDF would show them
            "CREATE TRIGGER leak AFTER UPDATE ON one_on_one BEGIN"
                    + " UPDATE one_on_one SET shared_notes = NEW.private_notes WHERE id = NEW.id; END",
            // a recursive query that would stall every save
            "CREATE TRIGGER stall BEFORE INSERT ON person BEGIN SELECT count(*) FROM (WITH RECURSIVE n(i) AS"
                    + " (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT i FROM n); END",
            "CREATE VIEW everything AS SELECT private_notes FROM one_on_one",
            "CREATE TABLE extra (x TEXT)",
            "CREATE INDEX person_by_role ON person (role)",
            "ALTER TABLE person ADD COLUMN salary INTEGER",
            "DROP INDEX goal_owner"})
    void aChangedStructureIsRefusedAndTheFileLeftAsItWas(String change) throws Exception {
        Path path = workbook();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute(change);
        }
        String before = hash(path);
        assertThatThrownBy(() -> WorkbookFile.open(path)).isInstanceOfSatisfying(WorkbookException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.CHANGED_BY_OTHER_PROGRAM);
            assertThat(e.detail()).isNotBlank();
        });
        assertThat(hash(path)).isEqualTo(before);
        assertThat(folder.resolve("team.trackwork-wal")).doesNotExist();
        assertThat(WorkbookDiagnosis.inspect(path).count(WorkbookDiagnosis.Kind.STRUCTURE)).isPositive();
    }

    @Test
    void theStatisticsOfAToolsAnalyzeAreHarmlessAndAccepted() throws Exception {
        Path path = workbook();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        try (WorkbookFile open = WorkbookFile.open(path)) {
            assertThat(new PersonRepository(open).list()).hasSize(1);
        }
    }

    @Test
    void theExpectedStructureIsWhatFlywayMakesForEveryVersion() throws Exception {
        for (int version = 1; version <= WorkbookFile.SCHEMA_VERSION; version++) {
            Path path = folder.resolve("v" + version + ".trackwork");
            org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
            dataSource.setUrl("jdbc:sqlite:" + path);
            org.flywaydb.core.Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                    .target(String.valueOf(version)).load().migrate();
            try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path)) {
                assertThat(SchemaCheck.compare(connection, version).none()).as("version %d", version).isTrue();
            }
        }
    }

    @Test
    void theMigrationsNamedInTheCheckAreTheOnesInTheFolder() throws Exception {
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList())
                    .isEqualTo(SchemaCheck.MIGRATIONS);
        }
    }

    @Test
    void everyConnectionDistrustsTheSchema() throws Exception {
        Path path = workbook();
        try (Connection migration = new UntrustedDataSource(WorkbookFile.writerConfig(), WorkbookFile.url(path))
                .getConnection();
             Statement statement = migration.createStatement();
             ResultSet trusted = statement.executeQuery("PRAGMA trusted_schema")) {
            trusted.next();
            assertThat(trusted.getInt(1)).isZero();
        }
        try (Connection check = WorkbookChecks.openReadOnly(path);
             Statement statement = check.createStatement();
             ResultSet trusted = statement.executeQuery("PRAGMA trusted_schema")) {
            trusted.next();
            assertThat(trusted.getInt(1)).isZero();
        }
    }

    private Path workbook() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            new PersonRepository(workbook).save(Person.newCrewMember("Ada", ""));
        }
        return path;
    }

    private static String hash(Path path) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
    }
}
