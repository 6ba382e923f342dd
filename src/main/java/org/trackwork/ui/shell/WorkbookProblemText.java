package org.trackwork.ui.shell;

import org.trackwork.store.WorkbookException;
import org.trackwork.ui.common.Messages;

/** Says, for each way a workbook can fail to open, what is wrong and what to do about it. */
final class WorkbookProblemText {

    private WorkbookProblemText() {
    }

    static String of(WorkbookException problem) {
        String file = problem.path().getFileName() == null ? problem.path().toString()
                : problem.path().getFileName().toString();
        return Messages.get("workbook.problem." + problem.problem().name(), file, problem.detail(),
                problem.path().toString());
    }
}
