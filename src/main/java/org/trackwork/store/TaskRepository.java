package org.trackwork.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.ChecklistItem;
import org.trackwork.domain.Column;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.QuarterCrossing;
import org.trackwork.domain.Task;

/** Stores the tasks of the track board with their checklists. */
public final class TaskRepository {

    private static final String UPSERT = Sql.upsert("task", "id", "quarter", "title", "description",
            "board_column", "position", "owner_id->person", "goal_id->goal", "station_id->station", "due",
            "created_at");
    private static final Sql.Children CHECKLIST = new Sql.Children("checklist_item", "task_id",
            "id", "text", "is_done");
    private static final String BOARD_ORDER = Sql.declarationOrder("board_column", Column.class) + ", position, id";
    private static final String UPSERT_CROSSING = Sql.upsertOn(2, "quarter_crossing",
            "task_id", "from_quarter", "to_quarter", "crossed_on");
    private static final String DELETE_CROSSING = "DELETE FROM quarter_crossing WHERE task_id = ? AND from_quarter = ?";
    private static final String CROSSING_ORDER = " ORDER BY from_quarter, crossed_on, task_id";

    private final WorkbookFile file;

    public TaskRepository(WorkbookFile file) {
        this.file = file;
    }

    public void save(Task task) {
        saveAll(List.of(task));
    }

    /** Saves many tasks with their checklists as one edit, in batches: fast enough for a hundred thousand. */
    public void saveAll(List<Task> tasks) {
        Map<UUID, List<ChecklistItem>> checklists = new LinkedHashMap<>();
        tasks.forEach(task -> checklists.put(task.id(), task.checklist()));
        List<Object[]> rows = tasks.stream()
                .map(task -> new Object[] {task.id(), task.quarter(), task.title(), task.description(),
                        task.column(), task.position(), task.ownerId(), task.goalId(), task.stationId(), task.due(),
                        task.createdAt()})
                .toList();
        file.inTransaction(c -> {
            Sql sql = file.sql(c);
            sql.batch(UPSERT, rows);
            sql.replace(CHECKLIST, checklists, item -> new Object[] {item.id(), item.text(), item.done()});
            return null;
        });
    }

    public Optional<Task> find(UUID id) {
        return file.read(c -> select(file.sql(c), "id = ?", BOARD_ORDER, id).stream().findFirst());
    }

    /** The board of a quarter: column by column from Surveyed to Laid, each column in its order. */
    public List<Task> listByQuarter(Quarter quarter) {
        return file.read(c -> select(file.sql(c), "quarter = ?", BOARD_ORDER, quarter));
    }

    /** Every task of every quarter, the earliest quarter first, each board in its order. */
    public List<Task> listAll() {
        return file.read(c -> select(file.sql(c), "1 = 1", "quarter, " + BOARD_ORDER));
    }

    /** Every crossing of every card, for a check of the whole workbook. */
    void readAllCrossings() {
        file.read(c -> file.sql(c).list("SELECT * FROM quarter_crossing", TaskRepository::crossing));
    }

    /** How many tasks on a station are laid on the board of one quarter (the quarter of the station's goal). */
    public int countLaid(UUID stationId, Quarter quarter) {
        return file.read(c -> file.sql(c).one("SELECT COUNT(*) AS n FROM task"
                        + " WHERE station_id = ? AND quarter = ? AND board_column = ?", row -> row.integer("n"),
                stationId, quarter, Column.LAID).orElse(0));
    }

    /** The quarters a card crossed when they were closed unfinished, the earliest first. */
    public List<QuarterCrossing> crossings(UUID taskId) {
        return file.read(c -> file.sql(c).list("SELECT * FROM quarter_crossing WHERE task_id = ?" + CROSSING_ORDER,
                TaskRepository::crossing, taskId));
    }

    /** The cards carried out of one quarter. */
    public List<QuarterCrossing> crossingsFrom(Quarter from) {
        return file.read(c -> file.sql(c).list("SELECT * FROM quarter_crossing WHERE from_quarter = ?"
                + CROSSING_ORDER, TaskRepository::crossing, from));
    }

    /** Records that a card crossed out of a quarter; a card crosses out of a quarter once, the latest counts. */
    public void addCrossing(QuarterCrossing crossing) {
        addCrossings(List.of(crossing));
    }

    /** Records many crossings as one edit, in a batch. */
    public void addCrossings(Collection<QuarterCrossing> crossings) {
        List<Object[]> rows = crossings.stream()
                .map(crossing -> new Object[] {crossing.taskId(), crossing.from(), crossing.to(), crossing.on()})
                .toList();
        file.inTransaction(c -> {
            file.sql(c).batch(UPSERT_CROSSING, rows);
            return null;
        });
    }

    public void deleteCrossing(UUID taskId, Quarter from) {
        file.inTransaction(c -> file.sql(c).update(DELETE_CROSSING, taskId, from));
    }

    /** Deletes many crossings as one edit, in a batch. */
    public void deleteCrossings(Collection<QuarterCrossing> crossings) {
        List<Object[]> rows = crossings.stream()
                .map(crossing -> new Object[] {crossing.taskId(), crossing.from()})
                .toList();
        file.inTransaction(c -> {
            file.sql(c).batch(DELETE_CROSSING, rows);
            return null;
        });
    }

    /** The quarters that have tasks, the earliest first. */
    public List<Quarter> quarters() {
        return file.read(c -> file.sql(c).quarters("task"));
    }

    public int count() {
        return file.read(c -> file.sql(c).one("SELECT COUNT(*) AS n FROM task", row -> row.integer("n")).orElse(0));
    }

    /** Deletes the task with its checklist and hazards; action items sent to it keep going without it. */
    public void delete(UUID id) {
        file.inTransaction(c -> file.sql(c).deleteById("task", id));
    }

    /** Tasks with their checklists, in two queries however many tasks there are. */
    private static List<Task> select(Sql sql, String where, String order, Object... parameters)
            throws SQLException {
        Map<UUID, List<ChecklistItem>> checklists = sql.children(CHECKLIST, "SELECT id FROM task WHERE " + where,
                row -> new ChecklistItem(row.uuid("id"), row.text("text"), row.flag("is_done")), parameters);
        return sql.list("SELECT * FROM task WHERE " + where + " ORDER BY " + order,
                row -> new Task(row.uuid("id"), row.quarter("quarter"), row.text("title"), row.text("description"),
                        row.constant("board_column", Column.class), row.integer("position"), row.uuid("owner_id"),
                        row.uuid("goal_id"), row.uuid("station_id"), row.date("due"),
                        checklists.getOrDefault(row.uuid("id"), List.of()), row.instant("created_at")),
                parameters);
    }

    private static QuarterCrossing crossing(Sql.Row row) throws SQLException {
        return new QuarterCrossing(row.uuid("task_id"), row.quarter("from_quarter"), row.quarter("to_quarter"),
                row.date("crossed_on"));
    }

    /** The tasks one person owns on the board of a quarter, in board order; nobody else's are read. */
    public List<Task> listOwnedBy(UUID ownerId, Quarter quarter) {
        return file.read(c -> select(file.sql(c), "owner_id = ? AND quarter = ?", BOARD_ORDER, ownerId, quarter));
    }
}
