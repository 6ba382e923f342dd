package org.trackwork.ui.destination;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Severity;
import org.trackwork.ui.common.Choices;
import org.trackwork.ui.common.FormDialog;
import org.trackwork.ui.common.Messages;

/** Raises a hazard: what the boulder is, how hard it would hit, where it lies, who saw it, and whether it is
 *  confidential (then it never shows at a shared screen). */
final class HazardDialog extends FormDialog<Hazard> {

    private final TextArea description = new TextArea();
    private final ChoiceBox<Severity> severity = Choices.of(Severity.class, "severity.", Severity.MEDIUM);
    private final ComboBox<HazardTarget> target = Choices.combo(HazardTarget::label);
    private final ComboBox<Person> raisedBy = Choices.combo(Person::name);
    private final CheckBox confidential = new CheckBox(Messages.get("hazard.field.confidential"));
    private final LocalDate today;

    HazardDialog(List<HazardTarget> targets, HazardTarget preselected, List<Person> crew, LocalDate today) {
        super(Messages.get("hazard.raise.title"), Messages.get("hazard.raise.button"));
        this.today = today;
        description.setId("hazardDescriptionField");
        severity.setId("hazardSeverityField");
        target.setId("hazardTargetField");
        raisedBy.setId("hazardRaisedByField");
        confidential.setId("hazardConfidentialField");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        target.getItems().setAll(targets);
        target.setValue(preselected);
        raisedBy.getItems().setAll(crew);
        crew.stream().filter(Person::manager).findFirst().ifPresent(raisedBy::setValue);
        row(Messages.get("hazard.field.description"), description);
        row(Messages.get("hazard.field.severity"), severity);
        row(Messages.get("hazard.field.target"), target);
        row(Messages.get("hazard.field.raisedBy"), raisedBy);
        row("", confidential);
        rule(description, () -> problemOf(() -> org.trackwork.domain.Require.longFilled(description.getText(),
                "hazard.field.description")));
        rule(target, () -> target.getValue() == null ? Messages.get("hazard.problem.noTarget") : null);
        ready();
    }

    @Override
    protected Hazard result() {
        HazardTarget on = target.getValue();
        return new Hazard(UUID.randomUUID(), description.getText(), severity.getValue(),
                on.kind() == HazardTarget.Kind.GOAL ? on.id() : null,
                on.kind() == HazardTarget.Kind.STATION ? on.id() : null,
                on.kind() == HazardTarget.Kind.TASK ? on.id() : null, today,
                raisedBy.getValue() == null ? null : raisedBy.getValue().id(), confidential.isSelected(), null, null,
                "");
    }
}
