package org.trackwork.domain;

import java.util.List;

/**
 * Validation shared by the domain records, refused with keys a user reads as a sentence. Each {@code what} is the
 * message key of the field's name ({@code field.title}), so the name is put in words with the sentence.
 */
public final class Require {

    /** Longest name or title: one line a person would type. */
    public static final int SHORT_TEXT_MAX = 300;
    /** Longest free text (notes, statements): room for long notes, not for a pasted file. */
    public static final int LONG_TEXT_MAX = 200_000;

    private Require() {
    }

    /** A non-blank single value such as a name or title, trimmed. */
    public static String filled(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new Refusal("refusal.required", new Refusal.Key(what));
        }
        return within(value.strip(), what, SHORT_TEXT_MAX);
    }

    /** Optional short text; null becomes empty. */
    public static String shortText(String value, String what) {
        return within(value == null ? "" : value.strip(), what, SHORT_TEXT_MAX);
    }

    /** Optional long text kept exactly as typed; null becomes empty. */
    public static String longText(String value, String what) {
        return within(value == null ? "" : value, what, LONG_TEXT_MAX);
    }

    /** A long text that must say something, such as the reason for a shift. */
    public static String longFilled(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new Refusal("refusal.required", new Refusal.Key(what));
        }
        return within(value, what, LONG_TEXT_MAX);
    }

    public static <T> T present(T value, String what) {
        if (value == null) {
            throw new Refusal("refusal.required", new Refusal.Key(what));
        }
        return value;
    }

    public static <T> List<T> listOf(List<T> values, String what) {
        return List.copyOf(present(values, what));
    }

    public static int notNegative(int value, String what) {
        if (value < 0) {
            throw new Refusal("refusal.negative", new Refusal.Key(what));
        }
        return value;
    }

    public static double finite(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new Refusal("refusal.notANumber", new Refusal.Key(what));
        }
        return value;
    }

    private static String within(String value, String what, int max) {
        if (value.length() > max) {
            throw new Refusal("refusal.tooLong", new Refusal.Key(what), value.length(), max);
        }
        if (value.indexOf('\0') >= 0) {
            throw new Refusal("refusal.nul", new Refusal.Key(what));
        }
        if (hasLoneSurrogate(value)) {
            throw new Refusal("refusal.loneSurrogate", new Refusal.Key(what));
        }
        return value;
    }

    /** Half a surrogate pair has no UTF-8 form: the store would silently turn it into a question mark. */
    private static boolean hasLoneSurrogate(String value) {
        // Paired surrogates come out of codePoints() as one supplementary code point; only a lone half stays one.
        return value.codePoints().anyMatch(codePoint -> Character.getType(codePoint) == Character.SURROGATE);
    }
}
