package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Column;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;
import org.trackwork.service.BoardOrder;

/**
 * Rows another program wrote that Trackwork cannot read never take a whole area down: the rows that can be read
 * show, the others are counted once, and an orphan link does not block edits elsewhere. Check Workbook finds them
 * and repairs what it safely can.
 */
class BadRowsTest {

    private static final Quarter Q4 = Quarter.parse("2026-Q4");

    @TempDir
    Path folder;

    private Path path;
    private final Person ada = Person.newCrewMember("Ada", "Engineer");
    private final List<Task> good = List.of(Task.surveyed(Q4, "Readable one", 0, Instant.EPOCH), Task.surveyed(Q4, "Readable two", 1, Instant.EPOCH));
    private final UUID orphan = UUID.randomUUID();

    @BeforeEach
    void writeAWorkbookWithOneBadRowOfEachKind() throws Exception {
        path = folder.resolve("team.trackwork");
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            new PersonRepository(workbook).save(ada);
            new TaskRepository(workbook).saveAll(good);
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.execute("PRAGMA ignore_check_constraints = ON");
            insertTask(connection, UUID.randomUUID().toString(), "", "SURVEYED", null, null);
            insertTask(connection, UUID.randomUUID().toString(), "Unknown column", "BOGUS", null, null);
            insertTask(connection, "not-a-uuid", "Bad id", "SURVEYED", null, null);
            insertTask(connection, UUID.randomUUID().toString(), "Bad date", "SURVEYED", "x", null);
            insertTask(connection, UUID.randomUUID().toString(), "t".repeat(10_000_000), "SURVEYED", null, null);
            // readable, but its goal is not there: an orphan link
            insertTask(connection, orphan.toString(), "Orphan", "SURVEYED", null, UUID.randomUUID().toString());
            statement.execute("INSERT INTO person (id, name, role, start_date, part_in_destination, is_manager,"
                    + " is_archived) VALUES ('" + UUID.randomUUID() + "', '', 'Nameless', NULL, '', 0, 0)");
        }
    }

    @Test
    void theReadableRowsShowAndTheOthersAreCountedOnce() throws Exception {
        try (WorkbookFile workbook = WorkbookFile.open(path)) {
            TaskRepository tasks = new TaskRepository(workbook);
            assertThat(tasks.listByQuarter(Q4)).extracting(Task::title)
                    .containsExactlyInAnyOrder("Readable one", "Readable two", "Orphan");
            assertThat(new PersonRepository(workbook).list()).containsExactly(ada);
            tasks.listByQuarter(Q4);
            tasks.listAll();
            assertThat(workbook.unreadableRows().count()).isEqualTo(6);
            assertThat(workbook.unreadableRows().rows()).extracting(UnreadableRows.Row::table)
                    .containsOnly("task", "person");
        }
    }

    @Test
    void anOrphanCardDoesNotBlockAQuickAddInItsColumn() throws Exception {
        try (WorkbookFile workbook = WorkbookFile.open(path)) {
            TaskRepository tasks = new TaskRepository(workbook);
            Task added = Task.surveyed(Q4, "Added on top", 0, Instant.EPOCH);
            tasks.saveAll(BoardOrder.addOnTop(tasks.listByQuarter(Q4), added));
            List<Task> column = BoardOrder.ordered(tasks.listByQuarter(Q4), Column.SURVEYED);
            assertThat(column).extracting(Task::title).first().isEqualTo("Added on top");
            assertThat(column).extracting(Task::title).contains("Orphan", "Readable one", "Readable two");
        }
    }

    @Test
    void aCheckFindsEachBadRowAndTheRepairSetsThemAsideAndDropsTheDanglingLink() throws Exception {
        WorkbookDiagnosis.Report closed = WorkbookDiagnosis.inspect(path);
        assertThat(closed.count(WorkbookDiagnosis.Kind.UNREADABLE)).isEqualTo(6);
        assertThat(closed.count(WorkbookDiagnosis.Kind.DANGLING_LINK)).isEqualTo(1);
        assertThat(closed.findings()).extracting(WorkbookDiagnosis.Finding::reason).contains(
                WorkbookDiagnosis.Reason.UNKNOWN_VALUE, WorkbookDiagnosis.Reason.NOT_AN_ID,
                WorkbookDiagnosis.Reason.NOT_A_DATE, WorkbookDiagnosis.Reason.REFUSED,
                WorkbookDiagnosis.Reason.POINTS_NOWHERE);
        assertThat(closed.repairable()).isTrue();

        try (WorkbookFile workbook = WorkbookFile.open(path)) {
            WorkbookDiagnosis.Report open = WorkbookDiagnosis.inspect(workbook);
            assertThat(open.findings()).hasSameSizeAs(closed.findings());
            List<WorkbookRepair.SetAside> setAside = WorkbookRepair.repair(workbook, open);
            // the bad date lay in a column that may be empty: it was emptied, and the card stays
            assertThat(setAside).hasSize(6);
            assertThat(setAside).filteredOn(record -> record.action() == WorkbookRepair.Action.EMPTIED).hasSize(1);
            assertThat(setAside).extracting(WorkbookRepair.SetAside::table).containsOnly("task", "person");
            assertThat(WorkbookDiagnosis.inspect(workbook).healthy()).isTrue();
            Task kept = new TaskRepository(workbook).find(orphan).orElseThrow();
            assertThat(kept.goalId()).isNull();
        }
        assertThat(WorkbookDiagnosis.inspect(path).healthy()).isTrue();
    }

    @Test
    void anUnreadableChecklistItemSurvivesASaveOfItsCard() throws Exception {
        Task card = good.get(0);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO checklist_item (id, task_id, position, text, is_done) VALUES"
                    + " ('not-an-id', '" + card.id() + "', 0, 'Written elsewhere', 0)");
        }
        try (WorkbookFile workbook = WorkbookFile.open(path)) {
            TaskRepository tasks = new TaskRepository(workbook);
            Task read = tasks.find(card.id()).orElseThrow();
            assertThat(read.checklist()).isEmpty();
            tasks.save(read.withChecklist(List.of(org.trackwork.domain.ChecklistItem.of("Added here"))));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement();
             var texts = statement.executeQuery("SELECT text FROM checklist_item ORDER BY text")) {
            List<String> kept = new java.util.ArrayList<>();
            while (texts.next()) {
                kept.add(texts.getString(1));
            }
            assertThat(kept).containsExactly("Added here", "Written elsewhere");
        }
    }

    @Test
    void aRepairEmptiesAValueThatMayBeEmptyAndReportsWhatGoesWithARecordItTakesOut() throws Exception {
        UUID undated = UUID.randomUUID();
        UUID nameless = UUID.randomUUID();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM person WHERE name = ''");
            statement.execute("DELETE FROM task WHERE id <> '" + good.get(0).id() + "'");
            statement.execute("INSERT INTO person (id, name, role, start_date, part_in_destination, is_manager,"
                    + " is_archived) VALUES ('" + undated + "', 'Undated', '', 'x', '', 0, 0),"
                    + " ('" + nameless + "', '', '', NULL, '', 0, 0)");
            for (UUID person : List.of(undated, nameless)) {
                statement.execute("INSERT INTO one_on_one (id, person_id, held_on, shared_notes, private_notes)"
                        + " VALUES ('" + UUID.randomUUID() + "', '" + person + "', '2026-11-20', '', 'Private of "
                        + person + "')");
            }
        }
        try (WorkbookFile workbook = WorkbookFile.open(path)) {
            List<WorkbookRepair.SetAside> done = WorkbookRepair.repair(workbook, WorkbookDiagnosis.inspect(workbook));
            assertThat(done).filteredOn(record -> record.action() == WorkbookRepair.Action.EMPTIED)
                    .singleElement().satisfies(record -> {
                        assertThat(record.table()).isEqualTo("person");
                        assertThat(record.column()).isEqualTo("start_date");
                        assertThat(record.values()).containsEntry("start_date", "x");
                    });
            assertThat(done).filteredOn(record -> record.action() == WorkbookRepair.Action.SET_ASIDE)
                    .extracting(WorkbookRepair.SetAside::table).containsExactly("person");
            assertThat(done).filteredOn(record -> record.action() == WorkbookRepair.Action.WENT_WITH)
                    .singleElement().satisfies(record -> {
                        assertThat(record.table()).isEqualTo("one_on_one");
                        assertThat(record.values()).containsEntry("private_notes", "Private of " + nameless);
                    });
            assertThat(new PersonRepository(workbook).list()).extracting(Person::name)
                    .containsExactlyInAnyOrder("Ada", "Undated");
            assertThat(new OneOnOneRepository(workbook).listByPerson(undated)).hasSize(1);
            assertThat(WorkbookDiagnosis.inspect(workbook).healthy()).isTrue();
        }
    }

    @Test
    void aCheckOfAFileNeverWritesIt() throws Exception {
        byte[] before = Files.readAllBytes(path);
        WorkbookDiagnosis.inspect(path);
        assertThat(Files.readAllBytes(path)).isEqualTo(before);
        assertThat(folder.resolve("team.trackwork-wal")).doesNotExist();
    }

    private static void insertTask(Connection connection, String id, String title, String column, String due,
                                   String goalId) throws Exception {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO task (id, quarter, title,"
                + " description, board_column, position, owner_id, goal_id, station_id, due, created_at)"
                + " VALUES (?, '2026-Q4', ?, '', ?, 9, NULL, ?, NULL, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, title);
            insert.setString(3, column);
            insert.setString(4, goalId);
            insert.setString(5, due);
            insert.setString(6, Instant.now().toString());
            insert.executeUpdate();
        }
    }
}
