package org.trackwork.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.trackwork.domain.Refusal;

/**
 * Makes a date picker strict: what is typed is read by {@link DateText}; text that names no date, or a day the
 * calendar does not have, leaves the date as it was (so nothing is saved), stays in the field as typed, and is
 * said in words under the field. A picker quietly drops such text, or moves 2/30 to 2/28.
 */
public final class DateFields {

    private DateFields() {
    }

    /** @return what is wrong with the text in the field, empty while it is a date or blank */
    public static ReadOnlyStringProperty strict(DatePicker picker) {
        DateText dates = DateText.ofUser();
        ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
        StrictConverter converter = new StrictConverter(dates, picker);
        picker.setConverter(converter);
        if (picker.getPromptText() == null || picker.getPromptText().isBlank()) {
            picker.setPromptText(Messages.get("date.prompt", dates.format(java.time.LocalDate.of(2026, 12, 31))));
        }
        picker.getEditor().textProperty().addListener((observable, old, text) -> {
            problem.set(dates.problemWith(text));
            picker.pseudoClassStateChanged(Styles.STATE_DANGER, !problem.get().isEmpty());
        });
        // a date set from elsewhere (the store, the calendar) replaces whatever was refused
        picker.valueProperty().addListener((observable, old, date) -> {
            converter.refused = null;
            problem.set("");
            picker.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        });
        return problem.getReadOnlyProperty();
    }

    /**
     * Reads what is typed; refused text is kept and shown as typed, and the date stays as it was. It never throws:
     * the picker commits on focus loss without catching.
     */
    private static final class StrictConverter extends StringConverter<java.time.LocalDate> {

        private final DateText dates;
        private final DatePicker picker;
        private String refused;

        StrictConverter(DateText dates, DatePicker picker) {
            this.dates = dates;
            this.picker = picker;
        }

        @Override
        public String toString(java.time.LocalDate date) {
            return refused != null ? refused : dates.format(date);
        }

        @Override
        public java.time.LocalDate fromString(String text) {
            try {
                java.time.LocalDate date = dates.parse(text).orElse(null);
                refused = null;
                return date;
            } catch (Refusal e) {
                refused = text;
                return picker.getValue();
            }
        }
    }
}
