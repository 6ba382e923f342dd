package org.trackwork.ui.print;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.print.PageImages;
import org.trackwork.print.PdfOutput;
import org.trackwork.print.PlanPrintout;
import org.trackwork.print.PrintDocument;
import org.trackwork.service.BackgroundTask;
import org.trackwork.ui.common.DialogService;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.ProgressHandle;
import org.trackwork.ui.common.WorkbookSession;

/**
 * One document on its way to a printer whose page is set up. It is laid out, and each page drawn, on the writer
 * thread, one page at a time; only handing a page to the printer happens on the FX thread, so a long plan or a
 * whole crew never freezes the window. Jobs of more than one page or person show progress with Cancel.
 */
final class PrintRun {

    private static final Logger LOG = LoggerFactory.getLogger(PrintRun.class);
    /** Enough for crisp text on an office printer while a page stays a few megabytes in memory. */
    private static final float DPI = 200;
    /** Of the progress bar of many people, the part for laying them out; drawing the pages takes the rest. */
    private static final double LAID_OUT_SHARE = 0.2;

    private final WorkbookSession session;
    private final String title;
    private final PagePrinter.Job job;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private ProgressHandle progress;
    private double pagesFrom;
    private PageImages pages;
    private String documentTitle;

    PrintRun(WorkbookSession session, String title, PagePrinter.Job job) {
        this.session = session;
        this.title = title;
        this.job = job;
    }

    /** @param printouts the people in the document, named in the progress while they are laid out */
    void start(PrintDocument document, List<PlanPrintout> printouts) {
        PdfOutput.Progress layout = PdfOutput.Progress.NONE;
        if (printouts.size() > 1) {
            showProgress();
            pagesFrom = LAID_OUT_SHARE;
            layout = new LayoutProgress(printouts, progress, cancelled, LAID_OUT_SHARE,
                    Messages.get("print.printing.preparing"));
        }
        PdfOutput.Progress laidOut = layout;
        documentTitle = document.title();
        BackgroundTask.wrap(() -> PageImages.of(PdfOutput.bytes(document, laidOut))).onSuccess(opened -> {
            pages = opened;
            if (progress == null && pages.count() > 1) {
                showProgress();
            }
            next(0);
        }).onFailure(this::failed).executeWith(session.runner());
    }

    private void next(int page) {
        if (cancelled.get()) {
            failed(new CancellationException("Printing was cancelled."));
            return;
        }
        if (page == pages.count()) {
            finish();
            return;
        }
        if (progress != null) {
            progress.update(pagesFrom + (1 - pagesFrom) * page / pages.count(),
                    Messages.get("print.printing.page", page + 1, pages.count()));
        }
        BackgroundTask.wrap(() -> pages.draw(page, DPI)).onSuccess(image -> {
            if (!cancelled.get()) {
                try {
                    job.print(image);
                } catch (IOException e) {
                    failed(e);
                    return;
                }
            }
            next(page + 1);
        }).onFailure(this::failed).executeWith(session.runner());
    }

    private void finish() {
        closeAll();
        if (job.end()) {
            dialogs().notify(Messages.get("print.print.done", documentTitle));
        } else {
            dialogs().showError(title, Messages.get("print.print.failed", Messages.get("print.print.notTaken")));
        }
    }

    private void failed(Throwable failure) {
        job.cancel();
        closeAll();
        if (failure instanceof CancellationException) {
            dialogs().notify(Messages.get("print.printing.cancelled"));
        } else {
            LOG.warn("Printing failed: {}", failure.toString());
            dialogs().showError(title, Messages.get("print.print.failed", PrintCommands.reason(failure)));
        }
    }

    private void showProgress() {
        progress = dialogs().showProgress(title, () -> cancelled.set(true));
    }

    /** Called only while no page is being drawn, so the document is never closed under the writer thread. */
    private void closeAll() {
        if (progress != null) {
            progress.close();
        }
        if (pages != null) {
            try {
                pages.close();
            } catch (IOException e) {
                LOG.warn("The printed PDF did not close: {}", e.toString());
            }
        }
    }

    private DialogService dialogs() {
        return session.dialogs();
    }
}
