package org.trackwork.ui.shell;

import org.trackwork.store.WorkbookDiagnosis;

/** For tests outside this package: a finding in the words of the Check Workbook dialog. */
public final class CheckTextProbe {

    private CheckTextProbe() {
    }

    public static String line(WorkbookDiagnosis.Finding finding) {
        return CheckText.line(finding);
    }
}
