package org.trackwork.ui.destination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Refusal;
import org.trackwork.domain.Station;
import org.trackwork.domain.Task;
import org.trackwork.service.DestinationSnapshot;
import org.trackwork.service.HazardChange;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WorkbookSession;

/** The hazards on the line: open ones first by severity and age, and raising, escalating and resolving them. */
public final class HazardsViewModel {

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);

    private final WorkbookSession session;
    private final ObservableList<HazardRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<HazardRow> selected = new SimpleObjectProperty<>();
    private final BooleanProperty showResolved = new SimpleBooleanProperty(false);
    private final ReadOnlyIntegerWrapper openCount = new ReadOnlyIntegerWrapper();
    private DestinationSnapshot snapshot;
    private List<HazardTarget> targets = List.of();

    public HazardsViewModel(WorkbookSession session) {
        this.session = session;
        showResolved.addListener((observable, old, show) -> {
            if (snapshot != null) {
                show(snapshot);
            }
        });
    }

    void show(DestinationSnapshot shown) {
        snapshot = shown;
        targets = targetsOf(shown);
        Map<UUID, String> targetNames = targets.stream()
                .collect(Collectors.toMap(HazardTarget::id, HazardTarget::label, (a, b) -> a));
        UUID keep = selected.get() == null ? null : selected.get().hazard().id();
        LocalDate today = session.today();
        rows.setAll(shown.hazards().stream()
                .filter(h -> h.isOpen() || showResolved.get())
                .map(h -> row(h, targetNames, today)).toList());
        openCount.set((int) shown.hazards().stream().filter(Hazard::isOpen).count());
        selected.set(rows.stream().filter(r -> r.hazard().id().equals(keep)).findFirst().orElse(null));
    }

    private HazardRow row(Hazard hazard, Map<UUID, String> targetNames, LocalDate today) {
        UUID on = hazard.goalId() != null ? hazard.goalId()
                : hazard.stationId() != null ? hazard.stationId() : hazard.taskId();
        String target = Optional.ofNullable(targetNames.get(on)).orElse(Messages.get("hazard.target.elsewhere"));
        long days = ChronoUnit.DAYS.between(hazard.raisedOn(), hazard.isOpen() ? today : hazard.resolvedOn());
        String raised = Messages.get("hazard.raised", DATE.format(hazard.raisedOn()), days);
        String status = !hazard.isOpen()
                ? Messages.get("hazard.status.resolved", DATE.format(hazard.resolvedOn()), hazard.resolutionNote())
                : hazard.escalatedOn() != null
                ? Messages.get("hazard.status.escalated", DATE.format(hazard.escalatedOn()))
                : Messages.get("hazard.status.open");
        return new HazardRow(hazard, target, Messages.get("severity." + hazard.severity().name()), raised,
                status + (hazard.confidential() ? Messages.get("hazard.confidential") : ""));
    }

    /** Goals, stations and tasks of the quarter, each named so the user can tell them apart. */
    private static List<HazardTarget> targetsOf(DestinationSnapshot shown) {
        List<HazardTarget> all = new ArrayList<>();
        Map<UUID, Goal> goals = shown.goals().stream().collect(Collectors.toMap(Goal::id, Function.identity()));
        for (Goal goal : shown.goals()) {
            all.add(new HazardTarget(HazardTarget.Kind.GOAL, goal.id(), Messages.get("hazard.target.goal",
                    goal.title())));
        }
        for (Station station : shown.stations()) {
            all.add(new HazardTarget(HazardTarget.Kind.STATION, station.id(), Messages.get("hazard.target.station",
                    station.title(), goals.get(station.goalId()).title())));
        }
        for (Task task : shown.tasks()) {
            all.add(new HazardTarget(HazardTarget.Kind.TASK, task.id(), Messages.get("hazard.target.task",
                    task.title())));
        }
        return all;
    }

    public void raise(Hazard hazard) {
        session.edit(HazardChange.raise(Messages.get("edit.raiseHazard"), hazard));
    }

    public void escalate(Hazard hazard) {
        session.edit(HazardChange.escalate(Messages.get("edit.escalateHazard"), hazard.id(), session.today()));
    }

    public void resolve(Hazard hazard, String note) {
        session.edit(HazardChange.resolve(Messages.get("edit.resolveHazard"), hazard.id(), session.today(), note));
    }

    /** What is wrong with a resolution note, or null. */
    public static String problemWithNote(Hazard hazard, String note) {
        try {
            hazard.resolved(hazard.raisedOn(), note);
            return null;
        } catch (Refusal e) {
            return Messages.of(e);
        }
    }

    public List<HazardTarget> targets() {
        return targets;
    }

    public List<Person> crew() {
        return snapshot == null ? List.of() : snapshot.people().stream().filter(p -> !p.archived()).toList();
    }

    /** Selects a hazard by id; a resolved one shows resolved hazards first. */
    public void select(UUID id) {
        boolean resolvedAndHidden = snapshot != null && !showResolved.get() && snapshot.hazards().stream()
                .anyMatch(hazard -> hazard.id().equals(id) && !hazard.isOpen());
        if (resolvedAndHidden) {
            showResolved.set(true);
        }
        rows.stream().filter(row -> row.hazard().id().equals(id)).findFirst().ifPresent(selected::set);
    }

    public ObservableList<HazardRow> rows() {
        return rows;
    }

    public ObjectProperty<HazardRow> selectedProperty() {
        return selected;
    }

    public BooleanProperty showResolvedProperty() {
        return showResolved;
    }

    public ReadOnlyIntegerProperty openCountProperty() {
        return openCount.getReadOnlyProperty();
    }

    WorkbookSession session() {
        return session;
    }
}
