package org.trackwork.ui.destination;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.ui.common.Choices;
import org.trackwork.ui.common.FormDialog;
import org.trackwork.ui.common.Messages;

/** Adds or edits a goal of the quarter: title, description and owner. */
final class GoalDialog extends FormDialog<Goal> {

    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final ComboBox<Person> owner = Choices.combo(Person::name);
    private final Goal editing;
    private final UUID destinationId;
    private final Quarter quarter;
    private final int position;

    GoalDialog(Goal editing, UUID destinationId, Quarter quarter, int position, List<Person> crew) {
        super(Messages.get(editing == null ? "goal.add.title" : "goal.edit.title", quarter),
                Messages.get(editing == null ? "dialog.add" : "dialog.save"));
        this.editing = editing;
        this.destinationId = destinationId;
        this.quarter = quarter;
        this.position = position;
        title.setId("goalTitleField");
        description.setId("goalDescriptionField");
        owner.setId("goalOwnerField");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        owner.getItems().setAll(crew);
        if (editing != null) {
            title.setText(editing.title());
            description.setText(editing.description());
            crew.stream().filter(p -> p.id().equals(editing.ownerId())).findFirst().ifPresent(owner::setValue);
        }
        row(Messages.get("goal.field.title"), title);
        row(Messages.get("goal.field.description"), description);
        row(Messages.get("goal.field.owner"), owner);
        rule(title, () -> problemOf(this::result));
        ready();
    }

    @Override
    protected Goal result() {
        return new Goal(editing == null ? UUID.randomUUID() : editing.id(),
                editing == null ? destinationId : editing.destinationId(), quarter, title.getText(),
                description.getText(), owner.getValue() == null ? null : owner.getValue().id(),
                editing == null ? position : editing.position());
    }
}
