package org.trackwork.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.trackwork.domain.Column;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.QuarterCrossing;
import org.trackwork.domain.Station;
import org.trackwork.domain.Task;

/** Everything the board of one quarter shows, read in one go. */
public record BoardSnapshot(Quarter quarter, List<Task> tasks, List<Person> people, List<Goal> goals,
                            List<Station> stations, List<Hazard> hazards, Map<Column, Integer> limits,
                            Set<UUID> countingStations) {

    /**
     * The snapshot with some tasks saved, added or removed, as the board shows an edit at once while the writer
     * thread saves it; the next read replaces it with what was stored.
     */
    public BoardSnapshot withTasks(List<Task> saved, Set<UUID> removed) {
        Map<UUID, Task> byId = new java.util.LinkedHashMap<>();
        tasks.forEach(task -> byId.put(task.id(), task));
        saved.forEach(task -> byId.put(task.id(), task));
        removed.forEach(byId::remove);
        List<Task> merged = byId.values().stream().filter(task -> task.quarter().equals(quarter)).toList();
        return new BoardSnapshot(quarter, merged, people, goals, stations, hazards, limits, countingStations);
    }

    /** The quarter a card is on now, when it is still there. */
    public static Optional<Quarter> quarterOf(Workbook workbook, UUID taskId) {
        return workbook.tasks().find(taskId).map(Task::quarter);
    }

    /** The quarters a card crossed, for its history. */
    public static List<QuarterCrossing> crossingsOf(Workbook workbook, UUID taskId) {
        return workbook.tasks().crossings(taskId);
    }

    public static BoardSnapshot read(Workbook workbook, Quarter quarter) {
        List<Task> tasks = workbook.tasks().listByQuarter(quarter);
        Set<UUID> taskIds = new java.util.HashSet<>();
        tasks.forEach(task -> taskIds.add(task.id()));
        return new BoardSnapshot(quarter, tasks, workbook.people().list(), workbook.goals().listByQuarter(quarter),
                workbook.stations().listByQuarter(quarter),
                workbook.hazards().list().stream().filter(h -> h.taskId() != null && taskIds.contains(h.taskId()))
                        .toList(),
                workbook.columnLimits().limits(), workbook.stations().stationsCountingLaidTasks());
    }
}
