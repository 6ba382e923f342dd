package org.trackwork.service;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.domain.Refusal;

/**
 * Puts a refusal in words: the sentence of its key from {@code refusals.properties}, with its arguments written in
 * the locale given (numbers and dates alike) and an argument that is a key, such as a field's name, in words too.
 * The UI and the command line both say refusals through it, each in its one formatting locale.
 */
public final class RefusalText {

    /** The words of every refusal of domain, service and store. */
    public static final String BUNDLE_NAME = "org.trackwork.domain.refusals";

    private static final ResourceBundle REFUSALS = ResourceBundle.getBundle(BUNDLE_NAME);
    private static final String UNKNOWN = "refusal.unknown";
    private static final Logger LOG = LoggerFactory.getLogger(RefusalText.class);

    private RefusalText() {
    }

    /**
     * The refusal as a sentence.
     *
     * @param locale      the locale its numbers and dates are written in
     * @param firstLookIn bundles whose words come before those of {@code refusals.properties}: the UI's own, for
     *                    a refusal of the UI or a field named by its label there
     */
    public static String of(Refusal refusal, Locale locale, ResourceBundle... firstLookIn) {
        String pattern = pattern(refusal.key(), firstLookIn);
        if (pattern == null) {
            // the key is a developer's mistake: the user still reads a sentence, the log says which key
            LOG.warn("No words for the refusal {}", refusal.getMessage());
            return REFUSALS.getString(UNKNOWN);
        }
        Object[] arguments = Arrays.stream(refusal.arguments())
                .map(argument -> inWords(argument, locale, firstLookIn)).toArray();
        return new MessageFormat(pattern, locale).format(arguments);
    }

    private static Object inWords(Object argument, Locale locale, ResourceBundle[] firstLookIn) {
        if (argument instanceof Refusal.Key key) {
            String words = pattern(key.key(), firstLookIn);
            return words != null ? words : key.key();
        }
        if (argument instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
        }
        return argument;
    }

    private static String pattern(String key, ResourceBundle[] firstLookIn) {
        for (ResourceBundle bundle : firstLookIn) {
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        try {
            return REFUSALS.getString(key);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
