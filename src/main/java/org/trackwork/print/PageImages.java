package org.trackwork.print;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF drawn as pictures one at a time, for the printer, so that a long document never holds every
 * page in memory at once. PDFBox documents are not safe across threads: draw and close on one thread at a time.
 */
public final class PageImages implements Closeable {

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PageImages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static PageImages of(byte[] pdf) throws IOException {
        return new PageImages(Loader.loadPDF(pdf));
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** @param page counted from 0 */
    public BufferedImage draw(int page, float dpi) throws IOException {
        return renderer.renderImageWithDPI(page, dpi);
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
