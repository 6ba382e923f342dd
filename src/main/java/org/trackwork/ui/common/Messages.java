package org.trackwork.ui.common;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.trackwork.domain.Refusal;
import org.trackwork.service.RefusalText;

/**
 * The user-visible strings of {@code messages.properties}, for code; FXML reads the same bundle with %key. Every
 * number and date the window shows, inside a message or not, is written in one locale: {@link #locale()}.
 */
public final class Messages {

    public static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.trackwork.ui.messages");

    /** The user's formatting locale, taken once, so that no two parts of the window write a number differently. */
    private static final Locale LOCALE = Locale.getDefault(Locale.Category.FORMAT);

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, LOCALE).format(arguments);
    }

    /**
     * A refusal in words: its key looked up here and then among the domain's refusals, its arguments (numbers,
     * dates, the name of a field) written in {@link #locale()}.
     */
    public static String of(Refusal refusal) {
        return RefusalText.of(refusal, LOCALE, BUNDLE);
    }

    /** The one locale of every number and date shown: in messages, in date fields, in station values. */
    public static Locale locale() {
        return LOCALE;
    }

    /** Dates written in the style given, in {@link #locale()}. */
    public static DateTimeFormatter dates(FormatStyle style) {
        return DateTimeFormatter.ofLocalizedDate(style).withLocale(LOCALE);
    }

    /** Dates with their time of day, in {@link #locale()}. */
    public static DateTimeFormatter dateTimes(FormatStyle style) {
        return DateTimeFormatter.ofLocalizedDateTime(style).withLocale(LOCALE);
    }
}
