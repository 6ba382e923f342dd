package org.trackwork.ui.oneonone;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import org.trackwork.ui.common.FormDialog;
import org.trackwork.ui.common.Messages;

/** Starts a one-on-one: its date, and whether it is held at a shared screen with the person beside the manager. */
final class SessionDialog extends FormDialog<SessionDialog.Start> {

    /** The answer: when the session is, and whether the shared screen should open for it. */
    record Start(LocalDate date, boolean atSharedScreen) {
    }

    private final DatePicker date = new DatePicker();
    private final CheckBox atSharedScreen = new CheckBox(Messages.get("oneOnOne.new.shared"));

    SessionDialog(String personName, LocalDate today, Function<LocalDate, String> dateProblem) {
        super(Messages.get("oneOnOne.new.title", personName), Messages.get("oneOnOne.new.start"));
        date.setId("sessionDateField");
        atSharedScreen.setId("sessionSharedField");
        date.setValue(today);
        atSharedScreen.setWrapText(true);
        row(Messages.get("oneOnOne.new.date"), date);
        row("", atSharedScreen);
        rule(date, () -> dateProblem.apply(date.getValue()));
        ready();
    }

    @Override
    protected Start result() {
        return new Start(date.getValue(), atSharedScreen.isSelected());
    }
}
