package org.trackwork.print;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, measured with the fonts the text is set in; words longer than a line,
 * and scripts written without spaces, are broken between characters.
 */
final class LineBreaker {

    private final FontSet fonts;

    LineBreaker(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The lines of the text in reading order; line breaks in the text are kept. Empty text gives no lines. */
    List<String> lines(String text, boolean strong, float size, float width) {
        List<String> lines = new ArrayList<>();
        String clean = printable(text).strip();
        if (clean.isEmpty()) {
            return lines;
        }
        float space = fonts.width(" ", strong, size);
        for (String paragraph : clean.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (String word : paragraph.strip().split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                float wordWidth = fonts.width(word, strong, size);
                if (line.length() > 0 && lineWidth + space + wordWidth <= width) {
                    line.append(' ').append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                boolean tooLong = wordWidth > width;
                if (tooLong) {
                    List<String> pieces = pieces(word, strong, size, width);
                    lines.addAll(pieces.subList(0, pieces.size() - 1));
                    rest = pieces.get(pieces.size() - 1);
                }
                line.append(rest);
                lineWidth = tooLong ? fonts.width(rest, strong, size) : wordWidth;
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The longest piece of text that fits the width, ending with an ellipsis when it was cut. */
    String cut(String text, boolean strong, float size, float width) {
        String clean = printable(text).replace('\n', ' ').strip();
        if (fonts.width(clean, strong, size) <= width) {
            return clean;
        }
        float room = width - fonts.width("…", strong, size);
        return pieces(clean, strong, size, Math.max(room, 1)).get(0).strip() + "…";
    }

    private List<String> pieces(String word, boolean strong, float size, float width) {
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        float pieceWidth = 0;
        for (int i = 0; i < word.length(); ) {
            int codePoint = word.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            float characterWidth = fonts.width(character, strong, size);
            if (piece.length() > 0 && pieceWidth + characterWidth > width) {
                pieces.add(piece.toString());
                piece.setLength(0);
                pieceWidth = 0;
            }
            piece.append(character);
            pieceWidth += characterWidth;
            i += Character.charCount(codePoint);
        }
        pieces.add(piece.toString());
        return pieces;
    }

    /**
     * The text with tabs as spaces, line ends as one kind, and control and format characters (such as bidi marks)
     * taken out, as no font draws them.
     */
    static String printable(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder out = new StringBuilder(lines.length());
        lines.codePoints().forEach(codePoint -> {
            int type = Character.getType(codePoint);
            if (codePoint == '\n' || (type != Character.CONTROL && type != Character.FORMAT
                    && type != Character.UNASSIGNED && type != Character.SURROGATE)) {
                out.appendCodePoint(codePoint);
            }
        });
        return out.toString();
    }
}
