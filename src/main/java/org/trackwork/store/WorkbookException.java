package org.trackwork.store;

import java.nio.file.Path;

/** A workbook file could not be created or opened; the file was left as it was. */
public final class WorkbookException extends Exception {

    /** What is wrong with the file; the UI turns each into a message saying what to do. */
    public enum Problem {
        NOT_FOUND, FOLDER, NOT_READABLE, EMPTY, NOT_SQLITE, NOT_OURS, NEWER_VERSION, TRUNCATED, DAMAGED,
        /** Its structure is not what Trackwork made: another program added or altered tables, triggers or views. */
        CHANGED_BY_OTHER_PROGRAM,
        READ_ONLY, IN_USE, OPEN_HERE, ALREADY_EXISTS,
        /** Its -wal and -shm are open in another process (or a window here) that does not hold the file. */
        JOURNAL_IN_USE,
        /** The folder the workbook is to be made in cannot be written; the detail names it. */
        FOLDER_NOT_WRITABLE,
        DISK_FULL,
        /** A copy or backup that belongs to another workbook. */
        OTHER_WORKBOOK,
        IO
    }

    private final Problem problem;
    private final Path path;
    private final String detail;

    public WorkbookException(Problem problem, Path path, String detail) {
        this(problem, path, detail, null);
    }

    public WorkbookException(Problem problem, Path path, String detail, Throwable cause) {
        super(problem + ": " + path + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"), cause);
        this.problem = problem;
        this.path = path;
        this.detail = detail == null ? "" : detail;
    }

    public Problem problem() {
        return problem;
    }

    public Path path() {
        return path;
    }

    /** Extra facts for the message, such as who holds the lock; may be empty. */
    public String detail() {
        return detail;
    }
}
