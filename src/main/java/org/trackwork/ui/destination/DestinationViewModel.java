package org.trackwork.ui.destination;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trackwork.domain.Destination;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Station;
import org.trackwork.domain.StationKind;
import org.trackwork.service.Workbook;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WorkbookSession;

/** The current destination, the chosen quarter's goals and stations, and the open hazards, as plain lists. */
public final class DestinationViewModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    /** Everything the area shows, read in one go on the writer thread. */
    record Overview(Optional<Destination> destination, List<Goal> goals, List<Station> stations,
                    List<Hazard> openHazards, Map<UUID, String> names) {

        static Overview read(Workbook workbook, Quarter quarter) {
            return new Overview(workbook.destinations().current(), workbook.goals().listByQuarter(quarter),
                    workbook.stations().listByQuarter(quarter),
                    workbook.hazards().list().stream().filter(Hazard::isOpen).toList(),
                    workbook.people().list().stream().collect(Collectors.toMap(Person::id, Person::name)));
        }
    }

    private final WorkbookSession session;
    private final ReadOnlyBooleanWrapper hasDestination = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper statement = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper whyItMatters = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper horizon = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper goalsHeading = new ReadOnlyStringWrapper("");
    private final ObservableList<GoalLine> goalLines = FXCollections.observableArrayList();
    private final ObservableList<String> hazardLines = FXCollections.observableArrayList();
    private Overview overview;

    public DestinationViewModel(WorkbookSession session) {
        this.session = session;
        session.changesProperty().addListener((observable, old, now) -> reload());
        session.quarterProperty().addListener((observable, old, now) -> reload());
        session.searchTextProperty().addListener((observable, old, now) -> show());
        reload();
    }

    public void reload() {
        Quarter quarter = session.quarterProperty().get();
        session.read(workbook -> Overview.read(workbook, quarter), loaded -> {
            overview = loaded;
            show();
        });
    }

    private void show() {
        if (overview == null) {
            return;
        }
        Optional<Destination> destination = overview.destination();
        hasDestination.set(destination.isPresent());
        title.set(destination.map(Destination::title).orElse(Messages.get("destination.none")));
        statement.set(destination.map(Destination::statement).orElse(Messages.get("destination.none.hint")));
        whyItMatters.set(destination.map(Destination::whyItMatters).orElse(""));
        horizon.set(destination.map(Destination::horizon).map(date -> Messages.get("destination.horizon",
                DATE.format(date))).orElse(""));
        goalsHeading.set(Messages.get("destination.goals", session.quarterProperty().get()));
        goalLines.setAll(lines());
        hazardLines.setAll(overview.openHazards().stream().filter(h -> matches(h.description()))
                .map(this::hazardLine).toList());
    }

    private List<GoalLine> lines() {
        Map<UUID, List<Station>> byGoal = overview.stations().stream()
                .collect(Collectors.groupingBy(Station::goalId));
        List<GoalLine> lines = new ArrayList<>();
        for (Goal goal : overview.goals()) {
            List<Station> stations = byGoal.getOrDefault(goal.id(), List.of());
            if (!matches(goal.title()) && stations.stream().noneMatch(s -> matches(s.title()))) {
                continue;
            }
            double progress = stations.stream().mapToDouble(Station::progress).average().orElse(0);
            String owner = Optional.ofNullable(overview.names().get(goal.ownerId()))
                    .map(name -> Messages.get("destination.goal.owner", name)).orElse("");
            lines.add(new GoalLine(goal.title(), owner, progress, false));
            for (Station station : stations) {
                lines.add(new GoalLine(station.title(), stationDetail(station), station.progress(), true));
            }
        }
        return lines;
    }

    private String stationDetail(Station station) {
        String due = station.due() == null ? "" : Messages.get("destination.station.due", DATE.format(station.due()));
        String confidence = Messages.get("confidence." + station.confidence().name());
        if (station.kind() == StationKind.MILESTONE) {
            return Messages.get(station.done() ? "destination.station.done" : "destination.station.open", due,
                    confidence);
        }
        Function<Double, String> number = value -> value % 1 == 0 ? String.valueOf(value.longValue())
                : String.format(Locale.ROOT, "%.1f", value);
        return Messages.get("destination.station.value", number.apply(station.current()),
                number.apply(station.target()), station.unit(), due, confidence);
    }

    private String hazardLine(Hazard hazard) {
        return Messages.get("destination.hazard.line", Messages.get("severity." + hazard.severity().name()),
                hazard.description(), DATE.format(hazard.raisedOn()),
                hazard.escalatedOn() == null ? "" : Messages.get("destination.hazard.escalated"));
    }

    private boolean matches(String text) {
        String needle = session.searchTextProperty().get();
        return needle == null || needle.isBlank()
                || text.toLowerCase(Locale.ROOT).contains(needle.strip().toLowerCase(Locale.ROOT));
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

    public ReadOnlyStringProperty horizonProperty() {
        return horizon.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty goalsHeadingProperty() {
        return goalsHeading.getReadOnlyProperty();
    }

    public ObservableList<GoalLine> goalLines() {
        return goalLines;
    }

    public ObservableList<String> hazardLines() {
        return hazardLines;
    }

    public String emptyGoalsText() {
        return Messages.get("destination.goals.empty", session.quarterProperty().get());
    }
}
