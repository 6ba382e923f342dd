package org.trackwork.ui.destination;

import java.time.LocalDate;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.trackwork.domain.Destination;
import org.trackwork.domain.DestinationStatus;
import org.trackwork.domain.Require;
import org.trackwork.ui.common.Choices;
import org.trackwork.ui.common.FormDialog;
import org.trackwork.ui.common.Messages;

/** Writes the destination, or changes it: then it also asks why, and what became of the old one. */
final class DestinationDialog extends FormDialog<DestinationDialog.Answer> {

    /** What the user wrote; {@code oldBecomes} and {@code reason} only when changing destination. */
    record Answer(String title, String statement, String whyItMatters, LocalDate horizon,
                  DestinationStatus oldBecomes, String reason) {
    }

    private final TextField title = new TextField();
    private final TextArea statement = new TextArea();
    private final TextArea why = new TextArea();
    private final DatePicker horizon = new DatePicker();
    private final ChoiceBox<DestinationStatus> oldBecomes;
    private final TextArea reason = new TextArea();
    private final boolean change;

    /**
     * @param editing the destination to edit, or null for a new one
     * @param change  true when the new destination replaces the current one (a shift)
     */
    DestinationDialog(Destination editing, boolean change, LocalDate today, LocalDate latestStationDue) {
        super(Messages.get(change ? "destination.change.title" : "destination.edit.title"),
                Messages.get(change ? "destination.change.button" : "dialog.save"));
        this.change = change;
        title.setId("destinationTitleField");
        statement.setId("destinationStatementField");
        why.setId("destinationWhyField");
        horizon.setId("destinationHorizonField");
        reason.setId("shiftReasonField");
        for (TextArea area : new TextArea[] {statement, why, reason}) {
            area.setPrefRowCount(3);
            area.setWrapText(true);
        }
        if (editing != null && !change) {
            title.setText(editing.title());
            statement.setText(editing.statement());
            why.setText(editing.whyItMatters());
            horizon.setValue(editing.horizon());
        } else {
            horizon.setValue(today.plusYears(1));
        }
        row(Messages.get("destination.field.title"), title);
        row(Messages.get("destination.field.statement"), statement);
        row(Messages.get("destination.field.why"), why);
        row(Messages.get("destination.field.horizon"), horizon);
        oldBecomes = Choices.of(DestinationStatus.class, "destination.status.", DestinationStatus.REACHED);
        oldBecomes.getItems().remove(DestinationStatus.CURRENT);
        oldBecomes.setId("oldDestinationStatus");
        if (change) {
            row(Messages.get("destination.field.oldBecomes"), oldBecomes);
            row(Messages.get("destination.field.reason"), reason);
        }
        rule(title, () -> problemOf(() -> Require.filled(title.getText(), "destination.field.title")));
        rule(statement, () -> problemOf(() -> Require.longText(statement.getText(),
                "destination.field.statement")));
        rule(why, () -> problemOf(() -> Require.longText(why.getText(), "destination.field.why")));
        LocalDate unchanged = editing != null && !change ? editing.horizon() : null;
        rule(horizon, () -> horizon.getValue() == null ? Messages.get("destination.problem.noHorizon")
                : horizon.getValue().equals(unchanged) ? null
                : !horizon.getValue().isAfter(today) ? Messages.get("destination.problem.pastHorizon")
                : latestStationDue != null && horizon.getValue().isBefore(latestStationDue)
                ? Messages.get("destination.problem.beforeStations", Numbers.date(latestStationDue)) : null);
        if (change) {
            rule(reason, () -> problemOf(() -> Require.longFilled(reason.getText(),
                    "destination.field.reason")));
        }
        ready();
    }

    @Override
    protected Answer result() {
        return new Answer(title.getText(), statement.getText(), why.getText(), horizon.getValue(),
                change ? oldBecomes.getValue() : null, change ? reason.getText() : null);
    }
}
