package org.trackwork.print;

import java.text.Bidi;

/**
 * Puts one line of text into the order its characters appear on paper, so that Hebrew and other right-to-left
 * words read correctly inside a left-to-right page. Arabic letters also need joining forms, which this does not
 * do: they print in their isolated forms.
 */
final class VisualOrder {

    private VisualOrder() {
    }

    static String of(String line) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
        int count = bidi.getRunCount();
        byte[] levels = new byte[count];
        Object[] runs = new Object[count];
        for (int i = 0; i < count; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            runs[i] = levels[i] % 2 == 1 ? mirrored(run) : run;
        }
        Bidi.reorderVisually(levels, 0, runs, 0, count);
        StringBuilder visual = new StringBuilder(line.length());
        for (Object run : runs) {
            visual.append(run);
        }
        return visual.toString();
    }

    /** A right-to-left run reversed, with brackets turned so that they still open toward their content. */
    private static String mirrored(String run) {
        StringBuilder reversed = new StringBuilder(run).reverse();
        for (int i = 0; i < reversed.length(); i++) {
            int at = "()[]{}<>«»".indexOf(reversed.charAt(i));
            if (at >= 0) {
                reversed.setCharAt(i, ")(][}{><»«".charAt(at));
            }
        }
        return reversed.toString();
    }
}
