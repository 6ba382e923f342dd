package org.trackwork.ui.shell;

import java.nio.file.Path;
import org.trackwork.store.WorkbookException;
import org.trackwork.ui.common.Messages;

/** Says, for each way a workbook can fail to open, what is wrong and what to do about it. */
final class WorkbookProblemText {

    private WorkbookProblemText() {
    }

    static String of(WorkbookException problem) {
        return Messages.get("workbook.problem." + problem.problem().name(), fileName(problem.path()),
                problem.detail(), problem.path().toString());
    }

    /** The name a message gives a file: its own name, or the whole path when it has none (a root). */
    static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
