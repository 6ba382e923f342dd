package org.trackwork.ui.destination;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Person;
import org.trackwork.domain.Progress;
import org.trackwork.domain.Station;
import org.trackwork.domain.StationKind;
import org.trackwork.service.DestinationSnapshot;
import org.trackwork.service.GoalChange;
import org.trackwork.service.PlanRemoval;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WorkbookSession;

/** The quarter's goals and stations: their progress, check-ins, and adding, editing and deleting them. */
public final class GoalsViewModel {

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);

    private final WorkbookSession session;
    private final ObservableList<PlanRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<PlanRow> selected = new SimpleObjectProperty<>();
    private final ObservableList<String> checkIns = FXCollections.observableArrayList();
    private DestinationSnapshot snapshot;
    private UUID wanted;
    private UUID selectAfterReload;

    public GoalsViewModel(WorkbookSession session) {
        this.session = session;
        selected.addListener((observable, old, row) -> loadCheckIns(row));
    }

    void show(DestinationSnapshot shown) {
        snapshot = shown;
        UUID found = wanted != null && (shown.goals().stream().anyMatch(goal -> goal.id().equals(wanted))
                || shown.stations().stream().anyMatch(station -> station.id().equals(wanted))) ? wanted : null;
        if (found != null) {
            wanted = null;
        }
        UUID keep = found != null ? found : selectAfterReload != null ? selectAfterReload
                : selected.get() == null ? null : selected.get().id();
        selectAfterReload = null;
        Map<UUID, Person> people = shown.peopleById();
        List<PlanRow> all = new ArrayList<>();
        for (Goal goal : shown.goals()) {
            List<Station> stations = shown.stationsOf(goal.id());
            String owner = Optional.ofNullable(people.get(goal.ownerId()))
                    .map(p -> Messages.get("goal.owner", p.name())).orElse(Messages.get("goal.noOwner"));
            String count = Messages.get("goal.stations", stations.size());
            boolean goalHazard = shown.openHazards().stream().anyMatch(h -> goal.id().equals(h.goalId()));
            all.add(new PlanRow(goal, null, goal.title(), owner + " · " + count, Progress.ofGoal(stations),
                    Progress.confidenceOf(stations), goalHazard));
            for (Station station : stations) {
                all.add(new PlanRow(goal, station, station.title(), detail(station), station.progress(),
                        station.confidence(), shown.hasOpenHazard(station)));
            }
        }
        rows.setAll(all);
        selected.set(rows.stream().filter(r -> r.id().equals(keep)).findFirst().orElse(null));
    }

    /** How a station stands, in words: value of target, or reached; due date; confidence. */
    static String detail(Station station) {
        String due = station.due() == null ? "" : Messages.get("station.due", DATE.format(station.due()));
        String confidence = Messages.get("confidence." + station.confidence().name());
        if (station.kind() == StationKind.MILESTONE) {
            return Messages.get(station.done() ? "station.detail.reached" : "station.detail.open", due, confidence);
        }
        return Messages.get("station.detail.value", Numbers.format(station.current()),
                Numbers.format(station.target()), station.unit(), due, confidence);
    }

    private void loadCheckIns(PlanRow row) {
        if (row == null || !row.isStation()) {
            checkIns.clear();
            return;
        }
        UUID stationId = row.station().id();
        session.read(workbook -> DestinationSnapshot.checkInsOf(workbook, stationId), loaded -> {
            if (selected.get() != null && stationId.equals(selected.get().id())) {
                checkIns.setAll(loaded.stream().sorted((a, b) -> b.on().compareTo(a.on()))
                        .map(this::checkInLine).toList());
            }
        });
    }

    private String checkInLine(CheckIn checkIn) {
        Station station = selected.get().station();
        String value = station.kind() == StationKind.MILESTONE
                ? Messages.get(checkIn.value() >= 1 ? "checkIn.reached" : "checkIn.notReached")
                : Numbers.format(checkIn.value()) + (station.unit().isBlank() ? "" : " " + station.unit());
        return Messages.get("checkIn.line", DATE.format(checkIn.on()), value,
                Messages.get("confidence." + checkIn.confidence().name()),
                checkIn.comment().isBlank() ? "" : " — " + checkIn.comment());
    }

    /** Selects a goal or station by id, as when it is clicked in the journey view. */
    public void select(UUID id) {
        Optional<PlanRow> row = rows.stream().filter(r -> r.id().equals(id)).findFirst();
        row.ifPresent(selected::set);
        // not shown yet (search opens a goal of another quarter, being read): selected when a read brings it, not
        // taken by a read of the quarter before that was already on its way
        wanted = row.isEmpty() ? id : null;
    }

    public void saveGoal(Goal before, Goal after) {
        selectAfterReload = after.id();
        session.edit(GoalChange.saveGoal(Messages.get(before == null ? "edit.addGoal" : "edit.editGoal",
                after.title()), after));
    }

    /** Saves a station and whether it counts the laid cards linked to it, as one edit. */
    public void saveStation(Station before, Station after, boolean countsLaidTasks) {
        selectAfterReload = after.id();
        session.edit(GoalChange.saveStation(Messages.get(before == null ? "edit.addStation" : "edit.editStation",
                after.title()), after, countsLaidTasks, session.quarterProperty().get()));
    }

    public boolean countsLaidTasks(Station station) {
        return snapshot != null && snapshot.countingStations().contains(station.id());
    }

    /**
     * Records a check-in and moves the station to its latest reading, as one edit: a check-in dated before the
     * latest one joins the history without turning the station back.
     */
    public void checkIn(Station station, CheckIn checkIn) {
        selectAfterReload = station.id();
        session.edit(GoalChange.checkIn(Messages.get("edit.checkIn", station.title()), station.id(), checkIn));
    }

    public void deleteSelected() {
        PlanRow row = selected.get();
        if (row == null) {
            return;
        }
        session.edit(row.isStation()
                ? PlanRemoval.ofStation(row.station(), Messages.get("edit.deleteStation", row.title()))
                : PlanRemoval.ofGoal(row.goal(), Messages.get("edit.deleteGoal", row.title())));
    }

    /** The goal a new station goes to: the selected goal, or the goal of the selected station. */
    public Optional<Goal> selectedGoal() {
        return Optional.ofNullable(selected.get()).map(PlanRow::goal);
    }

    int nextGoalPosition() {
        return snapshot == null ? 0 : snapshot.goals().stream().mapToInt(Goal::position).max().orElse(-1) + 1;
    }

    int nextStationPosition(UUID goalId) {
        return snapshot == null ? 0
                : snapshot.stationsOf(goalId).stream().mapToInt(Station::position).max().orElse(-1) + 1;
    }

    DestinationSnapshot snapshot() {
        return snapshot;
    }

    public ObservableList<PlanRow> rows() {
        return rows;
    }

    public ObjectProperty<PlanRow> selectedProperty() {
        return selected;
    }

    public ObservableList<String> checkIns() {
        return checkIns;
    }

    WorkbookSession session() {
        return session;
    }
}
