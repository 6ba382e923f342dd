package org.trackwork.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Station;
import org.trackwork.domain.Task;

/**
 * Deleting a goal or a station also deletes its stations, check-ins and hazards and unlinks its tasks. The edit
 * keeps all of that, so undo puts the plan back exactly as it was.
 */
public final class PlanRemoval {

    private PlanRemoval() {
    }

    public static Edit ofGoal(Goal goal, String description) {
        Snapshot[] taken = new Snapshot[1];
        return Edit.of(description, workbook -> {
            // as stored, not as the plan list showed it: undo must not revert a recount or a rename since
            Goal stored = workbook.goals().find(goal.id()).orElse(goal);
            taken[0] = Snapshot.take(workbook, stored, workbook.stations().listByGoal(goal.id()));
            workbook.goals().delete(goal.id());
        }, workbook -> taken[0].restore(workbook));
    }

    public static Edit ofStation(Station station, String description) {
        Snapshot[] taken = new Snapshot[1];
        return Edit.of(description, workbook -> {
            Station stored = workbook.stations().find(station.id()).orElse(station);
            taken[0] = Snapshot.take(workbook, null, List.of(stored)).withLinkedTasks(workbook);
            workbook.stations().delete(station.id());
        }, workbook -> taken[0].restore(workbook));
    }

    /** What the delete takes away, as it was before. */
    private record Snapshot(Goal goal, List<Station> stations, List<CheckIn> checkIns, List<Hazard> hazards,
                            List<Task> tasks, Set<UUID> counting) {

        static Snapshot take(Workbook workbook, Goal goal, List<Station> stations) {
            Set<UUID> ids = stations.stream().map(Station::id).collect(Collectors.toSet());
            if (goal != null) {
                ids.add(goal.id());
            }
            List<CheckIn> checkIns = new ArrayList<>();
            stations.forEach(station -> checkIns.addAll(workbook.stations().checkIns(station.id())));
            List<Hazard> hazards = workbook.hazards().list().stream()
                    .filter(h -> ids.contains(h.goalId()) || ids.contains(h.stationId())).toList();
            // carried cards live in later quarters and keep their links, so every quarter is searched
            List<Task> tasks = goal == null ? List.of() : workbook.tasks().listAll().stream()
                    .filter(t -> ids.contains(t.goalId()) || ids.contains(t.stationId())).toList();
            Set<UUID> counting = stations.stream().map(Station::id)
                    .filter(workbook.stations()::countsLaidTasks).collect(Collectors.toSet());
            return new Snapshot(goal, List.copyOf(stations), checkIns, hazards, tasks, counting);
        }

        /** The tasks linked to the snapshot's stations, in any quarter. */
        Snapshot withLinkedTasks(Workbook workbook) {
            Set<UUID> ids = stations.stream().map(Station::id).collect(Collectors.toSet());
            List<Task> linked = workbook.tasks().listAll().stream()
                    .filter(t -> t.stationId() != null && ids.contains(t.stationId())).toList();
            return new Snapshot(null, stations, checkIns, hazards, linked, counting);
        }

        void restore(Workbook workbook) {
            if (goal != null) {
                workbook.goals().save(goal);
            }
            stations.forEach(workbook.stations()::save);
            counting.forEach(id -> workbook.stations().setCountsLaidTasks(id, true));
            checkIns.forEach(workbook.stations()::addCheckIn);
            hazards.forEach(workbook.hazards()::save);
            tasks.forEach(workbook.tasks()::save);
        }
    }
}
