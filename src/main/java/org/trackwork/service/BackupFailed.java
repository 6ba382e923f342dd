package org.trackwork.service;

import java.io.IOException;
import java.nio.file.Path;

/** A backup could not be taken; says why in terms a message can act on, and which folder it was to go to. */
public final class BackupFailed extends IOException {

    /** Why the backup was not taken. */
    public enum Why {
        /** The backups folder (or the data folder it lies in) cannot be written. */
        FOLDER_NOT_WRITABLE,
        DISK_FULL,
        /** Anything else; the log has the details. */
        OTHER
    }

    private final Why why;
    private final Path folder;

    BackupFailed(Why why, Path folder, Throwable cause) {
        super(why + ": " + folder, cause);
        this.why = why;
        this.folder = folder;
    }

    public Why why() {
        return why;
    }

    public Path folder() {
        return folder;
    }
}
