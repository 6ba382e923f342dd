package org.trackwork.print;

import java.util.List;

/**
 * What is printed, before it is laid out: sections of blocks, the paper, and the footer's wording.
 *
 * @param title     the PDF's title in its properties
 * @param pageLabel the footer's right part for a page, such as "Page 2 of 3 · printed 27 November 2026"
 */
public record PrintDocument(String title, List<Section> sections, PaperSize paper, boolean landscape,
                            PageLabel pageLabel) {

    /** Words the footer puts on the right of a page. */
    @FunctionalInterface
    public interface PageLabel {
        String of(int page, int pages);
    }

    public PrintDocument {
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("A document needs at least one section.");
        }
    }

    /** Page width in points, turned for landscape. */
    public float pageWidth() {
        return landscape ? paper.height() : paper.width();
    }

    /** Page height in points, turned for landscape. */
    public float pageHeight() {
        return landscape ? paper.width() : paper.height();
    }
}
