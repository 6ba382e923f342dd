package org.trackwork.ui.print;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.trackwork.print.PdfOutput;
import org.trackwork.print.PlanPrintout;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.ProgressHandle;

/**
 * Shows the laying out of many plans in a progress window: a share of the bar for the people, then a last message
 * for the save, which is slow for a large crew and cannot be stopped; Cancel counts until the save begins.
 */
final class LayoutProgress implements PdfOutput.Progress {

    private final List<PlanPrintout> printouts;
    private final ProgressHandle progress;
    private final AtomicBoolean cancelled;
    private final double share;
    private final String saving;

    /**
     * @param share  of the bar the people take, between 0 and 1
     * @param saving what the window says while the PDF is saved
     */
    LayoutProgress(List<PlanPrintout> printouts, ProgressHandle progress, AtomicBoolean cancelled, double share,
                   String saving) {
        this.printouts = printouts;
        this.progress = progress;
        this.cancelled = cancelled;
        this.share = share;
        this.saving = saving;
    }

    @Override
    public boolean sectionDone(int done, int total) {
        String next = done < total ? printouts.get(done).person().name() : "";
        progress.update(share * done / total, Messages.get("print.all.progress", next, done, total));
        return !cancelled.get();
    }

    @Override
    public boolean writing() {
        progress.update(share, saving);
        return !cancelled.get();
    }
}
