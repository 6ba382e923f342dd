package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;
import org.trackwork.store.OddWorkbooks;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookFile;

class WorkbookRestoreTest {

    @TempDir
    Path folder;

    private final Instant start = Instant.parse("2026-11-27T10:00:00Z");

    @Test
    void restoringABackupBringsBackItsContentAndKeepsTheStateBeforeAsABackup() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (Workbook created = new Workbook(WorkbookFile.create(path))) {
            created.people().save(Person.newCrewMember("Ada", ""));
        }
        WorkbookOpener first = opener(0);
        Workbook current = first.open(path);
        Path backupWithAda = first.backupsOf(current).get(0);
        current.people().save(Person.newCrewMember("Grace", ""));

        Workbook restored = opener(1).restore(current, backupWithAda);
        try (restored) {
            assertThat(restored.people().list()).extracting(Person::name).containsExactly("Ada");
            assertThat(opener(2).backupsOf(restored)).hasSize(2);
            assertThat(WorkbookBackups.takenAt(opener(2).backupsOf(restored).get(0)))
                    .isEqualTo(LocalDateTime.of(2026, 11, 27, 10, 1));
        }
        try (Workbook reopened = new Workbook(WorkbookFile.open(path))) {
            assertThat(reopened.people().list()).extracting(Person::name).containsExactly("Ada");
        }
    }

    @Test
    void aBackupOfAnotherWorkbookIsRefusedAndTheWorkbookStaysAsItWas() throws Exception {
        Path teamA = folder.resolve("a/team.trackwork");
        Path teamB = folder.resolve("b/team.trackwork");
        WorkbookOpener opener = opener(0);
        try (Workbook b = opener.create(teamB)) {
            b.people().save(Person.newCrewMember("Bo of team B", ""));
        }
        Path backupOfB;
        try (Workbook b = opener(1).open(teamB)) {
            backupOfB = opener.backupsOf(b).get(0);
        }
        try (Workbook a = opener.create(teamA)) {
            a.people().save(Person.newCrewMember("Ada of team A", ""));
            assertThatThrownBy(() -> opener(2).restore(a, backupOfB)).isInstanceOfSatisfying(
                    WorkbookException.class,
                    e -> assertThat(e.problem()).isEqualTo(WorkbookException.Problem.OTHER_WORKBOOK));
            assertThat(a.isOpen()).isTrue();
            assertThat(a.people().list()).extracting(Person::name).containsExactly("Ada of team A");
        }
    }

    @Test
    void aBackupThatDoesNotCheckOutIsRefusedAndTheWorkbookStaysOpen() throws Exception {
        Path path = folder.resolve("team.trackwork");
        Path broken = Files.writeString(folder.resolve("broken.trackwork"), "not a workbook");
        try (Workbook current = new Workbook(WorkbookFile.create(path))) {
            assertThatThrownBy(() -> opener(0).restore(current, broken)).isInstanceOf(WorkbookException.class);
            assertThat(current.isOpen()).isTrue();
            current.people().save(Person.newCrewMember("Still open", ""));
            assertThat(current.people().list()).hasSize(1);
        }
    }

    @Test
    void aRestoreThatFailsAfterTheWorkbookWasClosedLetsGoOfItsLock() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (Workbook created = new Workbook(WorkbookFile.create(path))) {
            created.people().save(Person.newCrewMember("Ada", ""));
        }
        Path unmigratable = OddWorkbooks.unmigratableCopyOf(path, folder.resolve("odd.trackwork"));
        Workbook current = opener(0).open(path);
        assertThatThrownBy(() -> opener(1).restore(current, unmigratable))
                .isInstanceOfSatisfying(WorkbookException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkbookException.Problem.DAMAGED));
        assertThat(current.isOpen()).isFalse();
        // the workbook as it was was kept as a backup, and nothing holds the file any more
        assertThat(opener(2).backupsOf(current)).hasSize(2);
        assertThatThrownBy(() -> WorkbookFile.open(path)).isInstanceOfSatisfying(WorkbookException.class,
                e -> assertThat(e.problem()).isEqualTo(WorkbookException.Problem.DAMAGED));
        assertThat(path.resolveSibling("team.trackwork.lock")).doesNotExist();
        assertThat(path.resolveSibling(".team.trackwork.restoring")).doesNotExist();
    }

    private WorkbookOpener opener(int minutes) {
        Clock clock = Clock.fixed(start.plus(Duration.ofMinutes(minutes)), ZoneOffset.UTC);
        return new WorkbookOpener(new WorkbookBackups(folder.resolve("backups"), clock));
    }
}
