package org.trackwork.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * A text in which a search marked what matched: each match starts with {@link #START} (U+0002) and ends with
 * {@link #END} (U+0003). The search never stores these two control characters in what it searches (they are
 * replaced by spaces there), so every one in a marked text is a mark.
 */
public record MarkedText(String marked) {

    public static final char START = '\u0002';
    public static final char END = '\u0003';
    public static final MarkedText EMPTY = new MarkedText("");

    public MarkedText {
        marked = marked == null ? "" : marked;
    }

    /** Text that came from elsewhere, with any mark characters in it made spaces: nothing in it is marked. */
    public static MarkedText unmarked(String text) {
        return new MarkedText(text == null ? "" : text.replace(START, ' ').replace(END, ' '));
    }

    /** A piece of the text, and whether it matched. */
    public record Part(String text, boolean match) {
    }

    /** The text without its marks. */
    public String plain() {
        return marked.replace(String.valueOf(START), "").replace(String.valueOf(END), "");
    }

    public boolean isEmpty() {
        return marked.isEmpty();
    }

    /** True when some of the text matched. */
    public boolean hasMatch() {
        return marked.indexOf(START) >= 0;
    }

    /** The text in pieces, matched and not, in order; a mark left open runs to the end. Never an empty piece. */
    public List<Part> parts() {
        List<Part> parts = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean inMatch = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            if (c == START || c == END) {
                if (piece.length() > 0) {
                    parts.add(new Part(piece.toString(), inMatch));
                    piece.setLength(0);
                }
                inMatch = c == START;
            } else {
                piece.append(c);
            }
        }
        if (piece.length() > 0) {
            parts.add(new Part(piece.toString(), inMatch));
        }
        return parts;
    }
}
