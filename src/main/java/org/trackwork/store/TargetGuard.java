package org.trackwork.store;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import org.trackwork.store.WorkbookException.Problem;

/**
 * Keeps a file that a copy is about to replace from being opened as a workbook meanwhile, and refuses to replace
 * one that is open, in this window or another: it holds the file's workbook lock until the copy is in place.
 */
final class TargetGuard implements AutoCloseable {

    private final WorkbookLock lock;

    private TargetGuard(WorkbookLock lock) {
        this.lock = lock;
    }

    /** Guards the file at the target, when there is one; a new name needs no guard. */
    static TargetGuard of(Path target) throws WorkbookException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(target)) {
            return new TargetGuard(null);
        }
        // asked before the file is opened: a descriptor opened and closed here would drop this process's lock
        if (WorkbookLock.heldHere(target)) {
            throw new WorkbookException(Problem.OPEN_HERE, target, "");
        }
        return new TargetGuard(WorkbookLock.acquire(target));
    }

    /** The copy took the target's place; the lock held the file that is gone now. */
    void replaced() {
        close();
    }

    @Override
    public void close() {
        if (lock != null) {
            lock.close();
        }
    }
}
