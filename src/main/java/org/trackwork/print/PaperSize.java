package org.trackwork.print;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** The paper a document is laid out on, in PDF points; Letter where people use it, A4 elsewhere. */
public enum PaperSize {
    A4(595.28f, 841.89f),
    LETTER(612f, 792f);

    /** Countries that print on Letter rather than A4 (the Americas that use US paper, and the Philippines). */
    private static final Set<String> LETTER_COUNTRIES = Set.of("US", "CA", "MX", "PH", "CL", "CO", "VE", "GT",
            "PR", "CR", "PA", "DO", "SV", "NI", "HN", "BZ");

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

    /** Width of the sheet in portrait, in points. */
    public float width() {
        return width;
    }

    /** Height of the sheet in portrait, in points. */
    public float height() {
        return height;
    }
}
