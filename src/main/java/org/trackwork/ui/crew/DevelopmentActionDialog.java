package org.trackwork.ui.crew;

import java.util.UUID;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.trackwork.domain.ActionKind;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.ui.common.Choices;
import org.trackwork.ui.common.FormDialog;
import org.trackwork.ui.common.Messages;

/** Adds an action toward a development goal: its kind, what it is, when it is due and whether it is done. */
final class DevelopmentActionDialog extends FormDialog<DevelopmentAction> {

    private final ChoiceBox<ActionKind> kind = Choices.of(ActionKind.class, "devplan.actionKind.",
            ActionKind.LEARNING);
    private final TextField description = new TextField();
    private final DatePicker due = new DatePicker();
    private final CheckBox done = new CheckBox(Messages.get("devplan.action.field.done.box"));

    DevelopmentActionDialog(DevelopmentGoal goal) {
        super(Messages.get("devplan.action.dialog.title", goal.title()), Messages.get("dialog.add"));
        kind.setId("developmentActionKindField");
        description.setId("developmentActionField");
        due.setId("developmentActionDueField");
        done.setId("developmentActionDoneField");
        description.setPromptText(Messages.get("devplan.action.field.description.prompt"));
        row(Messages.get("devplan.action.field.description"), description);
        row(Messages.get("devplan.action.field.kind"), kind);
        row(Messages.get("devplan.action.field.due"), due);
        row(Messages.get("devplan.action.field.done"), done);
        rule(description, () -> problemOf(this::result));
        ready();
    }

    @Override
    protected DevelopmentAction result() {
        return new DevelopmentAction(UUID.randomUUID(), kind.getValue(), description.getText(), due.getValue(),
                done.isSelected());
    }
}
