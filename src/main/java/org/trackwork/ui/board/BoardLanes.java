package org.trackwork.ui.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.trackwork.domain.Column;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Station;
import org.trackwork.domain.Task;
import org.trackwork.service.BoardSnapshot;
import org.trackwork.service.TaskFilter;
import org.trackwork.ui.board.BoardViewModel.Swimlanes;
import org.trackwork.ui.common.Messages;

/**
 * Lays the cards of a board out in swimlanes and columns: a pure function of what was read, the filter, the
 * swimlane choice and the day, so the view model only shows what it returns.
 */
final class BoardLanes {

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);

    /** The lanes to show, and how many cards each column holds before filtering (its header counts them all). */
    record Built(List<Lane> lanes, Map<Column, Integer> counts) {
    }

    private BoardLanes() {
    }

    static Built build(BoardSnapshot snapshot, TaskFilter filter, Swimlanes swimlanes, LocalDate today) {
        Map<UUID, Person> byId = snapshot.people().stream().collect(Collectors.toMap(Person::id, p -> p));
        Map<UUID, Goal> goalById = snapshot.goals().stream().collect(Collectors.toMap(Goal::id, g -> g));
        Map<UUID, Station> stationById = snapshot.stations().stream().collect(Collectors.toMap(Station::id, s -> s));
        Map<UUID, UUID> goalOfStation = snapshot.stations().stream()
                .collect(Collectors.toMap(Station::id, Station::goalId));
        Map<UUID, Hazard> openHazard = new HashMap<>();
        snapshot.hazards().stream().filter(Hazard::isOpen).forEach(h -> openHazard.putIfAbsent(h.taskId(), h));
        Predicate<Task> visible = filter.predicate(today, goalOfStation);

        Function<Task, String> laneKey = switch (swimlanes) {
            case NONE -> task -> "";
            case PERSON -> task -> task.ownerId() == null ? "" : task.ownerId().toString();
            case GOAL -> task -> Optional.ofNullable(task.goalId()).or(() -> Optional.ofNullable(task.stationId())
                    .map(goalOfStation::get)).map(UUID::toString).orElse("");
        };
        Map<String, Map<Column, List<TaskCard>>> byLane = new LinkedHashMap<>();
        for (String key : laneOrder(snapshot, swimlanes)) {
            byLane.put(key, emptyColumns());
        }
        Map<Column, Integer> counts = new EnumMap<>(Column.class);
        // by position: an edit shown before the reload puts its cards where they now lie, not where the list had them
        List<Task> byPosition = snapshot.tasks().stream().sorted(Comparator.comparingInt(Task::position)).toList();
        for (Task task : byPosition) {
            counts.merge(task.column(), 1, Integer::sum);
            if (!visible.test(task)) {
                continue;
            }
            byLane.computeIfAbsent(laneKey.apply(task), key -> emptyColumns()).get(task.column())
                    .add(card(task, byId, goalById, stationById, openHazard.get(task.id()), today));
        }
        List<Lane> shown = new ArrayList<>();
        byLane.forEach((key, cards) -> {
            boolean empty = cards.values().stream().allMatch(List::isEmpty);
            if (swimlanes == Swimlanes.NONE || !empty) {
                shown.add(new Lane(laneTitle(key, swimlanes, byId, goalById), cards));
            }
        });
        return new Built(List.copyOf(shown), counts);
    }

    private static List<String> laneOrder(BoardSnapshot snapshot, Swimlanes swimlanes) {
        List<String> keys = new ArrayList<>();
        if (swimlanes == Swimlanes.PERSON) {
            snapshot.people().stream().filter(p -> !p.archived()).forEach(p -> keys.add(p.id().toString()));
        } else if (swimlanes == Swimlanes.GOAL) {
            snapshot.goals().forEach(g -> keys.add(g.id().toString()));
        }
        keys.add("");
        return keys;
    }

    private static String laneTitle(String key, Swimlanes swimlanes, Map<UUID, Person> byId,
                                    Map<UUID, Goal> goalById) {
        return switch (swimlanes) {
            case NONE -> "";
            case PERSON -> key.isEmpty() ? Messages.get("board.lane.noOwner")
                    : Optional.ofNullable(byId.get(UUID.fromString(key))).map(Person::name).orElse("");
            case GOAL -> key.isEmpty() ? Messages.get("board.lane.noGoal")
                    : Optional.ofNullable(goalById.get(UUID.fromString(key))).map(Goal::title)
                    .orElse(Messages.get("board.lane.earlierGoal"));
        };
    }

    private static Map<Column, List<TaskCard>> emptyColumns() {
        Map<Column, List<TaskCard>> columns = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            columns.put(column, new ArrayList<>());
        }
        return columns;
    }

    private static TaskCard card(Task task, Map<UUID, Person> people, Map<UUID, Goal> goals,
                                 Map<UUID, Station> stations, Hazard hazard, LocalDate today) {
        Person owner = task.ownerId() == null ? null : people.get(task.ownerId());
        String link = task.stationId() != null && stations.containsKey(task.stationId())
                ? stations.get(task.stationId()).title()
                : task.goalId() != null && goals.containsKey(task.goalId()) ? goals.get(task.goalId()).title() : "";
        String checklist = task.checklist().isEmpty() ? ""
                : Messages.get("board.checklist", task.checklistDone(), task.checklist().size());
        boolean overdue = task.due() != null && task.column() != Column.LAID && task.due().isBefore(today);
        String blocked = hazard == null ? ""
                : Messages.get("board.blocked", ChronoUnit.DAYS.between(hazard.raisedOn(), today));
        return new TaskCard(task.id(), task.title(), owner == null ? "" : owner.name(),
                owner == null ? "" : owner.initials(), link, task.due() == null ? "" : DATE.format(task.due()),
                overdue, checklist, hazard != null, blocked);
    }
}
