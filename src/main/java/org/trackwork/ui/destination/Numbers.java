package org.trackwork.ui.destination;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.trackwork.ui.common.Messages;

/** Reading and writing the numbers and dates of stations as a person types and reads them, in one locale. */
final class Numbers {

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);

    private Numbers() {
    }

    /** Parses a number typed with a point or a comma, or as the locale writes it; NaN when it is not one. */
    static double parse(String text) {
        return parse(text, Messages.locale());
    }

    static double parse(String text, Locale locale) {
        if (text == null) {
            return Double.NaN;
        }
        String typed = text.strip();
        try {
            return finite(Double.parseDouble(typed.replace(',', '.')));
        } catch (NumberFormatException e) {
            // perhaps in the locale's own digits, as format writes them there
        }
        ParsePosition position = new ParsePosition(0);
        Number number = format(locale).parse(typed, position);
        return number == null || typed.isEmpty() || position.getIndex() != typed.length() ? Double.NaN
                : finite(number.doubleValue());
    }

    static String problem(String text, String what) {
        return Double.isNaN(parse(text)) ? Messages.get("number.problem", what) : null;
    }

    static String format(double value) {
        return format(value, Messages.locale());
    }

    /** Without grouping, so that what is shown in a field reads back as the same number. */
    static String format(double value, Locale locale) {
        return format(locale).format(value);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static DecimalFormat format(Locale locale) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(locale));
    }

    private static double finite(double value) {
        return Double.isFinite(value) ? value : Double.NaN;
    }
}
