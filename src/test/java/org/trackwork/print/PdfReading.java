package org.trackwork.print;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads a PDF back the way a person or a search would: its text, where each glyph sits, and its pages drawn. */
final class PdfReading implements AutoCloseable {

    /** Where one glyph of text was placed, in PDF points with the origin at the page's top left. */
    record Glyph(int page, String text, float x, float y, float width, float pageWidth, float pageHeight) {
    }

    private final PDDocument document;

    PdfReading(byte[] pdf) throws IOException {
        this.document = Loader.loadPDF(pdf);
    }

    int pages() {
        return document.getNumberOfPages();
    }

    String text() throws IOException {
        return new PDFTextStripper().getText(document);
    }

    String textOfPage(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    List<Glyph> glyphs() throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition position : positions) {
                    glyphs.add(new Glyph(getCurrentPageNo(), position.getUnicode(), position.getXDirAdj(),
                            position.getYDirAdj(), position.getWidthDirAdj(), position.getPageWidth(),
                            position.getPageHeight()));
                }
            }
        };
        stripper.getText(document);
        return glyphs;
    }

    BufferedImage render(int pageIndex, float dpi) throws IOException {
        return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi);
    }

    /** The share of a page's pixels that are not white. */
    static double inkShare(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
                    inked++;
                }
            }
        }
        return inked / (double) (image.getWidth() * image.getHeight());
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
