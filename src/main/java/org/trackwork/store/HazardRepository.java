package org.trackwork.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Severity;

/** Stores the hazards on goals, stations and tasks. */
public final class HazardRepository {

    private static final String UPSERT = Sql.upsert("hazard", "id", "description", "severity", "goal_id",
            "station_id", "task_id", "raised_on", "raised_by_id->person", "is_confidential", "escalated_on",
            "resolved_on", "resolution_note");

    private final WorkbookFile file;

    public HazardRepository(WorkbookFile file) {
        this.file = file;
    }

    public void save(Hazard hazard) {
        file.inTransaction(c -> file.sql(c).update(UPSERT, hazard.id(), hazard.description(), hazard.severity(),
                hazard.goalId(), hazard.stationId(), hazard.taskId(), hazard.raisedOn(), hazard.raisedById(),
                hazard.confidential(), hazard.escalatedOn(), hazard.resolvedOn(), hazard.resolutionNote()));
    }

    public Optional<Hazard> find(UUID id) {
        return file.read(c -> file.sql(c).byId("hazard", id, HazardRepository::hazard));
    }

    /** Open hazards first, the most severe first, then the longest known. */
    public List<Hazard> list() {
        return file.read(c -> file.sql(c).list("SELECT * FROM hazard"
                + " ORDER BY CASE WHEN resolved_on IS NULL THEN 0 ELSE 1 END, "
                + Sql.declarationOrder("severity", Severity.class) + " DESC, raised_on, id",
                HazardRepository::hazard));
    }

    public void delete(UUID id) {
        file.inTransaction(c -> file.sql(c).deleteById("hazard", id));
    }

    private static Hazard hazard(Sql.Row row) throws SQLException {
        return new Hazard(row.uuid("id"), row.text("description"), row.constant("severity", Severity.class),
                row.uuid("goal_id"), row.uuid("station_id"), row.uuid("task_id"), row.date("raised_on"),
                row.uuid("raised_by_id"), row.flag("is_confidential"), row.date("escalated_on"),
                row.date("resolved_on"), row.text("resolution_note"));
    }

    /**
     * The open hazards on one person's tasks that are not confidential: all a shared screen may know of hazards.
     * Confidential ones are filtered out by the query, so they are never read for it.
     */
    public List<Hazard> listOpenSharedOnTasksOf(UUID ownerId) {
        return file.read(c -> file.sql(c).list("SELECT * FROM hazard WHERE is_confidential = 0"
                + " AND resolved_on IS NULL AND task_id IN (SELECT id FROM task WHERE owner_id = ?)"
                + " ORDER BY raised_on, id", HazardRepository::hazard, ownerId));
    }
}
