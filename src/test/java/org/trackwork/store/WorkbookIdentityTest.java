package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;
import org.trackwork.store.WorkbookException.Problem;

/** One writer per file whatever path reaches it: the same file by a link, a hard link or another spelling. */
class WorkbookIdentityTest {

    @TempDir
    Path folder;

    @Test
    void aSymbolicLinkToTheFileIsTheSameWorkbook() throws Exception {
        Path path = workbook("team.trackwork");
        Path link = Files.createSymbolicLink(folder.resolve("link.trackwork"), path);
        try (WorkbookFile open = WorkbookFile.open(path)) {
            assertProblem(() -> WorkbookFile.open(link), Problem.OPEN_HERE);
            assertThat(OpenInAnotherProcess.tryOpen(link)).startsWith("IN_USE ")
                    .contains("process " + ProcessHandle.current().pid());
            new PersonRepository(open).save(Person.newCrewMember("Still writable", ""));
        }
        // opened through the link, the workbook is the file itself: its -wal lies beside the file
        try (WorkbookFile throughLink = WorkbookFile.open(link)) {
            assertThat(throughLink.path()).isEqualTo(path.toRealPath());
            assertProblem(() -> WorkbookFile.open(path), Problem.OPEN_HERE);
            assertThat(Files.exists(folder.resolve("link.trackwork-wal"))).isFalse();
            assertThat(Files.exists(folder.resolve("team.trackwork-wal"))).isTrue();
        }
    }

    @Test
    void aSymbolicallyLinkedFolderAndDotDotReachTheSameWorkbook() throws Exception {
        Path real = Files.createDirectory(folder.resolve("real"));
        Path path = workbook("real/team.trackwork");
        Path linkedFolder = Files.createSymbolicLink(folder.resolve("linked"), real);
        Path roundabout = folder.resolve("real/../linked/./team.trackwork");
        try (WorkbookFile open = WorkbookFile.open(linkedFolder.resolve("team.trackwork"))) {
            assertThat(open.path()).isEqualTo(path.toRealPath());
            assertProblem(() -> WorkbookFile.open(path), Problem.OPEN_HERE);
            assertProblem(() -> WorkbookFile.open(roundabout), Problem.OPEN_HERE);
            assertThat(OpenInAnotherProcess.tryOpen(roundabout)).startsWith("IN_USE ");
        }
    }

    @Test
    void aHardLinkIsTheSameWorkbookAndAnotherProcessIsToldWhoHoldsIt() throws Exception {
        Path path = workbook("team.trackwork");
        // in another folder, where no note of the holder lies beside it
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
        Path hardLink = Files.createLink(elsewhere.resolve("copy.trackwork"), path);
        try (WorkbookFile open = WorkbookFile.open(path)) {
            assertProblem(() -> WorkbookFile.open(hardLink), Problem.OPEN_HERE);
            String other = OpenInAnotherProcess.tryOpen(hardLink);
            assertThat(other).startsWith("IN_USE ").contains("process " + ProcessHandle.current().pid());
            for (int i = 0; i < 20; i++) {
                new PersonRepository(open).save(Person.newCrewMember("Edit " + i, ""));
            }
        }
        try (WorkbookFile throughLink = WorkbookFile.open(hardLink)) {
            assertThat(new PersonRepository(throughLink).list()).hasSize(21);
        }
    }

    @Test
    void anotherProcessHoldingTheFileByAHardLinkKeepsThisOneOut() throws Exception {
        Path path = workbook("team.trackwork");
        Path hardLink = Files.createLink(folder.resolve("other-name.trackwork"), path);
        Process holder = OpenInAnotherProcess.start(hardLink, true);
        try {
            assertThat(OpenInAnotherProcess.result(holder)).isEqualTo("OPENED");
            assertThatThrownBy(() -> WorkbookFile.open(path)).isInstanceOfSatisfying(WorkbookException.class, e -> {
                assertThat(e.problem()).isEqualTo(Problem.IN_USE);
                assertThat(e.detail()).contains("process " + holder.pid());
            });
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        WorkbookFile.open(path).close();
    }

    @Test
    void theLockSurvivesTheChecksOfAnOpenAndTheNoteGoesBeforeTheLock() throws Exception {
        Path path = workbook("team.trackwork");
        try (WorkbookFile open = WorkbookFile.open(path)) {
            // the checks and the migration closed SQLite connections on the file: the lock was taken again
            assertThat(OpenInAnotherProcess.tryOpen(path)).startsWith("IN_USE ");
            assertThat(WorkbookLock.noteOf(path)).exists();
            assertThat(Files.readString(WorkbookLock.noteOf(path))).contains("process " + ProcessHandle.current().pid());
        }
        assertThat(WorkbookLock.noteOf(path)).doesNotExist();
        assertThat(OpenInAnotherProcess.tryOpen(path)).isEqualTo("OPENED");
    }

    @Test
    void aNoteOfAnotherFileIsNotBelievedNorDeleted() throws Exception {
        Path path = workbook("team.trackwork");
        Path note = WorkbookLock.noteOf(path);
        try (WorkbookFile open = WorkbookFile.open(path)) {
            // as if a window holding a file by this name had written its note after this one
            Files.writeString(note, "someone else on elsewhere, process 1\n(dev=0,ino=0)");
        }
        assertThat(Files.readString(note)).startsWith("someone else");
        assertThat(LockHolder.parse("3: POSIX  ADVISORY  WRITE 2957 fe:00:2146382 9223372036854775806 "
                + "9223372036854775806")).hasValueSatisfying(lock -> {
                    assertThat(lock.pid()).isEqualTo(2957L);
                    assertThat(lock.inode()).isEqualTo(2146382L);
                    assertThat(lock.isWorkbookLock()).isTrue();
                });
        assertThat(LockHolder.parse("1: POSIX  ADVISORY  READ 2957 fe:00:2146382 128 128"))
                .hasValueSatisfying(lock -> assertThat(lock.isWorkbookLock()).isFalse());
        assertThat(LockHolder.parse("1: -> POSIX  ADVISORY  WRITE 3001 fe:00:2146382 128 128")).isEmpty();
    }

    @Test
    void aCopyGetsAnIdentityOfItsOwnAndABackupKeepsTheWorkbooks() throws Exception {
        Path path = workbook("team.trackwork");
        try (WorkbookFile open = WorkbookFile.open(path)) {
            open.copyTo(folder.resolve("copy.trackwork"), true);
            open.copyTo(folder.resolve("backup.trackwork"), false);
            assertThat(WorkbookFile.idOf(folder.resolve("copy.trackwork"))).isPresent().isNotEqualTo(
                    Optional.of(open.id()));
            assertThat(WorkbookFile.idOf(folder.resolve("backup.trackwork"))).contains(open.id());
        }
    }

    @Test
    void aCopyOntoAHardLinkOfItselfIsRefused() throws Exception {
        Path path = workbook("team.trackwork");
        Path hardLink = Files.createLink(folder.resolve("same.trackwork"), path);
        try (WorkbookFile open = WorkbookFile.open(path)) {
            assertProblem(() -> open.copyTo(hardLink, true), Problem.OPEN_HERE);
            new PersonRepository(open).save(Person.newCrewMember("Still there", ""));
        }
    }

    private Path workbook(String name) throws Exception {
        Path path = folder.resolve(name);
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            new PersonRepository(workbook).save(Person.newCrewMember("Ada", ""));
        }
        return path;
    }

    static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, Problem expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(WorkbookException.class,
                e -> assertThat(e.problem()).isEqualTo(expected));
    }
}
