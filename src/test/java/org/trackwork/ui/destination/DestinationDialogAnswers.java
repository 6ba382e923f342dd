package org.trackwork.ui.destination;

import java.time.LocalDate;

/** Builds the destination dialog's answers for tests outside its package. */
public final class DestinationDialogAnswers {

    public DestinationDialog.Answer simple(String title, LocalDate horizon) {
        return new DestinationDialog.Answer(title, "", "", horizon, null, null);
    }
}
