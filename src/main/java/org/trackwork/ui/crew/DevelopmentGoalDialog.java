package org.trackwork.ui.crew;

import java.util.List;
import java.util.UUID;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.domain.DevelopmentGoalStatus;
import org.trackwork.ui.common.Choices;
import org.trackwork.ui.common.FormDialog;
import org.trackwork.ui.common.Messages;

/** Adds a development goal to a plan, or edits one: title, target date, status and evidence. */
final class DevelopmentGoalDialog extends FormDialog<DevelopmentGoal> {

    private final TextField title = new TextField();
    private final DatePicker targetDate = new DatePicker();
    private final ChoiceBox<DevelopmentGoalStatus> status;
    private final TextArea evidence = new TextArea();
    private final DevelopmentGoal editing;

    /** @param editing the goal to edit, or null to add one */
    DevelopmentGoalDialog(DevelopmentGoal editing) {
        super(Messages.get(editing == null ? "devplan.goal.dialog.add" : "devplan.goal.dialog.edit"),
                Messages.get(editing == null ? "dialog.add" : "dialog.save"));
        this.editing = editing;
        status = Choices.of(DevelopmentGoalStatus.class, "devplan.goalStatus.",
                editing == null ? DevelopmentGoalStatus.NOT_STARTED : editing.status());
        title.setId("developmentGoalTitleField");
        targetDate.setId("developmentGoalTargetField");
        status.setId("developmentGoalStatusField");
        evidence.setId("developmentGoalEvidenceField");
        title.setPromptText(Messages.get("devplan.goal.field.title.prompt"));
        evidence.setPromptText(Messages.get("devplan.goal.field.evidence.prompt"));
        evidence.setPrefRowCount(3);
        evidence.setWrapText(true);
        if (editing != null) {
            title.setText(editing.title());
            targetDate.setValue(editing.targetDate());
            evidence.setText(editing.evidence());
        }
        row(Messages.get("devplan.goal.field.title"), title);
        row(Messages.get("devplan.goal.field.target"), targetDate);
        row(Messages.get("devplan.goal.field.status"), status);
        row(Messages.get("devplan.goal.field.evidence"), evidence);
        rule(title, () -> problemOf(() -> build(UUID.randomUUID(), List.of())));
        rule(evidence, () -> problemOf(() -> build(UUID.randomUUID(), List.of())));
        ready();
    }

    private DevelopmentGoal build(UUID id, List<org.trackwork.domain.DevelopmentAction> actions) {
        return new DevelopmentGoal(id, title.getText(), targetDate.getValue(), status.getValue(), evidence.getText(),
                actions);
    }

    @Override
    protected DevelopmentGoal result() {
        return editing == null ? build(UUID.randomUUID(), List.of()) : build(editing.id(), editing.actions());
    }
}
