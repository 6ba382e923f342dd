package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;

/**
 * Deleted private text does not linger in the backups: once the edit that removed it can no longer be undone (the
 * workbook was closed), every backup of the workbook is rewritten without it, in its bytes, not only in its rows.
 */
class BackupPrivacyTest {

    private static final String CANARY = "CANARY private note about a health matter";

    @TempDir
    Path folder;

    private WorkbookOpener opener;
    private Path path;
    private final Person ana = Person.newCrewMember("Ana Canary-Person", "Engineer");
    private final UUID sessionId = UUID.randomUUID();

    @BeforeEach
    void aWorkbookWithAPrivateNoteAndBackupsOfIt() throws Exception {
        opener = new WorkbookOpener(new WorkbookBackups(folder.resolve("backups"), Clock.systemUTC()));
        path = folder.resolve("team.trackwork");
        try (Workbook workbook = opener.create(path)) {
            workbook.people().save(ana);
            workbook.oneOnOnes().save(new OneOnOne(sessionId, ana.id(), LocalDate.of(2026, 11, 20), "Shared",
                    CANARY, List.of(), List.of()));
        }
        for (int i = 0; i < 3; i++) {
            opener.open(path).close();
        }
        assertThat(backupsContaining(CANARY)).isNotEmpty();
    }

    @Test
    void aClearedPrivateNoteIsGoneFromEveryBackupOnceTheWorkbookIsClosed() throws Exception {
        try (Workbook workbook = opener.open(path)) {
            new UndoHistory().perform(OneOnOneChange.of("clear", sessionId, s -> s.withPrivateNotes("")), workbook);
            // still undoable while open: the backups keep it meanwhile
            assertThat(backupsContaining(CANARY)).isNotEmpty();
        }
        assertThat(backupsContaining(CANARY)).isEmpty();
        assertThat(backupsOfWorkbook()).hasSizeGreaterThanOrEqualTo(5);
        try (Workbook workbook = opener.open(path)) {
            assertThat(workbook.oneOnOnes().find(sessionId)).hasValueSatisfying(
                    session -> assertThat(session.sharedNotes()).isEqualTo("Shared"));
        }
    }

    @Test
    void noWordOfAChangedPrivateNoteStaysInTheSearchIndexOfABackup() throws Exception {
        // one word, lower case: as the search index keeps it, apart from the note's other words
        String word = "qqxylophonist";
        try (Workbook workbook = opener.open(path)) {
            new UndoHistory().perform(OneOnOneChange.of("note", sessionId,
                    s -> s.withPrivateNotes("Mentioned the " + word + " lessons")), workbook);
            assertThat(new WorkbookSearch(workbook).search(word, SearchScope.WHOLE_WORKBOOK, 5))
                    .extracting(org.trackwork.domain.SearchHit::kind)
                    .containsExactly(org.trackwork.domain.SearchKind.ONE_ON_ONE_PRIVATE);
        }
        for (int i = 0; i < 2; i++) {
            opener.open(path).close();
        }
        assertThat(backupsContaining(word)).isNotEmpty();
        try (Workbook workbook = opener.open(path)) {
            new UndoHistory().perform(OneOnOneChange.of("note", sessionId, s -> s.withPrivateNotes("Nothing new")),
                    workbook);
        }
        assertThat(backupsContaining("xylophonist")).isEmpty();
        assertThat(backupsContaining("lessons")).isEmpty();
        for (Path backup : backupsOfWorkbook()) {
            try (Workbook copy = new Workbook(org.trackwork.store.WorkbookFile.open(backup))) {
                assertThat(new WorkbookSearch(copy).search(word, SearchScope.WHOLE_WORKBOOK, 5)).isEmpty();
                // the backup taken when the workbook was made has no session yet; every other one has it as it is now
                assertThat(new WorkbookSearch(copy).search("nothing new", SearchScope.WHOLE_WORKBOOK, 5))
                        .hasSize(copy.oneOnOnes().find(sessionId).isPresent() ? 1 : 0);
            }
        }
    }

    @Test
    void aRemovedPersonIsGoneFromEveryBackup() throws Exception {
        try (Workbook workbook = opener.open(path)) {
            new UndoHistory().perform(PersonRemoval.of(ana, "remove"), workbook);
        }
        assertThat(backupsContaining(CANARY)).isEmpty();
        assertThat(backupsContaining("Ana Canary-Person")).isEmpty();
    }

    @Test
    void aDeletedOneOnOneIsGoneFromEveryBackup() throws Exception {
        try (Workbook workbook = opener.open(path)) {
            new UndoHistory().perform(OneOnOneChange.deleting("delete", sessionId), workbook);
        }
        assertThat(backupsContaining(CANARY)).isEmpty();
        assertThat(backupsContaining("Ana Canary-Person")).isNotEmpty();
    }

    @Test
    void aRemovalThatWasUndoneLeavesTheBackupsAsTheyWere() throws Exception {
        int withCanary = backupsContaining(CANARY).size();
        try (Workbook workbook = opener.open(path)) {
            UndoHistory history = new UndoHistory();
            history.perform(PersonRemoval.of(ana, "remove"), workbook);
            history.undo(workbook);
        }
        // one more: the backup this open took, with the note in it
        assertThat(backupsContaining(CANARY)).hasSize(withCanary + 1);
    }

    @Test
    void aRemovalLeftOverByACrashIsMadeInTheBackupsAtTheNextOpen() throws Exception {
        // as if the process died before closing: the edit is saved, the backups were never rewritten
        try (Workbook crashed = new Workbook(org.trackwork.store.WorkbookFile.open(path))) {
            new UndoHistory().perform(OneOnOneChange.of("clear", sessionId, s -> s.withPrivateNotes("")), crashed);
        }
        assertThat(backupsContaining(CANARY)).isNotEmpty();
        opener.open(path).close();
        assertThat(backupsContaining(CANARY)).isEmpty();
    }

    private List<Path> backupsOfWorkbook() throws Exception {
        try (Workbook workbook = new Workbook(org.trackwork.store.WorkbookFile.open(path))) {
            return opener.backupsOf(workbook);
        }
    }

    private List<Path> backupsContaining(String text) throws Exception {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        try (var files = Files.walk(folder.resolve("backups"))) {
            return files.filter(Files::isRegularFile).filter(file -> contains(file, needle)).toList();
        }
    }

    private static boolean contains(Path file, byte[] needle) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            outer:
            for (int i = 0; i + needle.length <= bytes.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (bytes[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return true;
            }
            return false;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
