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
        var backups = new WorkbookBackups(backupFolder, Clock.systemUTC()).list(path);
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
    void backupsOfAnotherWorkbookWithALongerNameAreLeftAlone() throws Exception {
        Path backupFolder = folder.resolve("backups");
        Path team = folder.resolve("team.trackwork");
        Path teamB = folder.resolve("team-b.trackwork");
        WorkbookFile.create(team).close();
        WorkbookFile.create(teamB).close();
        new WorkbookOpener(new WorkbookBackups(backupFolder, Clock.systemUTC())).open(teamB).close();
        assertThat(new WorkbookBackups(backupFolder, Clock.systemUTC()).list(team)).isEmpty();
    }
}
