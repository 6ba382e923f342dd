package org.trackwork.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Quarter;

/** Stores the quarterly goals toward a destination. */
public final class GoalRepository {

    private static final String UPSERT = Sql.upsert("goal",
            "id", "destination_id", "quarter", "title", "description", "owner_id->person", "position");

    private final WorkbookFile file;

    public GoalRepository(WorkbookFile file) {
        this.file = file;
    }

    public void save(Goal goal) {
        file.inTransaction(c -> file.sql(c).update(UPSERT, goal.id(), goal.destinationId(), goal.quarter(),
                goal.title(), goal.description(), goal.ownerId(), goal.position()));
    }

    public Optional<Goal> find(UUID id) {
        return file.read(c -> file.sql(c).byId("goal", id, GoalRepository::goal));
    }

    /** The goals of a quarter in their order. */
    public List<Goal> listByQuarter(Quarter quarter) {
        return file.read(c -> file.sql(c).list("SELECT * FROM goal WHERE quarter = ? ORDER BY position, id",
                GoalRepository::goal, quarter));
    }

    /** Every goal of every quarter, for a check of the whole workbook. */
    List<Goal> listAll() {
        return file.read(c -> file.sql(c).list("SELECT * FROM goal ORDER BY quarter, position, id",
                GoalRepository::goal));
    }

    /** The quarters that have goals, the earliest first. */
    public List<Quarter> quarters() {
        return file.read(c -> file.sql(c).quarters("goal"));
    }

    /** Deletes the goal with its stations and hazards; tasks and recognitions on it keep going without it. */
    public void delete(UUID id) {
        file.inTransaction(c -> file.sql(c).deleteById("goal", id));
    }

    private static Goal goal(Sql.Row row) throws SQLException {
        return new Goal(row.uuid("id"), row.uuid("destination_id"), row.quarter("quarter"), row.text("title"),
                row.text("description"), row.uuid("owner_id"), row.integer("position"));
    }

    /** The goals one person owns in a quarter, in their order. */
    public List<Goal> listOwnedBy(UUID ownerId, Quarter quarter) {
        return file.read(c -> file.sql(c).list("SELECT * FROM goal WHERE owner_id = ? AND quarter = ?"
                + " ORDER BY position, id", GoalRepository::goal, ownerId, quarter));
    }
}
