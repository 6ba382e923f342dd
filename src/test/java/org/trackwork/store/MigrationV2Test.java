package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import org.trackwork.domain.ChecklistItem;
import org.trackwork.domain.Column;
import org.trackwork.domain.Confidence;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.QuarterCrossing;
import org.trackwork.domain.Station;
import org.trackwork.domain.StationKind;
import org.trackwork.domain.Task;

class MigrationV2Test {

    private static final Quarter Q4 = Quarter.parse("2026-Q4");

    @TempDir
    Path folder;

    private final Person ada = new Person(UUID.randomUUID(), "Ada", "Engineer", LocalDate.of(2024, 1, 8),
            "Lays the sign-up track", false, false);
    private final UUID destinationId = UUID.randomUUID();
    private final UUID goalId = UUID.randomUUID();
    private final Station station = new Station(UUID.randomUUID(), goalId, "Sign-ups a day", StationKind.KEY_RESULT,
            0, 40, 12, "sign-ups", false, LocalDate.of(2026, 12, 18), Confidence.AT_RISK, 0);
    private final Task task = new Task(UUID.randomUUID(), Q4, "Shorter form", "Drop the fax field", Column.LAYING, 0,
            ada.id(), null, station.id(), LocalDate.of(2026, 11, 30), List.of(new ChecklistItem(UUID.randomUUID(),
            "Ask support", true)), Instant.parse("2026-10-02T08:15:00Z"));

    @Test
    void aVersionOneWorkbookOpensMigratedToVersionTwoWithEverythingStillThere() throws Exception {
        Path path = versionOneWorkbook();

        try (WorkbookFile file = WorkbookFile.open(path)) {
            assertThat(userVersion(file)).isEqualTo(WorkbookFile.SCHEMA_VERSION);
            // the migration's connections closed on the file without dropping this process's lock on it
            assertThat(OpenInAnotherProcess.tryOpen(path)).startsWith("IN_USE ");
            assertThat(new PersonRepository(file).list()).containsExactly(ada);
            StationRepository stations = new StationRepository(file);
            assertThat(stations.find(station.id())).contains(station);
            assertThat(stations.countsLaidTasks(station.id())).isFalse();
            assertThat(stations.stationsCountingLaidTasks()).isEmpty();
            TaskRepository tasks = new TaskRepository(file);
            assertThat(tasks.listByQuarter(Q4)).containsExactly(task);
            assertThat(tasks.crossings(task.id())).isEmpty();
            assertThat(new ColumnLimitRepository(file).limits()).isEmpty();

            // the new tables take rows
            stations.setCountsLaidTasks(station.id(), true);
            tasks.addCrossing(new QuarterCrossing(task.id(), Q4.previous(), Q4, LocalDate.of(2026, 10, 1)));
            new ColumnLimitRepository(file).setLimit(Column.LAYING, 3);
        }
        try (WorkbookFile reopened = WorkbookFile.open(path)) {
            assertThat(userVersion(reopened)).isEqualTo(WorkbookFile.SCHEMA_VERSION);
            assertThat(new StationRepository(reopened).countsLaidTasks(station.id())).isTrue();
            assertThat(new TaskRepository(reopened).crossings(task.id())).hasSize(1);
            assertThat(new ColumnLimitRepository(reopened).limits()).containsEntry(Column.LAYING, 3);
        }
    }

    /** A workbook as version 1 made it: the first migration only, and rows written with its columns. */
    private Path versionOneWorkbook() throws Exception {
        Path path = folder.resolve("v1.trackwork");
        SQLiteDataSource dataSource = new SQLiteDataSource();
        dataSource.setUrl("jdbc:sqlite:" + path);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path)) {
            assertThat(intPragma(connection, "user_version")).isEqualTo(1);
            assertThat(intPragma(connection, "application_id")).isEqualTo(WorkbookFile.APPLICATION_ID);
            Sql sql = new Sql(connection, new UnreadableRows());
            sql.update(Sql.insert("person", "id", "name", "role", "start_date", "part_in_destination",
                    "is_manager", "is_archived"), ada.id(), ada.name(), ada.role(), ada.startDate(),
                    ada.partInDestination(), ada.manager(), ada.archived());
            sql.update(Sql.insert("destination", "id", "title", "statement", "why_it_matters", "horizon", "status",
                    "created_at"), destinationId, "Self-service", "", "", null, "CURRENT", Instant.now());
            sql.update(Sql.insert("goal", "id", "destination_id", "quarter", "title", "description", "owner_id",
                    "position"), goalId, destinationId, Q4, "Faster sign-up", "", ada.id(), 0);
            sql.update(Sql.insert("station", "id", "goal_id", "title", "kind", "start_value", "target_value",
                    "current_value", "unit", "is_done", "due", "confidence", "position"), station.id(), goalId,
                    station.title(), station.kind(), station.start(), station.target(), station.current(),
                    station.unit(), station.done(), station.due(), station.confidence(), station.position());
            sql.update(Sql.insert("task", "id", "quarter", "title", "description", "board_column", "position",
                    "owner_id", "goal_id", "station_id", "due", "created_at"), task.id(), task.quarter(),
                    task.title(), task.description(), task.column(), task.position(), task.ownerId(), task.goalId(),
                    task.stationId(), task.due(), task.createdAt());
            ChecklistItem item = task.checklist().get(0);
            sql.update(Sql.insert("checklist_item", "id", "task_id", "position", "text", "is_done"), item.id(),
                    task.id(), 0, item.text(), item.done());
        }
        return path;
    }

    private static int userVersion(WorkbookFile file) {
        return file.read(connection -> intPragma(connection, "user_version"));
    }

    private static int intPragma(Connection connection, String name) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }
}
