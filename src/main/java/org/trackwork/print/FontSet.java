package org.trackwork.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts a document is set in, embedded as subsets so that any name prints and the text stays selectable:
 * DejaVu Sans for Latin, Greek, Cyrillic, Hebrew and Arabic letters, and Droid Sans Fallback for Chinese,
 * Japanese and Korean. Each piece of text is split into runs by which font has its glyphs.
 * The parsed font files are shared by every document; the fallback is embedded only in documents that need it.
 */
final class FontSet {

    private static final String FOLDER = "/org/trackwork/print/fonts/";
    private static final Map<File, TrueTypeFont> PARSED = new EnumMap<>(File.class);

    /** A stretch of text drawn in one font. */
    record Run(String text, PDType0Font font) {
    }

    private enum File {
        REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf"), FALLBACK("DroidSansFallbackFull.ttf");

        private final String name;

        File(String name) {
            this.name = name;
        }
    }

    /** A font embedded in the document, with the table that says which characters it has. */
    private record Face(PDType0Font font, CmapLookup characters) {
        boolean has(int codePoint) {
            return characters.getGlyphId(codePoint) != 0;
        }
    }

    private final PDDocument document;
    private final Face regular;
    private final Face bold;
    private Face fallback;

    FontSet(PDDocument document) {
        this.document = document;
        this.regular = embed(File.REGULAR);
        this.bold = embed(File.BOLD);
    }

    /** Splits text into runs of one font each: the main font where it has the glyph, else the fallback. */
    List<Run> runs(String text, boolean strong) {
        Face main = strong ? bold : regular;
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Face currentFace = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            Face face = faceFor(codePoint, main);
            if (!face.has(codePoint)) {
                // a character no font has prints as a question mark rather than failing the whole document
                codePoint = Character.isWhitespace(codePoint) ? ' ' : '?';
            }
            if (face != currentFace && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFace.font()));
                current.setLength(0);
            }
            currentFace = face;
            current.appendCodePoint(codePoint);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFace.font()));
        }
        return runs;
    }

    /** Width of the text at the size, in points, as {@link #runs} sets it. */
    float width(String text, boolean strong, float size) {
        float width = 0;
        for (Run run : runs(text, strong)) {
            try {
                width += run.font().getStringWidth(run.text()) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException("No width for a run of text.", e);
            }
        }
        return width;
    }

    private Face faceFor(int codePoint, Face main) {
        if (main.has(codePoint)) {
            return main;
        }
        if (fallback == null) {
            fallback = embed(File.FALLBACK);
        }
        return fallback.has(codePoint) ? fallback : main;
    }

    private Face embed(File file) {
        try {
            TrueTypeFont parsed = parsed(file);
            return new Face(PDType0Font.load(document, parsed, true), parsed.getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled font " + file.name + " could not be read.", e);
        }
    }

    private static TrueTypeFont parsed(File file) throws IOException {
        synchronized (PARSED) {
            TrueTypeFont font = PARSED.get(file);
            if (font == null) {
                try (InputStream in = Objects.requireNonNull(FontSet.class.getResourceAsStream(FOLDER + file.name),
                        "Font " + file.name + " is missing from the build.")) {
                    font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                }
                PARSED.put(file, font);
            }
            return font;
        }
    }
}
