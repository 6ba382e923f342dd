package org.trackwork.ui.common;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/** How a field saved when it is left shows what is wrong with it, and when it saves. */
public final class Fields {

    private Fields() {
    }

    /** Says the problem under the field (the label takes no room without one) and marks the field red. */
    public static void showProblem(Control field, Label label, ObservableStringValue problem) {
        label.textProperty().bind(problem);
        label.visibleProperty().bind(Bindings.isNotEmpty(problem));
        label.managedProperty().bind(label.visibleProperty());
        problem.addListener((observable, old, now) ->
                field.pseudoClassStateChanged(Styles.STATE_DANGER, !now.isEmpty()));
    }

    /** Saves what was typed when the user leaves the field. */
    public static void commitOnFocusLost(Control field, Runnable commit) {
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                commit.run();
            }
        });
    }
}
