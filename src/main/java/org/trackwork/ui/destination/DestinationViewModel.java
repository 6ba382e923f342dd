package org.trackwork.ui.destination;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trackwork.domain.Destination;
import org.trackwork.domain.DestinationStatus;
import org.trackwork.domain.Quarter;
import org.trackwork.service.DestinationChange;
import org.trackwork.service.DestinationSnapshot;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WorkbookSession;

/**
 * The destination area: where the train is going and why, the journey picture of the chosen quarter, and the
 * goals, hazards and shifts beneath it. Reads one snapshot per change and hands it to the parts.
 */
public final class DestinationViewModel {

    /** The tabs under the journey. */
    public enum Part { GOALS, HAZARDS, SHIFTS }

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.LONG);

    private final WorkbookSession session;
    private final GoalsViewModel goals;
    private final HazardsViewModel hazards;
    private final ShiftsViewModel shifts;
    private final ReadOnlyBooleanWrapper hasDestination = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statement = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whyItMatters = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper horizonText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<LocalDate> horizon = new SimpleObjectProperty<>();
    private final ObservableList<JourneyStop> stops = FXCollections.observableArrayList();
    private final ObjectProperty<Part> part = new SimpleObjectProperty<>(Part.GOALS);
    private final ReadOnlyObjectWrapper<LocalDate> journeyStart = new ReadOnlyObjectWrapper<>();
    private DestinationSnapshot snapshot;

    public DestinationViewModel(WorkbookSession session) {
        this.session = session;
        this.goals = new GoalsViewModel(session);
        this.hazards = new HazardsViewModel(session);
        this.shifts = new ShiftsViewModel(session);
        session.changesProperty().addListener((observable, old, now) -> reload());
        session.quarterProperty().addListener((observable, old, now) -> reload());
        reload();
    }

    public void reload() {
        Quarter quarter = session.quarterProperty().get();
        session.read(workbook -> DestinationSnapshot.read(workbook, quarter), this::show);
    }

    private void show(DestinationSnapshot shown) {
        snapshot = shown;
        // read from the clock each time, so a window left open overnight starts the journey at the new day
        journeyStart.set(session.today());
        Optional<Destination> current = shown.current();
        hasDestination.set(current.isPresent());
        title.set(current.map(Destination::title).orElse(Messages.get("destination.none")));
        statement.set(current.map(Destination::statement).orElse(Messages.get("destination.none.hint")));
        whyItMatters.set(current.map(Destination::whyItMatters).orElse(""));
        horizon.set(current.map(Destination::horizon).orElse(null));
        horizonText.set(current.map(Destination::horizon).map(date -> Messages.get("destination.horizon",
                DATE.format(date))).orElse(""));
        double quarterProgress = shown.quarterProgress();
        progress.set(quarterProgress);
        progressText.set(Messages.get("destination.progress", shown.quarter(), Math.round(quarterProgress * 100),
                shown.goals().size()));
        stops.setAll(shown.stations().stream().map(station -> new JourneyStop(station.id(), station.title(),
                station.due(), station.confidence(), station.progress() >= 1, shown.hasOpenHazard(station),
                GoalsViewModel.detail(station))).toList());
        goals.show(shown);
        hazards.show(shown);
        shifts.show(shown);
    }

    /** Writes the destination: a new one when there is none, else the current one changed in place. */
    public void writeDestination(DestinationDialog.Answer answer) {
        Optional<Destination> before = current();
        Destination after = before.map(d -> new Destination(d.id(), answer.title(), answer.statement(),
                        answer.whyItMatters(), answer.horizon(), d.status(), d.createdAt()))
                .orElseGet(() -> Destination.newCurrent(answer.title(), answer.statement(), answer.whyItMatters(),
                        answer.horizon()));
        session.edit(DestinationChange.write(Messages.get("edit.writeDestination", after.title()), after));
    }

    /** Sets a new destination in place of the current one and records the shift with its reason. */
    public void changeDestination(DestinationDialog.Answer answer) {
        Destination next = Destination.newCurrent(answer.title(), answer.statement(), answer.whyItMatters(),
                answer.horizon());
        DestinationStatus oldBecomes = answer.oldBecomes() == null ? DestinationStatus.ABANDONED : answer.oldBecomes();
        session.edit(DestinationChange.of(Messages.get("edit.changeDestination", next.title()),
                current().orElse(null), oldBecomes, next, answer.reason(),
                snapshot == null ? List.of() : snapshot.people(), session.today()));
        part.set(Part.SHIFTS);
    }

    /** Opens a station clicked in the journey view: the Goals tab with it selected. */
    public void open(java.util.UUID stopId) {
        part.set(Part.GOALS);
        goals.select(stopId);
    }

    public Optional<Destination> current() {
        return snapshot == null ? Optional.empty() : snapshot.current();
    }

    /** The latest due date of the quarter's stations: a horizon may not come before it. */
    public LocalDate latestStationDue() {
        return snapshot == null ? null : snapshot.stations().stream().map(org.trackwork.domain.Station::due)
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }

    public LocalDate today() {
        return session.today();
    }

    /** Where the journey starts: today, as of the last time the destination was shown. */
    public ReadOnlyObjectProperty<LocalDate> journeyStartProperty() {
        return journeyStart.getReadOnlyProperty();
    }

    public GoalsViewModel goals() {
        return goals;
    }

    public HazardsViewModel hazards() {
        return hazards;
    }

    public ShiftsViewModel shifts() {
        return shifts;
    }

    public ReadOnlyBooleanProperty hasDestinationProperty() {
        return hasDestination.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statementProperty() {
        return statement.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty whyItMattersProperty() {
        return whyItMatters.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty horizonTextProperty() {
        return horizonText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObjectProperty<LocalDate> horizonProperty() {
        return horizon;
    }

    public ObservableList<JourneyStop> stops() {
        return stops;
    }

    public ObjectProperty<Part> partProperty() {
        return part;
    }

    public WorkbookSession session() {
        return session;
    }
}
