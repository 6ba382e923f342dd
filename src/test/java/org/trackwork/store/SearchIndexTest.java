package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.Function;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.SearchHit;
import org.trackwork.domain.SearchKind;
import org.trackwork.domain.SearchTerms;
import org.trackwork.domain.Task;

/**
 * The search indexes as the store keeps them: in step through the triggers on a file opened as the app opens it
 * (its schema distrusted), leaving no word of a changed note in the file, rebuilt when another program put them
 * out of step, and searched by shared-screen queries that cannot reach private text.
 */
class SearchIndexTest {

    private static final Quarter Q4 = Quarter.parse("2026-Q4");

    @TempDir
    Path folder;

    @Test
    void theIndexesFollowEveryWriteOnAWorkbookOpenedWithItsSchemaDistrusted() throws Exception {
        Path path = folder.resolve("team.trackwork");
        WorkbookFile.create(path).close();
        try (WorkbookFile workbook = WorkbookFile.open(path)) {
            int trusted = workbook.read(c -> intPragma(c, "trusted_schema"));
            assertThat(trusted).isZero();
            PersonRepository people = new PersonRepository(workbook);
            TaskRepository tasks = new TaskRepository(workbook);
            SearchIndex index = new SearchIndex(workbook);
            Person ada = Person.newCrewMember("Ada Lovelace", "Analyst");
            Task task = Task.surveyed(Q4, "Engine notes", 0, Instant.EPOCH).withOwner(ada.id());
            people.save(ada);
            tasks.save(task);
            assertThat(kinds(index, "lovelace")).containsExactly(SearchKind.PERSON);
            assertThat(kinds(index, "engine")).containsExactly(SearchKind.TASK);

            people.save(ada.renamed("Ada Byron"));
            tasks.save(task.withTitle("Difference engine"));
            assertThat(kinds(index, "lovelace")).isEmpty();
            assertThat(kinds(index, "byron")).containsExactly(SearchKind.PERSON);
            assertThat(kinds(index, "difference")).containsExactly(SearchKind.TASK);

            // a person's deletion sets the card's owner to nothing: the card stays, found without its owner
            people.delete(ada.id());
            assertThat(kinds(index, "byron")).isEmpty();
            assertThat(index.searchWholeWorkbook(SearchTerms.of("engine"), 5)).singleElement()
                    .satisfies(hit -> assertThat(hit.personId()).isNull());
            tasks.delete(task.id());
            assertThat(kinds(index, "engine")).isEmpty();
        }
    }

    @Test
    void sqliteLetsATriggerWriteAnFts5IndexWithTheSchemaDistrustedButNoApplicationFunction() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("plain.db"));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE note (text TEXT)");
            statement.executeUpdate("CREATE VIRTUAL TABLE note_index USING fts5(text)");
            statement.executeUpdate("CREATE TRIGGER indexed AFTER INSERT ON note BEGIN"
                    + " INSERT INTO note_index (rowid, text) VALUES (new.rowid, new.text); END");
            statement.executeUpdate("CREATE TABLE other (x)");
            Function.create(connection, "app_function", new Function() {
                @Override
                protected void xFunc() throws SQLException {
                    result(1);
                }
            });
            statement.executeUpdate("CREATE TRIGGER calls AFTER INSERT ON other BEGIN SELECT app_function(); END");
            WorkbookChecks.distrust(connection);

            statement.executeUpdate("INSERT INTO note VALUES ('indexed from a trigger')");
            assertThat(intQuery(connection, "SELECT count(*) FROM note_index WHERE note_index MATCH 'trigger'"))
                    .isEqualTo(1);
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO other VALUES (1)"))
                    .hasMessageContaining("unsafe use of app_function()");
        }
    }

    @Test
    void everyIndexDeletesSecurely() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            List<String> indexes = workbook.read(c -> names(c,
                    "SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'"));
            assertThat(indexes).hasSize(SearchKind.values().length);
            for (String index : indexes) {
                int secureDelete = workbook.read(c -> intQuery(c, "SELECT v FROM " + index + "_config"
                        + " WHERE k = 'secure-delete'"));
                assertThat(secureDelete).as(index).isEqualTo(1);
            }
        }
    }

    @Test
    void aChangedOrDeletedPrivateNoteLeavesNoWordOfItInTheFile() throws Exception {
        Path path = folder.resolve("team.trackwork");
        Person ada = Person.newCrewMember("Ada", "");
        OneOnOne session = new OneOnOne(UUID.randomUUID(), ada.id(), LocalDate.of(2026, 11, 20), "",
                "mentioned qqvexillology tangerine", List.of(), List.of());
        OneOnOne other = new OneOnOne(UUID.randomUUID(), ada.id(), LocalDate.of(2026, 11, 27), "",
                "asked about qqzymurgy", List.of(), List.of());
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            new PersonRepository(workbook).save(ada);
            new OneOnOneRepository(workbook).save(session);
            new OneOnOneRepository(workbook).save(other);
        }
        assertThat(contains(path, "qqvexillology")).isTrue();
        try (WorkbookFile workbook = WorkbookFile.open(path)) {
            new OneOnOneRepository(workbook).save(session.withPrivateNotes("all fine"));
            new OneOnOneRepository(workbook).delete(other.id());
            assertThat(new SearchIndex(workbook).searchWholeWorkbook(SearchTerms.of("fine"), 5))
                    .extracting(SearchHit::kind).containsExactly(SearchKind.ONE_ON_ONE_PRIVATE);
        }
        assertThat(contains(path, "vexillology")).isFalse();
        assertThat(contains(path, "zymurgy")).isFalse();
        assertThat(contains(path, "tangerine")).isFalse();
    }

    @Test
    void aSharedScreenIsSearchedInTheIndexesOfWhatItShowsAndNeverReadsPrivateText() {
        assertThat(SearchIndex.sharedKinds()).containsExactly(SearchKind.PERSON, SearchKind.TASK, SearchKind.GOAL,
                SearchKind.HAZARD, SearchKind.ONE_ON_ONE, SearchKind.AGENDA_ITEM, SearchKind.ACTION_ITEM,
                SearchKind.DEVELOPMENT_PLAN, SearchKind.DEVELOPMENT_GOAL, SearchKind.DEVELOPMENT_ACTION,
                SearchKind.RECOGNITION);
        for (SearchKind kind : SearchIndex.sharedKinds()) {
            String sql = SearchIndex.sharedScreenSql(kind);
            assertThat(sql).as(kind.name()).doesNotContain("private", "unshared", "snippet(search_%s, 2"
                    .formatted(kind.name().toLowerCase()));
        }
        assertThat(SearchIndex.sharedScreenSql(SearchKind.HAZARD)).contains("is_confidential = 0",
                "resolved_on IS NULL", "owner_id = ?");
    }

    @Test
    void wordsReachFts5OnlyAsQuotedPhrases() {
        assertThat(SearchIndex.match(SearchTerms.of("\"ada\" NEAR(lov"), null)).isEqualTo("\"ada\" \"NEAR\" \"lov\"*");
        assertThat(SearchIndex.match(SearchTerms.of("-bruno OR "), "title")).isEqualTo(
                "{title} : (\"bruno\" \"OR\")");
        assertThatThrownBy(() -> SearchIndex.match(SearchTerms.of(" * "), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void editsAreSavedAndFoundThoughAnotherProgramPutAnIndexOutOfStep() throws Exception {
        Path path = folder.resolve("team.trackwork");
        Task task = Task.surveyed(Q4, "Grease the points", 0, Instant.EPOCH);
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            new TaskRepository(workbook).save(task);
        }
        // the trigger taken away and put back exactly as it was: the structure checks out, the index is stale
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            String trigger = names(connection,
                    "SELECT sql FROM sqlite_master WHERE name = 'search_task_update'").get(0);
            statement.execute("DROP TRIGGER search_task_update");
            statement.execute("UPDATE task SET title = 'Oil the signals' WHERE id = '" + task.id() + "'");
            statement.execute(trigger);
        }
        try (WorkbookFile workbook = WorkbookFile.open(path)) {
            new TaskRepository(workbook).save(task.withTitle("Oil the crossing"));
            assertThat(new SearchIndex(workbook).searchWholeWorkbook(SearchTerms.of("crossing"), 5))
                    .extracting(SearchHit::recordId).containsExactly(task.id());
        }
        assertThat(WorkbookDiagnosis.inspect(path).healthy()).isTrue();
    }

    @Test
    void anIndexFts5FindsDamagedIsBuiltAnewFromItsTableAndSearchedAgain() throws Exception {
        Path path = folder.resolve("team.trackwork");
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            new TaskRepository(workbook).saveAll(List.of(Task.surveyed(Q4, "Grease the points", 0, Instant.EPOCH),
                    Task.surveyed(Q4, "Grease the wheels", 1, Instant.EPOCH)));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM search_task_docsize");
        }
        try (WorkbookFile workbook = WorkbookFile.open(path)) {
            SearchIndex index = new SearchIndex(workbook);
            assertThat(index.searchWholeWorkbook(SearchTerms.of("grease"), 5)).extracting(hit -> hit.title().plain())
                    .containsExactlyInAnyOrder("Grease the points", "Grease the wheels");
            int sizes = workbook.read(c -> intQuery(c, "SELECT count(*) FROM search_task_docsize"));
            assertThat(sizes).isEqualTo(2);
        }
    }

    private static List<SearchKind> kinds(SearchIndex index, String typed) {
        return index.searchWholeWorkbook(SearchTerms.of(typed), 5).stream().map(SearchHit::kind).toList();
    }

    private static boolean contains(Path file, String text) throws Exception {
        String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        String walBytes = Files.exists(wal) ? new String(Files.readAllBytes(wal), StandardCharsets.ISO_8859_1) : "";
        return bytes.contains(text) || walBytes.contains(text);
    }

    private static int intPragma(Connection connection, String name) throws SQLException {
        return intQuery(connection, "PRAGMA " + name);
    }

    private static int intQuery(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            return result.next() ? result.getInt(1) : -1;
        }
    }

    private static List<String> names(Connection connection, String sql) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                names.add(result.getString(1));
            }
        }
        return names;
    }
}
