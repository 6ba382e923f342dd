package org.trackwork.ui.common;

import java.util.function.Function;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** Choice boxes that show enum constants and records in the user's words. */
public final class Choices {

    private Choices() {
    }

    /** A choice of enum constants, each shown by its key {@code prefix + NAME} in messages.properties. */
    public static <E extends Enum<E>> ChoiceBox<E> of(Class<E> type, String prefix, E initial) {
        ChoiceBox<E> box = new ChoiceBox<>();
        box.getItems().setAll(type.getEnumConstants());
        box.setConverter(converter(value -> Messages.get(prefix + value.name())));
        box.setValue(initial);
        return box;
    }

    public static <T> ComboBox<T> combo(Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setConverter(converter(label));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    public static <T> StringConverter<T> converter(Function<T, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }
}
