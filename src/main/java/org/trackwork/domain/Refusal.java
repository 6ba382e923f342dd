package org.trackwork.domain;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A rule refused a value or an action. It carries a message key and the values the sentence needs, never English:
 * the words live in {@code refusals.properties} and are put together where the refusal is shown, in the user's
 * locale. Its {@link #getMessage()} is for developers and logs only.
 */
public class Refusal extends IllegalArgumentException {

    private final String key;
    private final Object[] arguments;

    /**
     * @param key       the key of the sentence in {@code refusals.properties} (or, for a refusal of the UI's own,
     *                  its {@code messages.properties})
     * @param arguments the values the sentence names: numbers and dates are formatted where it is shown; a name
     *                  that is itself words, such as a field's name, is passed as a {@link Key}
     */
    public Refusal(String key, Object... arguments) {
        super(developerText(key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** An argument that is a message key itself, such as the name of a field: it is put in words too. */
    public record Key(String key) {

        public Key {
            Objects.requireNonNull(key);
        }

        @Override
        public String toString() {
            return key;
        }
    }

    /** The key and its arguments; a text argument shows only its length, as a log never holds what was typed. */
    private static String developerText(String key, Object[] arguments) {
        Objects.requireNonNull(key);
        if (arguments.length == 0) {
            return key;
        }
        return key + Arrays.stream(arguments)
                .map(argument -> argument instanceof CharSequence text ? "<" + text.length() + " characters>"
                        : String.valueOf(argument))
                .collect(Collectors.joining(", ", " [", "]"));
    }
}
