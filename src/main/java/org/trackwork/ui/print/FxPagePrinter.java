package org.trackwork.ui.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.function.Supplier;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Paper;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.trackwork.print.PaperSize;

/**
 * Prints through JavaFX's PrinterJob by drawing each page of the very PDF that Export writes, so paper and PDF
 * show the same layout. Runs on the FX thread, as PrinterJob needs.
 */
public final class FxPagePrinter implements PagePrinter {

    /** Enough for crisp text on an office printer while a page stays a few megabytes in memory. */
    private static final float DPI = 200;

    private final Supplier<Window> owner;

    public FxPagePrinter(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public boolean available() {
        return Printer.getDefaultPrinter() != null;
    }

    @Override
    public boolean print(byte[] pdf, String jobName, PaperSize paper) throws IOException {
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
            return false;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImageWithDPI(page, DPI);
                ImageView view = new ImageView(Images.toFx(image));
                view.setPreserveRatio(true);
                view.setSmooth(true);
                view.setFitWidth(layout.getPrintableWidth());
                view.setFitHeight(layout.getPrintableHeight());
                if (!job.printPage(layout, view)) {
                    job.cancelJob();
                    throw new IOException("The printer did not take page " + (page + 1) + ".");
                }
            }
        }
        return job.endJob();
    }
}
