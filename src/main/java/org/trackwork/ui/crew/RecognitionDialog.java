package org.trackwork.ui.crew;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Person;
import org.trackwork.domain.Recognition;
import org.trackwork.ui.common.FormDialog;
import org.trackwork.ui.common.Messages;

/** Recognises a crew member: when, what was appreciated, and optionally the goal it helped. */
final class RecognitionDialog extends FormDialog<Recognition> {

    private final DatePicker on = new DatePicker();
    private final TextArea what = new TextArea();
    private final ComboBox<Goal> goal = new ComboBox<>();
    private final Person person;

    RecognitionDialog(Person person, List<Goal> goals, LocalDate today) {
        super(Messages.get("recognition.dialog.title", person.name()), Messages.get("recognition.dialog.button"));
        this.person = person;
        on.setId("recognitionDateField");
        what.setId("recognitionWhatField");
        goal.setId("recognitionGoalField");
        on.setValue(today);
        what.setPrefRowCount(3);
        what.setWrapText(true);
        what.setPromptText(Messages.get("recognition.field.what.prompt"));
        goal.getItems().add(null);
        goal.getItems().addAll(goals);
        goal.setMaxWidth(Double.MAX_VALUE);
        goal.setButtonCell(new GoalCell());
        goal.setCellFactory(list -> new GoalCell());
        goal.setPromptText(Messages.get("recognition.field.goal.none"));
        row(Messages.get("recognition.field.on"), on);
        row(Messages.get("recognition.field.what"), what);
        row(Messages.get("recognition.field.goal"), goal);
        rule(on, () -> on.getValue() == null ? Messages.get("recognition.problem.noDate") : null);
        rule(what, () -> problemOf(() -> new Recognition(UUID.randomUUID(), person.id(), today, what.getText(),
                null)));
        ready();
        setOnShown(event -> what.requestFocus());
    }

    @Override
    protected Recognition result() {
        Goal linked = goal.getValue();
        return new Recognition(UUID.randomUUID(), person.id(), on.getValue(), what.getText(),
                linked == null ? null : linked.id());
    }

    /** Shows a goal by its title, and "no goal" for the empty choice. */
    private static final class GoalCell extends ListCell<Goal> {
        @Override
        protected void updateItem(Goal item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item == null ? Messages.get("recognition.field.goal.none") : item.title());
        }
    }
}
