package org.trackwork.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Station;
import org.trackwork.domain.StationKind;
import org.trackwork.domain.Task;
import org.trackwork.domain.Refusal;

/**
 * Track laid on the board moves the train: a key result set to count laid tasks follows its cards as they are
 * laid, and a milestone whose card is laid can be marked done.
 */
public final class TrackAdvance {

    private TrackAdvance() {
    }

    /**
     * The key result with its value moved from the start toward the target by {@code laidCount}, never past the
     * target (a key result may count down: from 10 open defects toward 0).
     *
     * @throws IllegalArgumentException for a milestone, or a negative count
     */
    public static Station recount(Station station, long laidCount) {
        if (station.kind() != StationKind.KEY_RESULT) {
            throw new Refusal("refusal.station.milestoneCounts");
        }
        if (laidCount < 0) {
            throw new Refusal("refusal.station.negativeLaid");
        }
        double current = station.target() > station.start()
                ? Math.min(station.target(), station.start() + laidCount)
                : Math.max(station.target(), station.start() - laidCount);
        return new Station(station.id(), station.goalId(), station.title(), station.kind(), station.start(),
                station.target(), current, station.unit(), station.done(), station.due(), station.confidence(),
                station.position());
    }

    /**
     * Moves cards on the board and recounts the stations among {@code stationsToRecount} that count laid tasks
     * (usually the stations of the moved cards). Only where each card lies changes: the rest of it is kept as
     * stored, so a move never writes back a title or checklist the board showed before it was changed. Undo puts
     * the cards and those stations back as they were stored.
     *
     * @param moved the cards where they lie now (what {@link BoardOrder#move} returns)
     */
    public static Edit moveCard(String description, List<Task> moved, Set<UUID> stationsToRecount) {
        List<Task> now = List.copyOf(moved);
        Set<UUID> stations = Set.copyOf(stationsToRecount);
        List<Task> was = new ArrayList<>();
        List<Station> recounted = new ArrayList<>();
        return Edit.of(description, workbook -> {
            was.clear();
            workbook.tasks().saveAll(placeStored(workbook, now, was));
            recountAll(workbook, stations, recounted);
        }, workbook -> {
            workbook.tasks().saveAll(was);
            recounted.forEach(workbook.stations()::save);
        });
    }

    /**
     * Applies one change to a card as stored (its title, owner, station…) and recounts the stations among
     * {@code stationsToRecount} that count laid tasks, since a laid card moving between stations changes what they
     * have reached. Undo puts the card and those stations back as they were stored.
     */
    public static Edit editCard(String description, UUID taskId, UnaryOperator<Task> change,
                                Set<UUID> stationsToRecount) {
        Set<UUID> stations = Set.copyOf(stationsToRecount);
        Task[] was = new Task[1];
        List<Station> recounted = new ArrayList<>();
        return Edit.of(description, workbook -> {
            was[0] = workbook.tasks().find(taskId).orElseThrow(() -> new Refusal("refusal.task.gone"));
            workbook.tasks().save(change.apply(was[0]));
            recountAll(workbook, stations, recounted);
        }, workbook -> {
            workbook.tasks().save(was[0]);
            recounted.forEach(workbook.stations()::save);
        });
    }

    /**
     * The stored cards of {@code moved}, each where {@code moved} puts it and otherwise as stored; a card deleted
     * since is left out. The cards as they were go into {@code was}, for undo.
     */
    static List<Task> placeStored(Workbook workbook, List<Task> moved, List<Task> was) {
        List<Task> placed = new ArrayList<>();
        for (Task task : moved) {
            workbook.tasks().find(task.id()).ifPresent(stored -> {
                was.add(stored);
                placed.add(stored.movedTo(task.column(), task.position()));
            });
        }
        return placed;
    }

    private static void recountAll(Workbook workbook, Set<UUID> stations, List<Station> recounted) {
        recounted.clear();
        for (UUID stationId : stations) {
            recount(workbook, stationId).ifPresent(recounted::add);
        }
    }

    /**
     * Makes a key result count laid tasks (and recounts it at once), or stop counting them (its value stays where
     * it is). Undo restores the flag and the value.
     */
    public static Edit countLaidTasks(String description, Station station, boolean counts) {
        Objects.requireNonNull(station, "Station is required.");
        Station[] was = new Station[1];
        boolean[] counted = new boolean[1];
        return Edit.of(description, workbook -> {
            counted[0] = workbook.stations().countsLaidTasks(station.id());
            was[0] = workbook.stations().find(station.id()).orElse(station);
            workbook.stations().setCountsLaidTasks(station.id(), counts);
            if (counts) {
                recount(workbook, station.id());
            }
        }, workbook -> {
            workbook.stations().save(was[0]);
            workbook.stations().setCountsLaidTasks(station.id(), counted[0]);
        });
    }

    /**
     * Marks a milestone done with a check-in of 1 on the given day, keeping its confidence. Undo deletes the
     * check-in and puts the station back as it was.
     *
     * @throws IllegalArgumentException when the station is a key result
     */
    public static Edit markMilestoneDone(String description, Station milestone, LocalDate on, Instant now) {
        if (milestone.kind() != StationKind.MILESTONE) {
            throw new Refusal("refusal.station.keyResultDone");
        }
        CheckIn checkIn = milestone.checkIn(on, 1, milestone.confidence(), "", now);
        Station[] was = new Station[1];
        return Edit.of(description, workbook -> {
            was[0] = workbook.stations().find(milestone.id()).orElse(milestone);
            workbook.stations().addCheckIn(checkIn);
            workbook.stations().save(was[0].checkedIn(checkIn));
        }, workbook -> {
            workbook.stations().deleteCheckIn(checkIn.id());
            workbook.stations().save(was[0]);
        });
    }

    /**
     * Sets a counting key result to the number of its cards laid on its goal's quarter, and saves it.
     *
     * @return the station as it was before, when it counts laid tasks; empty when it does not or is gone
     */
    private static Optional<Station> recount(Workbook workbook, UUID stationId) {
        if (!workbook.stations().countsLaidTasks(stationId)) {
            return Optional.empty();
        }
        Optional<Station> stored = workbook.stations().find(stationId)
                .filter(station -> station.kind() == StationKind.KEY_RESULT);
        Optional<Goal> goal = stored.flatMap(station -> workbook.goals().find(station.goalId()));
        if (stored.isEmpty() || goal.isEmpty()) {
            return Optional.empty();
        }
        Station station = stored.get();
        workbook.stations().save(recount(station, workbook.tasks().countLaid(stationId, goal.get().quarter())));
        return stored;
    }
}
