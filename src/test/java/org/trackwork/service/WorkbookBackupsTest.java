package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;
import org.trackwork.store.WorkbookFile;

class WorkbookBackupsTest {

    @TempDir
    Path folder;

    @Test
    void eachOpenTakesACheckedBackupAndOnlyTheLastTenAreKept() throws Exception {
        Path path = folder.resolve("team.trackwork");
        Path backupFolder = folder.resolve("backups");
        try (WorkbookFile file = WorkbookFile.create(path)) {
            new Workbook(file).people().save(Person.newCrewMember("Ada", ""));
        }
        Instant start = Instant.parse("2026-11-27T10:00:00Z");
        for (int i = 0; i < 12; i++) {
            Clock clock = Clock.fixed(start.plus(Duration.ofMinutes(i)), ZoneOffset.UTC);
            new WorkbookOpener(new WorkbookBackups(backupFolder, clock)).open(path).close();
        }
        var backups = new WorkbookBackups(backupFolder, Clock.systemUTC()).list(WorkbookFile.idOf(path).orElseThrow());
        assertThat(backups).hasSize(WorkbookBackups.KEEP);
        assertThat(backups.get(0).getFileName().toString()).isEqualTo("team-20261127-100200-000.trackwork");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backupFolder))).isEqualTo("rwx------");
        Path newest = backups.get(backups.size() - 1);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(newest))).isEqualTo("rw-------");
        try (Workbook restored = new Workbook(WorkbookFile.open(newest))) {
            assertThat(restored.people().list()).extracting(Person::name).containsExactly("Ada");
        }
    }

    @Test
    void twoWorkbooksOfTheSameNameInTwoFoldersKeepTheirOwnBackups() throws Exception {
        Path backupFolder = folder.resolve("backups");
        Path teamA = folder.resolve("a/team.trackwork");
        Path teamB = folder.resolve("b/team.trackwork");
        WorkbookOpener opener = new WorkbookOpener(new WorkbookBackups(backupFolder, Clock.systemUTC()));
        try (Workbook a = opener.create(teamA)) {
            a.people().save(Person.newCrewMember("Ada of team A", ""));
        }
        try (Workbook b = opener.create(teamB)) {
            b.people().save(Person.newCrewMember("Bo of team B", ""));
        }
        for (int i = 0; i < WorkbookBackups.KEEP + 2; i++) {
            opener.open(teamB).close();
        }
        try (Workbook a = opener.open(teamA)) {
            var backupsOfA = opener.backupsOf(a);
            // the one taken at creation and the one of this open: B's opens pushed none of A's out
            assertThat(backupsOfA).hasSize(2);
            for (Path backup : backupsOfA) {
                try (Workbook copy = new Workbook(WorkbookFile.open(backup))) {
                    assertThat(copy.id()).isEqualTo(a.id());
                    assertThat(copy.people().list()).extracting(Person::name).doesNotContain("Bo of team B");
                }
            }
        }
        try (Workbook b = opener.open(teamB)) {
            assertThat(opener.backupsOf(b)).hasSize(WorkbookBackups.KEEP);
        }
    }

    @Test
    void namesThatDifferOnlyByPunctuationDoNotShareBackups() throws Exception {
        Path backupFolder = folder.resolve("backups");
        WorkbookOpener opener = new WorkbookOpener(new WorkbookBackups(backupFolder, Clock.systemUTC()));
        try (Workbook spaced = opener.create(folder.resolve("team a.trackwork"));
             Workbook dashed = opener.create(folder.resolve("team_a.trackwork"))) {
            assertThat(opener.backupsOf(spaced)).hasSize(1).doesNotContainAnyElementsOf(opener.backupsOf(dashed));
        }
    }

    @Test
    void aWorkbookCopiedByTheFileManagerGetsBackupsOfItsOwn() throws Exception {
        Path backupFolder = folder.resolve("backups");
        WorkbookOpener opener = new WorkbookOpener(new WorkbookBackups(backupFolder, Clock.systemUTC()));
        Path original = folder.resolve("template/team.trackwork");
        java.util.UUID originalId;
        try (Workbook workbook = opener.create(original)) {
            workbook.people().save(Person.newCrewMember("Ada", ""));
            originalId = workbook.id();
        }
        Path copy = Files.createDirectories(folder.resolve("second team")).resolve("team.trackwork");
        Files.copy(original, copy);
        try (Workbook copied = opener.open(copy)) {
            assertThat(copied.id()).isNotEqualTo(originalId);
            assertThat(opener.backupsOf(copied)).singleElement()
                    .satisfies(backup -> assertThat(WorkbookFile.idOf(backup)).contains(copied.id()));
        }
        try (Workbook workbook = opener.open(original)) {
            assertThat(workbook.id()).isEqualTo(originalId);
            assertThat(opener.backupsOf(workbook)).hasSize(2);
        }
        // moved, not copied, a workbook keeps its identity and its backups
        Path moved = folder.resolve("moved.trackwork");
        Files.move(original, moved);
        try (Workbook workbook = opener.open(moved)) {
            assertThat(workbook.id()).isEqualTo(originalId);
            assertThat(opener.backupsOf(workbook)).hasSize(3);
        }
    }

    @Test
    void backupsTakenBeforeIdentitiesAreAdoptedByTheWorkbookTheyCameFrom() throws Exception {
        Path backupFolder = Files.createDirectories(folder.resolve("backups"));
        Path path = folder.resolve("team.trackwork");
        org.sqlite.SQLiteDataSource dataSource = new org.sqlite.SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + path);
        org.flywaydb.core.Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2")
                .load().migrate();
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + path);
             var statement = connection.createStatement()) {
            statement.execute("INSERT INTO person (id, name, role, start_date, part_in_destination, is_manager,"
                    + " is_archived) VALUES ('" + java.util.UUID.randomUUID() + "', 'Ada', '', NULL, '', 0, 0)");
        }
        Path ours = Files.copy(path, backupFolder.resolve("team-20261101-100000-000.trackwork"));
        Path otherTeams = backupFolder.resolve("team-20261102-100000-000.trackwork");
        WorkbookFile.create(otherTeams).close();
        WorkbookOpener opener = new WorkbookOpener(new WorkbookBackups(backupFolder, Clock.systemUTC()));
        try (Workbook workbook = opener.open(path)) {
            assertThat(opener.backupsOf(workbook)).extracting(backup -> backup.getFileName().toString())
                    .contains("team-20261101-100000-000.trackwork")
                    .doesNotContain("team-20261102-100000-000.trackwork");
        }
        assertThat(ours).doesNotExist();
        assertThat(otherTeams).exists();
    }
}
