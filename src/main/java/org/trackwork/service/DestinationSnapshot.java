package org.trackwork.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.Destination;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Progress;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Shift;
import org.trackwork.domain.Station;
import org.trackwork.domain.Task;

/** Everything the destination area shows for one quarter, read in one go. */
public record DestinationSnapshot(Quarter quarter, Optional<Destination> current, List<Destination> destinations,
                                  List<Shift> shifts, List<Goal> goals, List<Station> stations,
                                  List<Hazard> hazards, List<Person> people, List<Task> tasks,
                                  Set<UUID> countingStations) {

    /** A station's check-ins, for its history. */
    public static List<CheckIn> checkInsOf(Workbook workbook, UUID stationId) {
        return workbook.stations().checkIns(stationId);
    }

    public static DestinationSnapshot read(Workbook workbook, Quarter quarter) {
        return new DestinationSnapshot(quarter, workbook.destinations().current(), workbook.destinations().list(),
                workbook.shifts().list(), workbook.goals().listByQuarter(quarter),
                workbook.stations().listByQuarter(quarter), workbook.hazards().list(), workbook.people().list(),
                workbook.tasks().listByQuarter(quarter), workbook.stations().stationsCountingLaidTasks());
    }

    public List<Station> stationsOf(UUID goalId) {
        return stations.stream().filter(station -> station.goalId().equals(goalId)).toList();
    }

    public double progressOf(Goal goal) {
        return Progress.ofGoal(stationsOf(goal.id()));
    }

    public double quarterProgress() {
        return Progress.ofQuarter(goals.stream().map(goal -> stationsOf(goal.id())).toList());
    }

    /** True when an open hazard lies on the station or on its goal: a boulder at that station. */
    public boolean hasOpenHazard(Station station) {
        return hazards.stream().filter(Hazard::isOpen)
                .anyMatch(h -> station.id().equals(h.stationId()) || station.goalId().equals(h.goalId()));
    }

    public List<Hazard> openHazards() {
        return hazards.stream().filter(Hazard::isOpen).toList();
    }

    public Map<UUID, Person> peopleById() {
        return people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public Optional<Destination> destination(UUID id) {
        return destinations.stream().filter(d -> d.id().equals(id)).findFirst();
    }
}
