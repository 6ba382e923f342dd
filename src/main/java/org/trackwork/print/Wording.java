package org.trackwork.print;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The words a document is printed with, looked up by key in the app's messages, so that the print package
 * holds no user-visible text of its own and does not reach up into the UI for it.
 */
@FunctionalInterface
public interface Wording {

    String get(String key, Object... arguments);

    /** The locale the words write their numbers in; a document writes its dates in it too. */
    default Locale locale() {
        return Locale.getDefault(Locale.Category.FORMAT);
    }

    /** Dates in the style given, written as the words write their numbers. */
    default DateTimeFormatter dates(FormatStyle style) {
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(locale());
    }
}
