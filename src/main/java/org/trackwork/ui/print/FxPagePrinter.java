package org.trackwork.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.trackwork.print.PaperSize;

/**
 * Prints through JavaFX's PrinterJob the pictures of the very PDF pages that Export writes, so paper and PDF show
 * the same layout. The pages are drawn elsewhere; this only sets the page up and hands them over, on the FX
 * thread, as PrinterJob needs.
 */
public final class FxPagePrinter implements PagePrinter {

    private final Supplier<Window> owner;

    public FxPagePrinter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean available() {
        return Printer.getDefaultPrinter() != null;
    }

    @Override
    public Optional<Job> start(String jobName, PaperSize paper) throws IOException {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            throw new IOException("No printer job could be started.");
        }
        job.getJobSettings().setJobName(jobName);
        job.getJobSettings().setPageLayout(job.getPrinter().createPageLayout(
                paper == PaperSize.LETTER ? Paper.NA_LETTER : Paper.A4, PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM));
        if (!job.showPageSetupDialog(owner.get())) {
            job.cancelJob();
            return Optional.empty();
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        Paper sheet = layout.getPaper();
        return Optional.of(new FxJob(job, layout,
                PaperSize.ofSheet(sheet.getWidth(), sheet.getHeight()).orElse(paper)));
    }

    /** A JavaFX print job with the page layout the user set up. */
    private record FxJob(PrinterJob job, PageLayout layout, PaperSize paper) implements Job {

        @Override
        public void print(BufferedImage page) throws IOException {
            ImageView view = new ImageView(Images.toFx(page));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setFitWidth(layout.getPrintableWidth());
            view.setFitHeight(layout.getPrintableHeight());
            if (!job.printPage(layout, view)) {
                throw new IOException("The printer did not take a page.");
            }
        }

        @Override
        public boolean end() {
            return job.endJob();
        }

        @Override
        public void cancel() {
            job.cancelJob();
        }
    }
}
