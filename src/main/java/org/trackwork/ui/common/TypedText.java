package org.trackwork.ui.common;

import java.util.function.BiFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** A text field of a stored record that the user may be typing in while saves and reloads come back. */
public final class TypedText {

    private TypedText() {
    }

    /**
     * Shows a record's stored text in its field: always when the field now shows another record; for the same
     * record only when the stored text changed and the field still holds what was stored before, so an undo or an
     * edit made elsewhere shows, but text typed since is never overwritten by a reload that arrives meanwhile.
     */
    public static void refresh(StringProperty field, boolean sameRecord, String storedBefore, String stored) {
        if (!sameRecord || (!storedBefore.equals(stored) && field.get().equals(storedBefore))) {
            field.set(stored);
        }
    }

    /**
     * What the shown record says is wrong with the text typed in one of its fields, in the domain's own words;
     * empty when it can be saved or no record is shown.
     *
     * @param with the record with the typed text in that field; it throws when the record refuses the text
     */
    public static <R> StringBinding problem(ObservableValue<R> record, StringProperty field,
                                            BiFunction<R, String, ?> with) {
        return Bindings.createStringBinding(() -> record.getValue() == null ? ""
                : problemOf(() -> with.apply(record.getValue(), field.get())), field, record);
    }

    /** What is wrong with a value the domain refuses, or empty when it is accepted. */
    public static String problemOf(Runnable construction) {
        try {
            construction.run();
            return "";
        } catch (IllegalArgumentException | NullPointerException e) {
            return FailureText.ofValue(e);
        }
    }
}
