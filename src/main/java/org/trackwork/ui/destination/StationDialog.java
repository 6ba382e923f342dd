package org.trackwork.ui.destination;

import java.time.LocalDate;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import org.trackwork.domain.Confidence;
import org.trackwork.domain.Station;
import org.trackwork.domain.StationKind;
import org.trackwork.ui.common.Choices;
import org.trackwork.ui.common.FormDialog;
import org.trackwork.ui.common.Messages;

/** Adds or edits a station: a key result (start, target, unit) or a milestone, with due date and confidence. */
final class StationDialog extends FormDialog<StationDialog.Answer> {

    /** The station, and whether it progresses by itself as its cards are laid on the board. */
    record Answer(Station station, boolean countsLaidTasks) {
    }


    private final TextField title = new TextField();
    private final ChoiceBox<StationKind> kind;
    private final TextField start = new TextField("0");
    private final TextField target = new TextField("100");
    private final TextField unit = new TextField();
    private final DatePicker due = new DatePicker();
    private final ChoiceBox<Confidence> confidence;
    private final CheckBox countsLaid = new CheckBox(Messages.get("station.field.countsLaid"));
    private final Station editing;
    private final UUID goalId;
    private final int position;

    StationDialog(Station editing, boolean countsLaidTasks, UUID goalId, int position, LocalDate defaultDue,
                  LocalDate horizon) {
        super(Messages.get(editing == null ? "station.add.title" : "station.edit.title"),
                Messages.get(editing == null ? "dialog.add" : "dialog.save"));
        this.editing = editing;
        this.goalId = goalId;
        this.position = position;
        kind = Choices.of(StationKind.class, "station.kind.", StationKind.KEY_RESULT);
        confidence = Choices.of(Confidence.class, "confidence.", Confidence.ON_TRACK);
        title.setId("stationTitleField");
        kind.setId("stationKindField");
        start.setId("stationStartField");
        target.setId("stationTargetField");
        unit.setId("stationUnitField");
        due.setId("stationDueField");
        confidence.setId("stationConfidenceField");
        due.setValue(defaultDue);
        if (editing != null) {
            title.setText(editing.title());
            kind.setValue(editing.kind());
            start.setText(Numbers.format(editing.start()));
            target.setText(Numbers.format(editing.target()));
            unit.setText(editing.unit());
            due.setValue(editing.due());
            confidence.setValue(editing.confidence());
            kind.setDisable(true);
        }
        row(Messages.get("station.field.title"), title);
        row(Messages.get("station.field.kind"), kind);
        row(Messages.get("station.field.start"), start);
        row(Messages.get("station.field.target"), target);
        row(Messages.get("station.field.unit"), unit);
        row(Messages.get("station.field.due"), due);
        row(Messages.get("station.field.confidence"), confidence);
        countsLaid.setId("stationCountsLaidField");
        countsLaid.setSelected(countsLaidTasks);
        row("", countsLaid);
        kind.valueProperty().addListener((observable, old, now) -> showMeasures());
        showMeasures();
        rule(title, () -> problemOf(() -> new Station(UUID.randomUUID(), goalId, title.getText(),
                StationKind.MILESTONE, 0, 1, 0, unit.getText(), false, due.getValue(), Confidence.ON_TRACK, 0)));
        rule(start, () -> isKeyResult() ? Numbers.problem(start.getText(), Messages.get("station.field.start")) : null);
        rule(target, () -> !isKeyResult() ? null
                : Numbers.problem(target.getText(), Messages.get("station.field.target")) != null
                ? Numbers.problem(target.getText(), Messages.get("station.field.target"))
                : Numbers.parse(start.getText()) == Numbers.parse(target.getText())
                ? Messages.get("station.problem.targetIsStart") : null);
        rule(unit, () -> problemOf(() -> org.trackwork.domain.Require.shortText(unit.getText(),
                "station.field.unit")));
        rule(due, () -> due.getValue() == null ? Messages.get("station.problem.noDue")
                : horizon != null && due.getValue().isAfter(horizon)
                ? Messages.get("station.problem.afterHorizon", Numbers.date(horizon)) : null);
        ready();
    }

    private boolean isKeyResult() {
        return kind.getValue() == StationKind.KEY_RESULT;
    }

    private void showMeasures() {
        for (TextField field : new TextField[] {start, target, unit}) {
            field.setDisable(!isKeyResult());
        }
        countsLaid.setDisable(!isKeyResult());
        recheck();
    }

    @Override
    protected Answer result() {
        return new Answer(station(), isKeyResult() && countsLaid.isSelected());
    }

    private Station station() {
        UUID id = editing == null ? UUID.randomUUID() : editing.id();
        int order = editing == null ? position : editing.position();
        if (!isKeyResult()) {
            return new Station(id, goalId, title.getText(), StationKind.MILESTONE, 0, 1,
                    editing == null ? 0 : editing.current(), "", editing != null && editing.done(), due.getValue(),
                    confidence.getValue(), order);
        }
        double startValue = Numbers.parse(start.getText());
        double current = editing == null ? startValue : editing.current();
        return new Station(id, goalId, title.getText(), StationKind.KEY_RESULT, startValue,
                Numbers.parse(target.getText()), current, unit.getText(), false, due.getValue(),
                confidence.getValue(), order);
    }
}
