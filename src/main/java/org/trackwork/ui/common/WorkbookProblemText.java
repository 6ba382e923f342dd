package org.trackwork.ui.common;

import java.nio.file.Path;
import org.trackwork.store.WorkbookException;

/** Says, for each way a workbook can fail to open, what is wrong and what to do about it. */
public final class WorkbookProblemText {

    private WorkbookProblemText() {
    }

    public static String of(WorkbookException problem) {
        String key = "workbook.problem." + problem.problem().name();
        if ((problem.problem() == WorkbookException.Problem.IN_USE
                || problem.problem() == WorkbookException.Problem.JOURNAL_IN_USE) && problem.detail().isBlank()) {
            key += ".unknown";
        }
        return Messages.get(key, fileName(problem.path()), problem.detail(), problem.path().toString());
    }

    /** The name a message gives a file: its own name, or the whole path when it has none (a root). */
    public static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
