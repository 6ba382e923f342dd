package org.trackwork.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
        file.inTransaction(c -> new Sql(c).update(UPSERT, station.id(), station.goalId(), station.title(),
                station.kind(), station.start(), station.target(), station.current(), station.unit(),
                station.done(), station.due(), station.confidence(), station.position()));
    }

    public Optional<Station> find(UUID id) {
        return file.read(c -> new Sql(c).byId("station", id, StationRepository::station));
    }

    /** The stations of one goal in their order. */
    public List<Station> listByGoal(UUID goalId) {
        return file.read(c -> new Sql(c).list("SELECT * FROM station WHERE goal_id = ? ORDER BY position, id",
                StationRepository::station, goalId));
    }

    /** The stations of a quarter's goals: goal by goal in the goals' order, each goal's stations in theirs. */
    public List<Station> listByQuarter(Quarter quarter) {
        return file.read(c -> new Sql(c).list("SELECT s.* FROM station s JOIN goal g ON g.id = s.goal_id"
                + " WHERE g.quarter = ? ORDER BY g.position, g.id, s.position, s.id",
                StationRepository::station, quarter));
    }

    /** Deletes the station with its check-ins and hazards; tasks on it keep going without it. */
    public void delete(UUID id) {
        file.inTransaction(c -> new Sql(c).deleteById("station", id));
    }

    /** Records a check-in; updating the station's own value is up to the caller, in the same edit. */
    public void addCheckIn(CheckIn checkIn) {
        file.inTransaction(c -> new Sql(c).update(INSERT_CHECK_IN, checkIn.id(), checkIn.stationId(),
                checkIn.on(), checkIn.value(), checkIn.confidence(), checkIn.comment(), checkIn.recordedAt()));
    }

    /** Removes one check-in, as when a check-in is undone. */
    public void deleteCheckIn(UUID id) {
        file.inTransaction(c -> new Sql(c).deleteById("check_in", id));
    }

    /** The check-ins of a station by date, those of one day in the order they were recorded. */
    public List<CheckIn> checkIns(UUID stationId) {
        return file.read(c -> new Sql(c).list(
                "SELECT * FROM check_in WHERE station_id = ? ORDER BY checked_on, recorded_at, id",
                row -> new CheckIn(row.uuid("id"), row.uuid("station_id"), row.date("checked_on"),
                        row.number("value"), row.constant("confidence", Confidence.class), row.text("comment"),
                        row.instant("recorded_at")),
                stationId));
    }

    private static Station station(Sql.Row row) throws SQLException {
        return new Station(row.uuid("id"), row.uuid("goal_id"), row.text("title"),
                row.constant("kind", StationKind.class), row.number("start_value"), row.number("target_value"),
                row.number("current_value"), row.text("unit"), row.flag("is_done"), row.date("due"),
                row.constant("confidence", Confidence.class), row.integer("position"));
    }
}
