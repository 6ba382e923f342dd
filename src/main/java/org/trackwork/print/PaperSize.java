package org.trackwork.print;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The paper a document is laid out on, in PDF points; Letter where people use it, A4 elsewhere. */
public enum PaperSize {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    /** Countries that print on Letter rather than A4 (the Americas that use US paper, and the Philippines). */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT",
            "PR", "CR", "PA", "DO", "SV", "NI", "HN", "BZ");

    /** How far, in points, a printer's sheet may differ from a paper and still be that paper. */
    static final double SHEET_TOLERANCE = 2;

    private final float width;
    private final float height;

    PaperSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    /** The paper people in the locale's country buy, A4 when the locale names no country. */
    public static PaperSize forLocale(Locale locale) {
        return LETTER_COUNTRIES.contains(locale.getCountry()) ? LETTER : A4;
    }

    /**
     * The paper remembered in the settings, or the locale's when none was remembered or the name is not one we
     * know (a settings file edited by hand, or from a later version).
     */
    public static PaperSize remembered(String name, Locale locale) {
        return Arrays.stream(values()).filter(size -> size.name().equals(name)).findFirst()
                .orElseGet(() -> forLocale(locale));
    }

    /**
     * The paper a printer's sheet is, given in points in either orientation; empty for any other sheet. Printer
     * drivers round sizes to whole points or millimetres, so they match within {@link #SHEET_TOLERANCE}.
     */
    public static Optional<PaperSize> ofSheet(double width, double height) {
        double shorter = Math.min(width, height);
        double longer = Math.max(width, height);
        return Arrays.stream(values()).filter(size -> Math.abs(size.width - shorter) <= SHEET_TOLERANCE
                && Math.abs(size.height - longer) <= SHEET_TOLERANCE).findFirst();
    }

    /** Width of the sheet in portrait, in points. */
    public float width() {
        return width;
    }

    /** Height of the sheet in portrait, in points. */
    public float height() {
        return height;
    }
}
