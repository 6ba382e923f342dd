package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;
import org.trackwork.store.WorkbookFile;

class WorkbookOpenerTest {

    @TempDir
    Path folder;

    @Test
    void aBackupThatFailsOnOpenDoesNotKeepTheWorkbookClosedAndSaysWhy() throws Exception {
        Path path = folder.resolve("team.trackwork");
        WorkbookFile.create(path).close();
        Path notAFolder = Files.writeString(folder.resolve("backups"), "in the way");
        try (Workbook workbook = new WorkbookOpener(new WorkbookBackups(notAFolder, Clock.systemUTC())).open(path)) {
            assertThat(workbook.backupProblem()).isPresent();
            workbook.people().save(Person.newCrewMember("Ada", ""));
        }
    }

    @Test
    void aBackupTakenOnOpenLeavesNoProblem() throws Exception {
        Path path = folder.resolve("team.trackwork");
        WorkbookFile.create(path).close();
        try (Workbook workbook = opener().open(path)) {
            assertThat(workbook.backupProblem()).isEmpty();
        }
    }

    @Test
    void aNewWorkbookWhoseFillingFailsIsDeletedWithEverythingBesideIt() throws Exception {
        Path path = folder.resolve("sample.trackwork");
        assertThatThrownBy(() -> opener().create(path, workbook -> {
            workbook.people().save(Person.newCrewMember("Half", "written"));
            throw new IllegalStateException("The generator broke");
        })).hasMessage("The generator broke");
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
        opener().create(path).close();
    }

    private WorkbookOpener opener() {
        return new WorkbookOpener(new WorkbookBackups(folder.resolve("backups"), Clock.systemUTC()));
    }
}
