package org.trackwork.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Reading or writing an open workbook failed; the edit in progress was rolled back. */
public class StoreException extends RuntimeException {

    /** Why, in the terms a message to the user needs. */
    public enum Cause {
        /** The disk (or the file system's quota) is full. */
        DISK_FULL,
        /** The file or its folder refused the write: made read-only, or the disk went read-only. */
        WRITE_REFUSED,
        /** The file is damaged. */
        DAMAGED,
        /** The file was moved, replaced, deleted or changed by another program while open. */
        GONE,
        /** Anything else: unexpected. */
        OTHER
    }

    private final Cause cause;

    public StoreException(String message, Throwable cause) {
        this(message, cause, causeOf(cause));
    }

    protected StoreException(String message, Throwable cause, Cause why) {
        super(message, cause);
        this.cause = why;
    }

    public Cause why() {
        return cause;
    }

    /** True for the failures that have a cause a user can act on, as opposed to a fault of Trackwork's. */
    public boolean expected() {
        return cause != Cause.OTHER;
    }

    /** The cause of a failure of the store or the file system, as far as it can be told. */
    public static Cause causeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return causeOf(sqlite.getResultCode());
            }
            if (t instanceof SQLException sql && sql.getMessage() != null) {
                String text = sql.getMessage();
                if (text.contains("SQLITE_FULL")) {
                    return Cause.DISK_FULL;
                }
                if (text.contains("SQLITE_READONLY")) {
                    return Cause.WRITE_REFUSED;
                }
            }
            if (t instanceof java.io.IOException io && io.getMessage() != null
                    && io.getMessage().contains("No space left on device")) {
                return Cause.DISK_FULL;
            }
        }
        return Cause.OTHER;
    }

    private static Cause causeOf(SQLiteErrorCode code) {
        if (code == null) {
            return Cause.OTHER;
        }
        String name = code.name();
        if (name.equals("SQLITE_FULL")) {
            return Cause.DISK_FULL;
        }
        if (name.equals("SQLITE_READONLY_DBMOVED")) {
            return Cause.GONE;
        }
        if (name.startsWith("SQLITE_READONLY") || name.equals("SQLITE_PERM") || name.equals("SQLITE_CANTOPEN")) {
            return Cause.WRITE_REFUSED;
        }
        if (name.startsWith("SQLITE_CORRUPT") || name.equals("SQLITE_NOTADB")) {
            return Cause.DAMAGED;
        }
        return Cause.OTHER;
    }
}
