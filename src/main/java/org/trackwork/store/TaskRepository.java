package org.trackwork.store;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.ChecklistItem;
import org.trackwork.domain.Column;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;

/** Stores the tasks of the track board with their checklists. */
public final class TaskRepository {

    private static final String UPSERT = Sql.upsert("task", "id", "quarter", "title", "description",
            "board_column", "position", "owner_id", "goal_id", "station_id", "due", "created_at");
    private static final Sql.Children CHECKLIST = new Sql.Children("checklist_item", "task_id",
            "id", "text", "is_done");
    private static final String BOARD_ORDER = Sql.declarationOrder("board_column", Column.class) + ", position, id";

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
            Sql sql = new Sql(c);
            sql.batch(UPSERT, rows);
            sql.replace(CHECKLIST, checklists, item -> new Object[] {item.id(), item.text(), item.done()});
            return null;
        });
    }

    public Optional<Task> find(UUID id) {
        return file.read(c -> select(new Sql(c), "id = ?", id).stream().findFirst());
    }

    /** The board of a quarter: column by column from Surveyed to Laid, each column in its order. */
    public List<Task> listByQuarter(Quarter quarter) {
        return file.read(c -> select(new Sql(c), "quarter = ?", quarter));
    }

    /** The quarters that have tasks, the earliest first. */
    public List<Quarter> quarters() {
        return file.read(c -> new Sql(c).quarters("task"));
    }

    public int count() {
        return file.read(c -> new Sql(c).one("SELECT COUNT(*) AS n FROM task", row -> row.integer("n")).orElse(0));
    }

    /** Deletes the task with its checklist and hazards; action items sent to it keep going without it. */
    public void delete(UUID id) {
        file.inTransaction(c -> new Sql(c).deleteById("task", id));
    }

    /** Tasks with their checklists, in two queries however many tasks there are. */
    private static List<Task> select(Sql sql, String where, Object... parameters) throws SQLException {
        Map<UUID, List<ChecklistItem>> checklists = sql.children(CHECKLIST, "SELECT id FROM task WHERE " + where,
                row -> new ChecklistItem(row.uuid("id"), row.text("text"), row.flag("is_done")), parameters);
        return sql.list("SELECT * FROM task WHERE " + where + " ORDER BY " + BOARD_ORDER,
                row -> new Task(row.uuid("id"), row.quarter("quarter"), row.text("title"), row.text("description"),
                        row.constant("board_column", Column.class), row.integer("position"), row.uuid("owner_id"),
                        row.uuid("goal_id"), row.uuid("station_id"), row.date("due"),
                        checklists.getOrDefault(row.uuid("id"), List.of()), row.instant("created_at")),
                parameters);
    }
}
