package org.trackwork.service;

import java.util.List;
import java.util.UUID;
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Refusal;
import org.trackwork.domain.Station;

/**
 * Writing goals and stations and checking in on a station. Undo puts back what was stored when the edit ran, so a
 * recount made by the board in between is not silently reverted to what a view last showed.
 */
public final class GoalChange {

    private static final String STATION_GONE = "refusal.station.gone";

    private GoalChange() {
    }

    /** Adds a goal or saves a changed one. */
    public static Edit saveGoal(String description, Goal goal) {
        return Edit.storing(description, goal, workbook -> workbook.goals().find(goal.id()),
                (workbook, g) -> workbook.goals().save(g), (workbook, g) -> workbook.goals().delete(g.id()));
    }

    /**
     * Adds or saves a station and whether it counts the laid cards linked to it, as one edit; a station that counts
     * starts from the cards of {@code quarter} already laid, not from zero.
     */
    public static Edit saveStation(String description, Station station, boolean countsLaidTasks, Quarter quarter) {
        Station[] before = new Station[1];
        boolean[] countedBefore = new boolean[1];
        return Edit.of(description, workbook -> {
            before[0] = workbook.stations().find(station.id()).orElse(null);
            countedBefore[0] = before[0] != null && workbook.stations().countsLaidTasks(station.id());
            workbook.stations().save(keepingReadings(station, before[0]));
            workbook.stations().setCountsLaidTasks(station.id(), countsLaidTasks);
            if (countsLaidTasks) {
                workbook.stations().save(TrackAdvance.recount(station,
                        workbook.tasks().countLaid(station.id(), quarter)));
            }
        }, workbook -> {
            if (before[0] == null) {
                workbook.stations().delete(station.id());
            } else {
                workbook.stations().save(before[0]);
                workbook.stations().setCountsLaidTasks(station.id(), countedBefore[0]);
            }
        });
    }

    /**
     * The station as the dialog wrote it, with where it stands (its value, whether it is done) as stored: a
     * check-in or a recount since the dialog opened is not written back over. A station that changed kind starts
     * from what the dialog says.
     */
    private static Station keepingReadings(Station written, Station stored) {
        if (stored == null || stored.kind() != written.kind()) {
            return written;
        }
        return new Station(written.id(), written.goalId(), written.title(), written.kind(), written.start(),
                written.target(), stored.current(), written.unit(), stored.done(), written.due(),
                written.confidence(), written.position());
    }

    /**
     * Records a check-in and moves the station to its latest reading, as one edit: a check-in dated before the
     * latest one joins the history without turning the station back.
     */
    public static Edit checkIn(String description, UUID stationId, CheckIn checkIn) {
        Station[] before = new Station[1];
        return Edit.of(description, workbook -> {
            before[0] = workbook.stations().find(stationId).orElseThrow(() -> new Refusal(STATION_GONE));
            workbook.stations().addCheckIn(checkIn);
            List<CheckIn> history = workbook.stations().checkIns(stationId);
            workbook.stations().save(before[0].checkedIn(history.get(history.size() - 1)));
        }, workbook -> {
            workbook.stations().deleteCheckIn(checkIn.id());
            workbook.stations().save(before[0]);
        });
    }
}
