package org.trackwork.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Calendar;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a document as a PDF with PDFBox: laid out into pages, fonts embedded as subsets, text selectable.
 * A file is written beside its target first and moved into place, so a failed or cancelled export leaves no
 * half-written PDF behind.
 */
public final class PdfOutput {

    /** The fonts parsed once are shared between documents, and PDFBox fonts are not safe across threads. */
    private static final Object FONTS_IN_USE = new Object();

    private PdfOutput() {
    }

    /** Hears after each section is laid out, and may stop the export. */
    @FunctionalInterface
    public interface Progress {

        Progress NONE = (done, total) -> true;

        /** @return false to stop: the export then ends with a {@link CancellationException} */
        boolean sectionDone(int done, int total);

        /**
         * Hears that every section is laid out and the file is about to be written: fonts subset and saved, the
         * last stretch, which can no longer be stopped once begun.
         *
         * @return false to stop before writing, as for {@link #sectionDone}
         */
        default boolean writing() {
            return true;
        }
    }

    /** Writes the document to a PDF file, replacing the file when it exists. */
    public static void write(PrintDocument document, Path target) throws IOException {
        write(document, target, Progress.NONE);
    }

    /**
     * Writes the document to a PDF file, telling the progress after each section.
     *
     * @throws CancellationException when the progress stopped it; no file is left behind then
     */
    public static void write(PrintDocument document, Path target, Progress progress) throws IOException {
        Path partial = partialFileOf(target);
        try {
            try (OutputStream out = Files.newOutputStream(partial)) {
                write(document, out, progress);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** The file a PDF is written to before it is moved to the target; it never stays once the export ends. */
    public static Path partialFileOf(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".part");
    }

    /** The PDF as bytes, for the printer path, which renders the same pages. */
    public static byte[] bytes(PrintDocument document) {
        return bytes(document, Progress.NONE);
    }

    /**
     * The PDF as bytes, telling the progress after each section.
     *
     * @throws CancellationException when the progress stopped it
     */
    public static byte[] bytes(PrintDocument document, Progress progress) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(document, out, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void write(PrintDocument document, OutputStream out, Progress progress) throws IOException {
        synchronized (FONTS_IN_USE) {
            try (PDDocument pdf = new PDDocument()) {
                describe(pdf, document);
                FontSet fonts = new FontSet(pdf);
                PageLayout layout = new PageLayout(document, fonts);
                int total = document.sections().size();
                for (int i = 0; i < total; i++) {
                    for (Page page : layout.pages(document.sections().get(i))) {
                        draw(pdf, fonts, page);
                    }
                    if (!progress.sectionDone(i + 1, total)) {
                        throw new CancellationException("The export was cancelled.");
                    }
                }
                if (!progress.writing()) {
                    throw new CancellationException("The export was cancelled.");
                }
                pdf.save(out);
            }
        }
    }

    private static void describe(PDDocument pdf, PrintDocument document) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        info.setTitle(document.title());
        info.setCreator("Trackwork");
        info.setProducer("Trackwork with Apache PDFBox");
        info.setCreationDate(Calendar.getInstance());
    }

    private static void draw(PDDocument pdf, FontSet fonts, Page page) throws IOException {
        PDPage pdfPage = new PDPage(new PDRectangle(page.width(), page.height()));
        pdf.addPage(pdfPage);
        float top = page.height();
        try (PDPageContentStream content = new PDPageContentStream(pdf, pdfPage)) {
            for (Mark mark : page.marks()) {
                if (mark instanceof Mark.Box box) {
                    content.setNonStrokingColor(box.fill());
                    content.addRect(box.x(), top - box.y() - box.height(), box.width(), box.height());
                    content.fill();
                } else if (mark instanceof Mark.Rule rule) {
                    content.setStrokingColor(rule.color());
                    content.setLineWidth(rule.thickness());
                    content.moveTo(rule.x1(), top - rule.y1());
                    content.lineTo(rule.x2(), top - rule.y2());
                    content.stroke();
                } else if (mark instanceof Mark.Text text) {
                    content.beginText();
                    content.setNonStrokingColor(text.color());
                    content.newLineAtOffset(text.x(), top - text.y());
                    for (FontSet.Run run : fonts.runs(text.text(), text.strong())) {
                        content.setFont(run.font(), text.size());
                        content.showText(run.text());
                    }
                    content.endText();
                } else if (mark instanceof Mark.Image image) {
                    PDImageXObject picture = LosslessFactory.createFromImage(pdf, image.image());
                    content.drawImage(picture, image.x(), top - image.y() - image.height(), image.width(),
                            image.height());
                }
            }
        }
    }
}
