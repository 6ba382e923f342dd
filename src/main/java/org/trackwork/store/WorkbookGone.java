package org.trackwork.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The open workbook is no longer the file at its path: another program moved, replaced or deleted it, or wrote into
 * it, while it was open. From then on nothing more is saved into it; what was saved can still be read and copied.
 */
public final class WorkbookGone extends StoreException {

    /** What became of the file. */
    public enum Reason {
        /** The file is now under another name, which {@link #movedTo()} tells. */
        MOVED,
        /** Another file took its place. */
        REPLACED,
        /** Nothing is at its path any more (deleted, or moved where Trackwork cannot see). */
        DELETED,
        /** Another program wrote into it or changed its structure while it was open here. */
        CHANGED
    }

    private final Reason reason;
    private final Path path;
    private final Path movedTo;

    WorkbookGone(Reason reason, Path path, Path movedTo) {
        super(reason + ": " + path, null, Cause.GONE);
        this.reason = reason;
        this.path = path;
        this.movedTo = movedTo;
    }

    public Reason reason() {
        return reason;
    }

    /** Where the workbook was opened. */
    public Path path() {
        return path;
    }

    /** The file's new name, when it was moved within its folder. */
    public Optional<Path> movedTo() {
        return Optional.ofNullable(movedTo);
    }
}
