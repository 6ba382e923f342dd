package org.trackwork.ui.destination;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.trackwork.ui.common.Messages;

/** Reading and writing the numbers and dates of stations as a person types and reads them. */
final class Numbers {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private Numbers() {
    }

    /** Parses a number typed with a point or a comma; NaN when it is not one. */
    static double parse(String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException | NullPointerException e) {
            return Double.NaN;
        }
    }

    static String problem(String text, String what) {
        return Double.isNaN(parse(text)) ? Messages.get("number.problem", what) : null;
    }

    static String format(double value) {
        DecimalFormat format = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value);
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
