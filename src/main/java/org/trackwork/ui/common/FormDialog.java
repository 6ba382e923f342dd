package org.trackwork.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * A form in a dialog: labelled fields, rules that mark the field at fault (ControlsFX validation) and say what is
 * wrong under the form, and an OK button that stays disabled while anything is wrong, so nothing invalid is saved.
 */
public abstract class FormDialog<R> extends Dialog<R> {

    private final GridPane grid = new GridPane();
    private final Label problem = new Label();
    private final ValidationSupport validation = new ValidationSupport();
    private final List<Rule> rules = new ArrayList<>();
    private final ButtonType ok;
    private int rows;
    private boolean touched;

    private record Rule(Control field, Supplier<String> problem) {
    }

    protected FormDialog(String title, String okText) {
        setTitle(title);
        setHeaderText(null);
        setResizable(true);
        ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(320);
        grid.getColumnConstraints().addAll(labels, fields);
        problem.getStyleClass().add("validation-message");
        problem.setId("formProblem");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        VBox content = new VBox(12, grid, problem);
        content.setPadding(new Insets(12, 12, 4, 12));
        getDialogPane().setContent(content);
        setResultConverter(button -> button == ok && firstProblem() == null ? result() : null);
    }

    /**
     * Adds a labelled field; every change to it checks the form again. A date field reads what is typed strictly:
     * text that is no date, or a day the calendar does not have, keeps OK disabled and is said under the form.
     */
    protected <N extends Node> N row(String label, N field) {
        Label caption = new Label(label);
        caption.setLabelFor(field);
        grid.addRow(rows++, caption, field);
        GridPane.setHgrow(field, Priority.ALWAYS);
        watch(field);
        if (field instanceof DatePicker picker) {
            ReadOnlyStringProperty typed = DateFields.strict(picker);
            rule(picker, () -> typed.get().isEmpty() ? null : typed.get());
            typed.addListener(observable -> {
                touched = true;
                recheck();
            });
        }
        return field;
    }

    /** A rule on a field: the supplier returns what is wrong, or null when all is well. */
    protected void rule(Control field, Supplier<String> check) {
        rules.add(new Rule(field, check));
        validation.registerValidator(field, false, (control, value) -> {
            String wrong = check.get();
            return ValidationResult.fromErrorIf(control, Objects.requireNonNullElse(wrong, ""), wrong != null);
        });
    }

    /** Call once all rows and rules are in place. */
    protected void ready() {
        recheck();
        Node first = grid.getChildren().size() > 1 ? grid.getChildren().get(1) : null;
        setOnShown(event -> {
            if (first != null) {
                first.requestFocus();
            }
        });
    }

    private void watch(Node field) {
        Observable changes = field instanceof TextInputControl text ? text.textProperty()
                : field instanceof ComboBoxBase<?> box ? box.valueProperty()
                : field instanceof CheckBox check ? check.selectedProperty()
                : field instanceof javafx.scene.control.ChoiceBox<?> choice ? choice.valueProperty() : null;
        if (changes != null) {
            changes.addListener(observable -> {
                touched = true;
                recheck();
            });
        }
    }

    /**
     * Checks every rule: enables OK only without a problem, and once the user has typed or chosen something, marks
     * the fields at fault and says what is wrong (an untouched form is not scolded for being empty).
     */
    protected final void recheck() {
        String wrong = firstProblem();
        validation.setErrorDecorationEnabled(touched);
        validation.revalidate();
        boolean show = wrong != null && touched;
        problem.setText(show ? wrong : "");
        problem.setVisible(show);
        problem.setManaged(show);
        Node okButton = getDialogPane().lookupButton(ok);
        if (okButton != null) {
            okButton.setDisable(wrong != null);
        }
    }

    private String firstProblem() {
        return rules.stream().map(rule -> rule.problem().get()).filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** What is wrong with a value the domain refuses, in the domain's own words. */
    protected static String problemOf(Runnable construction) {
        try {
            construction.run();
            return null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return FailureText.ofValue(e);
        }
    }

    /** Builds the result from valid fields. */
    protected abstract R result();
}
