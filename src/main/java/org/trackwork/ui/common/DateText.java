package org.trackwork.ui.common;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.trackwork.domain.Refusal;

/**
 * Reads a date as a user types it, strictly: in the short form of their locale (with a two- or four-digit year) or
 * as 2026-12-01. An impossible date such as 2/30/2026 or text that is no date at all is refused in words; a date
 * is never quietly moved to another day.
 */
public final class DateText {

    private static final int QUOTED_MAX = 40;

    private final DateTimeFormatter shown;
    private final List<DateTimeFormatter> strict;
    private final List<DateTimeFormatter> smart;

    private DateText(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        String fourDigits = pattern.replaceAll("y+", "uuuu");
        this.shown = DateTimeFormatter.ofPattern(fourDigits, locale);
        // typed, a day or month may have one digit or two, whatever the locale prints
        String typed = pattern.replaceAll("d+", "d").replaceAll("M+", "M");
        fourDigits = typed.replaceAll("y+", "uuuu");
        String twoDigits = typed.replaceAll("y+", "uu");
        this.strict = List.of(formatter(fourDigits, locale, ResolverStyle.STRICT),
                formatter(twoDigits, locale, ResolverStyle.STRICT),
                DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.STRICT));
        this.smart = List.of(formatter(fourDigits, locale, ResolverStyle.SMART),
                formatter(twoDigits, locale, ResolverStyle.SMART),
                DateTimeFormatter.ISO_LOCAL_DATE.withResolverStyle(ResolverStyle.SMART));
    }

    public static DateText of(Locale locale) {
        return new DateText(locale);
    }

    /** Dates as the user's own locale writes them: the one locale of {@link Messages#locale()}. */
    public static DateText ofUser() {
        return new DateText(Messages.locale());
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale, ResolverStyle style) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withChronology(IsoChronology.INSTANCE).withResolverStyle(style);
    }

    public String format(LocalDate date) {
        return date == null ? "" : shown.format(date);
    }

    /**
     * The date the text names, or empty for blank text.
     *
     * @throws Refusal saying what is wrong, when the text names no date or a day the calendar does not have
     */
    public Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String typed = text.strip();
        for (DateTimeFormatter formatter : strict) {
            try {
                return Optional.of(LocalDate.parse(typed, formatter));
            } catch (DateTimeParseException e) {
                // the next form may read it
            }
        }
        String quoted = typed.length() > QUOTED_MAX ? typed.substring(0, QUOTED_MAX) + "…" : typed;
        for (DateTimeFormatter formatter : smart) {
            try {
                LocalDate.parse(typed, formatter);
                throw new Refusal("date.problem.impossible", quoted);
            } catch (DateTimeParseException e) {
                // not even a date read loosely
            }
        }
        throw new Refusal("date.problem.unreadable", quoted, format(LocalDate.of(2026, 12, 31)));
    }

    /** What is wrong with the text as a date, or empty when it names one (or nothing). */
    public String problemWith(String text) {
        try {
            parse(text);
            return "";
        } catch (Refusal e) {
            return Messages.of(e);
        }
    }
}
