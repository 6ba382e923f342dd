package org.trackwork.ui.oneonone;

import java.util.UUID;
import java.util.function.Function;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.ActionOwner;
import org.trackwork.ui.common.Choices;
import org.trackwork.ui.common.FormDialog;
import org.trackwork.ui.common.Messages;

/** Adds an action item to a session, or edits one: what is to be done, by whom and by when. */
final class ActionItemDialog extends FormDialog<ActionItem> {

    private final TextField text = new TextField();
    private final ChoiceBox<ActionOwner> owner = new ChoiceBox<>();
    private final DatePicker due = new DatePicker();
    private final ActionItem editing;

    /**
     * @param editing     the item to edit, or null to add one
     * @param problem     what the session finds wrong with an item (due before the session), or null
     * @param personName  the person of the session, to name the owner choice
     */
    ActionItemDialog(ActionItem editing, Function<ActionItem, String> problem, String personName) {
        super(Messages.get(editing == null ? "oneOnOne.action.dialog.add" : "oneOnOne.action.dialog.edit"),
                Messages.get(editing == null ? "dialog.add" : "dialog.save"));
        this.editing = editing;
        text.setId("actionItemTextField");
        owner.setId("actionItemOwnerField");
        due.setId("actionItemDueField");
        text.setPromptText(Messages.get("oneOnOne.action.field.text.prompt"));
        owner.getItems().setAll(ActionOwner.values());
        owner.setConverter(Choices.converter(o -> o == ActionOwner.PERSON ? personName
                : Messages.get("oneOnOne.owner.me")));
        owner.setValue(editing == null ? ActionOwner.PERSON : editing.owner());
        if (editing != null) {
            text.setText(editing.text());
            due.setValue(editing.due());
        }
        row(Messages.get("oneOnOne.action.field.text"), text);
        row(Messages.get("oneOnOne.action.field.owner"), owner);
        row(Messages.get("oneOnOne.action.field.due"), due);
        rule(text, () -> problemOf(this::build));
        rule(due, () -> {
            String wrong = problemOf(this::build);
            return wrong != null ? null : problem.apply(build());
        });
        ready();
    }

    private ActionItem build() {
        return editing == null
                ? new ActionItem(UUID.randomUUID(), text.getText(), owner.getValue(), due.getValue(), false, null)
                : new ActionItem(editing.id(), text.getText(), owner.getValue(), due.getValue(), editing.done(),
                        editing.taskId());
    }

    @Override
    protected ActionItem result() {
        return build();
    }
}
