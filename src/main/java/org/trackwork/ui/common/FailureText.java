package org.trackwork.ui.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.domain.Refusal;
import org.trackwork.service.BackupFailed;
import org.trackwork.store.StoreException;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookGone;

/**
 * Says why something failed in words a manager can act on: the domain's own words for a rule, the real cause for a
 * full disk, a file that refused the write or a workbook another program took away, and a general sentence for the
 * rest. Never the text of a Java exception, which the log has.
 */
public final class FailureText {

    private static final Logger LOG = LoggerFactory.getLogger(FailureText.class);

    private FailureText() {
    }

    /** Why an edit was not saved, to follow "Not saved: ". */
    public static String ofEdit(Throwable failure) {
        return of(failure, "edit.failed.io");
    }

    /** Why a read failed, to follow "Could not read the workbook: ". */
    public static String ofRead(Throwable failure) {
        return of(failure, "read.failed.io");
    }

    /** Why writing a file (a PDF, a picture, a copy) failed. */
    public static String ofFile(Throwable failure) {
        return of(failure, "failure.file");
    }

    /**
     * What is wrong with a value that was refused: a rule's own words, or for any other exception a general
     * sentence, with the exception's class and place in the log (not its text, which may quote what was typed).
     */
    public static String ofValue(RuntimeException problem) {
        if (problem instanceof Refusal refusal) {
            return Messages.of(refusal);
        }
        StackTraceElement[] where = problem.getStackTrace();
        LOG.warn("A value was not accepted: {} at {}", problem.getClass().getName(),
                where.length == 0 ? "?" : where[0]);
        return Messages.get("validation.invalid");
    }

    private static String of(Throwable failure, String otherwise) {
        if (failure instanceof Refusal refusal) {
            return Messages.of(refusal);
        }
        if (failure instanceof WorkbookGone) {
            return Messages.get("edit.failed.gone");
        }
        if (failure instanceof WorkbookException problem) {
            return WorkbookProblemText.of(problem);
        }
        if (failure instanceof BackupFailed backup) {
            return Messages.get("failure.backup." + backup.why().name(), backup.folder().toString());
        }
        StoreException.Cause cause = StoreException.causeOf(failure);
        if (failure instanceof StoreException store) {
            cause = store.why();
        }
        return switch (cause) {
            case DISK_FULL -> Messages.get("failure.diskFull");
            case WRITE_REFUSED -> Messages.get("failure.writeRefused");
            case DAMAGED -> Messages.get("failure.damaged");
            case GONE -> Messages.get("edit.failed.gone");
            case OTHER -> ioText(failure).orElseGet(() -> Messages.get(otherwise));
        };
    }

    private static java.util.Optional<String> ioText(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return java.util.Optional.of(Messages.get("failure.accessDenied"));
            }
            if (t instanceof NoSuchFileException) {
                return java.util.Optional.of(Messages.get("failure.noFolder"));
            }
            if (t instanceof IOException) {
                return java.util.Optional.of(Messages.get("failure.file"));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * True for a failure that is expected in use (a rule of the domain, a file that is not a workbook, a full disk, a
     * user's cancel): logged in one line, where a fault of Trackwork's is logged with its stack.
     */
    public static boolean expected(Throwable failure) {
        return failure instanceof Refusal || failure instanceof WorkbookException || failure instanceof BackupFailed
                || failure instanceof java.util.concurrent.CancellationException
                || failure instanceof StoreException store && store.expected()
                || StoreException.causeOf(failure) != StoreException.Cause.OTHER;
    }
}
