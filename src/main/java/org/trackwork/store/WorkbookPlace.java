package org.trackwork.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where an open workbook's file is: whether the file at its path is still the one its connection has, and whether the
 * -wal and -shm names beside it are still that connection's own. Asked by identity, never by opening a file, which
 * would drop this process's lock on it.
 */
final class WorkbookPlace {

    private final Path path;
    private final FileIdentity file;
    private final FileIdentity wal;
    private final FileIdentity shm;
    private final boolean manyNames;

    /** Taken once the connection is open: SQLite has made the -wal and -shm by then. */
    WorkbookPlace(Path path, FileIdentity file) {
        this.path = path;
        this.file = file;
        this.wal = FileIdentity.ofQuietly(walName()).orElse(null);
        this.shm = FileIdentity.ofQuietly(shmName()).orElse(null);
        this.manyNames = FileIdentity.names(path) > 1;
    }

    /** True for a file with hard links: its -wal is named after one of its names only. */
    boolean manyNames() {
        return manyNames;
    }

    /** Empty while the file at the path is the workbook's; else what became of it. */
    Optional<WorkbookGone> whereabouts() {
        Optional<FileIdentity> there = FileIdentity.ofQuietly(path);
        if (there.isPresent() && there.get().equals(file)) {
            return Optional.empty();
        }
        if (there.isPresent()) {
            return Optional.of(new WorkbookGone(WorkbookGone.Reason.REPLACED, path, null));
        }
        Path movedTo = findMoved();
        return Optional.of(new WorkbookGone(movedTo != null ? WorkbookGone.Reason.MOVED : WorkbookGone.Reason.DELETED,
                path, movedTo));
    }

    /** The file's new name, when it was renamed within its folder. */
    private Path findMoved() {
        try (var siblings = Files.list(path.getParent())) {
            return siblings.filter(sibling -> sibling.getFileName().toString().endsWith(WorkbookFile.EXTENSION))
                    .filter(sibling -> FileIdentity.ofQuietly(sibling).map(file::equals).orElse(false))
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** True while no other file took the -wal or -shm name (they are this connection's, or not there). */
    boolean namesStillOurs() {
        return oursOrAbsent(walName(), wal) && oursOrAbsent(shmName(), shm);
    }

    /** True when another process has this connection's -shm open: it opened the file that took the name. */
    boolean namesLockedByAnotherProcess() {
        return LockHolder.otherProcessLocking(shmName()).isPresent();
    }

    /** The identity of this connection's -shm. */
    Optional<FileIdentity> shmIdentity() {
        return Optional.ofNullable(shm);
    }

    /** Deletes the -wal and -shm names that are still this connection's. */
    void deleteOurNames() throws IOException {
        deleteIfOurs(walName(), wal);
        deleteIfOurs(shmName(), shm);
    }

    private Path walName() {
        return WorkbookChecks.companion(path, "-wal");
    }

    private Path shmName() {
        return WorkbookChecks.companion(path, "-shm");
    }

    private static void deleteIfOurs(Path companion, FileIdentity ours) throws IOException {
        if (FileIdentity.ofQuietly(companion).map(there -> there.equals(ours)).orElse(false)) {
            Files.delete(companion);
        }
    }

    private static boolean oursOrAbsent(Path companion, FileIdentity ours) {
        Optional<FileIdentity> there = FileIdentity.ofQuietly(companion);
        return there.isEmpty() || there.get().equals(ours);
    }
}
