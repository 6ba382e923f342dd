package org.trackwork.ui.destination;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.Confidence;
import org.trackwork.domain.Station;
import org.trackwork.domain.StationKind;
import org.trackwork.ui.common.Choices;
import org.trackwork.ui.common.FormDialog;
import org.trackwork.ui.common.Messages;

/** Records where a station stands today: its value (or reached), confidence and a comment. */
final class CheckInDialog extends FormDialog<CheckIn> {

    private final Station station;
    private final Instant now;
    private final DatePicker on = new DatePicker();
    private final TextField value = new TextField();
    private final CheckBox reached = new CheckBox(Messages.get("checkIn.field.reached"));
    private final ChoiceBox<Confidence> confidence;
    private final TextArea comment = new TextArea();

    CheckInDialog(Station station, Clock clock) {
        super(Messages.get("checkIn.title", station.title()), Messages.get("checkIn.button"));
        this.station = station;
        this.now = Instant.now(clock);
        on.setId("checkInDateField");
        value.setId("checkInValueField");
        reached.setId("checkInReachedField");
        comment.setId("checkInCommentField");
        on.setValue(LocalDate.now(clock));
        confidence = Choices.of(Confidence.class, "confidence.", station.confidence());
        confidence.setId("checkInConfidenceField");
        comment.setPrefRowCount(3);
        comment.setWrapText(true);
        row(Messages.get("checkIn.field.date"), on);
        if (station.kind() == StationKind.KEY_RESULT) {
            value.setText(Numbers.format(station.current()));
            row(Messages.get("checkIn.field.value", station.unit()), value);
            rule(value, () -> Numbers.problem(value.getText(), Messages.get("checkIn.field.valueName")) != null
                    ? Numbers.problem(value.getText(), Messages.get("checkIn.field.valueName"))
                    : problemOf(this::result));
        } else {
            reached.setSelected(station.done());
            row("", reached);
        }
        row(Messages.get("checkIn.field.confidence"), confidence);
        row(Messages.get("checkIn.field.comment"), comment);
        rule(on, () -> on.getValue() == null ? Messages.get("checkIn.problem.noDate") : null);
        rule(comment, () -> problemOf(this::result));
        ready();
    }

    @Override
    protected CheckIn result() {
        double reading = station.kind() == StationKind.KEY_RESULT ? Numbers.parse(value.getText())
                : reached.isSelected() ? 1 : 0;
        return station.checkIn(on.getValue(), reading, confidence.getValue(), comment.getText(), now);
    }
}
