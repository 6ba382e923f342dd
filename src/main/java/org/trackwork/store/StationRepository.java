package org.trackwork.store;

import java.sql.SQLException;
import java.util.List;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.trackwork.domain.Refusal;
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.Confidence;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Station;
import org.trackwork.domain.StationKind;

/** Stores the stations of goals and the check-ins recorded on them. */
public final class StationRepository {

    private static final String UPSERT = Sql.upsert("station", "id", "goal_id", "title", "kind", "start_value",
            "target_value", "current_value", "unit", "is_done", "due", "confidence", "position");
    private static final String INSERT_CHECK_IN = Sql.insert("check_in",
            "id", "station_id", "checked_on", "value", "confidence", "comment", "recorded_at");

    private final WorkbookFile file;

    public StationRepository(WorkbookFile file) {
        this.file = file;
    }

    public void save(Station station) {
        file.inTransaction(c -> file.sql(c).update(UPSERT, station.id(), station.goalId(), station.title(),
                station.kind(), station.start(), station.target(), station.current(), station.unit(),
                station.done(), station.due(), station.confidence(), station.position()));
    }

    public Optional<Station> find(UUID id) {
        return file.read(c -> file.sql(c).byId("station", id, StationRepository::station));
    }

    /** The stations of one goal in their order. */
    public List<Station> listByGoal(UUID goalId) {
        return file.read(c -> file.sql(c).list("SELECT * FROM station WHERE goal_id = ? ORDER BY position, id",
                StationRepository::station, goalId));
    }

    /** The stations of a quarter's goals: goal by goal in the goals' order, each goal's stations in theirs. */
    public List<Station> listByQuarter(Quarter quarter) {
        return file.read(c -> file.sql(c).list("SELECT s.* FROM station s JOIN goal g ON g.id = s.goal_id"
                + " WHERE g.quarter = ? ORDER BY g.position, g.id, s.position, s.id",
                StationRepository::station, quarter));
    }

    /** Every station with every check-in, for a check of the whole workbook. */
    void readAll() {
        file.read(c -> file.sql(c).list("SELECT * FROM station", StationRepository::station));
        file.read(c -> file.sql(c).list("SELECT * FROM check_in", StationRepository::checkIn));
    }

    /** Whether the station is a key result that moves as its tasks are laid; false for a station not stored. */
    public boolean countsLaidTasks(UUID stationId) {
        return file.read(c -> file.sql(c).one("SELECT counts_laid_tasks FROM station WHERE id = ?",
                row -> row.flag("counts_laid_tasks"), stationId).orElse(false));
    }

    /**
     * Makes a key result count laid tasks, or stop counting them. Only the flag changes: recounting the station's
     * value is up to the caller, in the same edit.
     *
     * @throws IllegalArgumentException when the station is not stored, or is a milestone and {@code counts} is true
     */
    public void setCountsLaidTasks(UUID stationId, boolean counts) {
        file.inTransaction(c -> {
            Sql sql = file.sql(c);
            StationKind kind = sql.one("SELECT kind FROM station WHERE id = ?",
                            row -> row.constant("kind", StationKind.class), stationId)
                    .orElseThrow(() -> new Refusal("refusal.station.gone"));
            if (counts && kind != StationKind.KEY_RESULT) {
                throw new Refusal("refusal.station.onlyKeyResultCounts");
            }
            return sql.update("UPDATE station SET counts_laid_tasks = ? WHERE id = ?", counts, stationId);
        });
    }

    /** The stations that move as their tasks are laid. */
    public Set<UUID> stationsCountingLaidTasks() {
        return file.read(c -> new HashSet<>(file.sql(c).list("SELECT id FROM station WHERE counts_laid_tasks = 1",
                row -> row.uuid("id"))));
    }

    /** Deletes the station with its check-ins and hazards; tasks on it keep going without it. */
    public void delete(UUID id) {
        file.inTransaction(c -> file.sql(c).deleteById("station", id));
    }

    /** Records a check-in; updating the station's own value is up to the caller, in the same edit. */
    public void addCheckIn(CheckIn checkIn) {
        file.inTransaction(c -> file.sql(c).update(INSERT_CHECK_IN, checkIn.id(), checkIn.stationId(),
                checkIn.on(), checkIn.value(), checkIn.confidence(), checkIn.comment(), checkIn.recordedAt()));
    }

    /** Removes one check-in, as when a check-in is undone. */
    public void deleteCheckIn(UUID id) {
        file.inTransaction(c -> file.sql(c).deleteById("check_in", id));
    }

    /** The check-ins of a station by date, those of one day in the order they were recorded. */
    public List<CheckIn> checkIns(UUID stationId) {
        return file.read(c -> file.sql(c).list(
                "SELECT * FROM check_in WHERE station_id = ? ORDER BY checked_on, recorded_at, id",
                StationRepository::checkIn, stationId));
    }

    private static CheckIn checkIn(Sql.Row row) throws SQLException {
        return new CheckIn(row.uuid("id"), row.uuid("station_id"), row.date("checked_on"), row.number("value"),
                row.constant("confidence", Confidence.class), row.text("comment"), row.instant("recorded_at"));
    }

    private static Station station(Sql.Row row) throws SQLException {
        return new Station(row.uuid("id"), row.uuid("goal_id"), row.text("title"),
                row.constant("kind", StationKind.class), row.number("start_value"), row.number("target_value"),
                row.number("current_value"), row.text("unit"), row.flag("is_done"), row.date("due"),
                row.constant("confidence", Confidence.class), row.integer("position"));
    }
}
