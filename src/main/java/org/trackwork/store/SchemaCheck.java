package org.trackwork.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The structure a workbook of each schema version has when only Trackwork wrote it (its tables, indexes, triggers
 * and views, with their SQL), and the check that a file has exactly that. Another program's trigger or view could
 * copy private notes into shared ones or stall every save, so a file with anything extra or altered is refused.
 * The expected structure is made by running the same migrations in memory, so it follows every new migration.
 */
final class SchemaCheck {

    /** The migrations in order; the n-th leaves {@code user_version} at n. A test holds this to the folder. */
    static final List<String> MIGRATIONS = List.of("V1__workbook.sql", "V2__board.sql",
            "V3__identity_and_purges.sql", "V4__search.sql");

    /** Statistics that a tool's ANALYZE writes: they steer SQLite's query planner and cannot run any code. */
    private static final Set<String> HARMLESS_TABLES = Set.of("sqlite_stat1", "sqlite_stat4");

    /** What Flyway itself keeps in the file: its history table, as the Flyway on the class path makes it. */
    private static final Set<SchemaObject> FLYWAY = Set.of(
            new SchemaObject("table", "flyway_schema_history", "flyway_schema_history", """
                    CREATE TABLE "flyway_schema_history" (
                        "installed_rank" INT NOT NULL PRIMARY KEY,
                        "version" VARCHAR(50),
                        "description" VARCHAR(200) NOT NULL,
                        "type" VARCHAR(20) NOT NULL,
                        "script" VARCHAR(1000) NOT NULL,
                        "checksum" INT,
                        "installed_by" VARCHAR(100) NOT NULL,
                        "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),
                        "execution_time" INT NOT NULL,
                        "success" BOOLEAN NOT NULL
                    )""".stripIndent().strip()),
            new SchemaObject("index", "sqlite_autoindex_flyway_schema_history_1", "flyway_schema_history", null),
            new SchemaObject("index", "flyway_schema_history_s_idx", "flyway_schema_history",
                    "CREATE INDEX \"flyway_schema_history_s_idx\" ON \"flyway_schema_history\" (\"success\")"));

    private static final Map<Integer, Set<SchemaObject>> EXPECTED = new ConcurrentHashMap<>();

    private SchemaCheck() {
    }

    /** One entry of {@code sqlite_master}. */
    record SchemaObject(String type, String name, String table, String sql) {

        /** How a report names it: "trigger copy_notes". */
        String label() {
            return type + " " + name;
        }
    }

    /** How a file's structure differs from what Trackwork makes; empty lists when it does not. */
    record Differences(List<String> extra, List<String> missingOrAltered) {

        boolean none() {
            return extra.isEmpty() && missingOrAltered.isEmpty();
        }

        /** For a message: at most a few names. */
        String summary() {
            List<String> all = new java.util.ArrayList<>(extra);
            missingOrAltered.stream().map(name -> name + " (changed or missing)").forEach(all::add);
            return String.join(", ", all.subList(0, Math.min(all.size(), 4))) + (all.size() > 4 ? ", …" : "");
        }
    }

    /** Compares the structure of the database on {@code connection} with that of its schema version. */
    static Differences compare(Connection connection, int version) throws SQLException {
        Set<SchemaObject> actual = read(connection);
        actual.removeIf(object -> "table".equals(object.type()) && HARMLESS_TABLES.contains(object.name()));
        Set<SchemaObject> expected = expected(version);
        Set<String> extra = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (SchemaObject object : actual) {
            if (!expected.contains(object)) {
                boolean known = expected.stream().anyMatch(e -> e.type().equals(object.type())
                        && e.name().equals(object.name()));
                (known ? missing : extra).add(object.label());
            }
        }
        for (SchemaObject object : expected) {
            if (!actual.contains(object)) {
                missing.add(object.label());
            }
        }
        return new Differences(List.copyOf(extra), List.copyOf(missing));
    }

    /** The structure of a workbook of a version, made once per version by running the migrations in memory. */
    static Set<SchemaObject> expected(int version) throws SQLException {
        if (version < 0 || version > MIGRATIONS.size()) {
            throw new IllegalArgumentException("No schema version " + version);
        }
        Set<SchemaObject> known = EXPECTED.get(version);
        if (known != null) {
            return known;
        }
        Set<SchemaObject> made = new HashSet<>();
        if (version > 0) {
            try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:");
                 Statement statement = memory.createStatement()) {
                for (String migration : MIGRATIONS.subList(0, version)) {
                    statement.executeUpdate(script(migration));
                }
                made.addAll(read(memory));
            }
            made.addAll(FLYWAY);
        }
        Set<SchemaObject> frozen = Set.copyOf(made);
        EXPECTED.put(version, frozen);
        return frozen;
    }

    private static Set<SchemaObject> read(Connection connection) throws SQLException {
        Set<SchemaObject> objects = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT type, name, tbl_name, sql FROM sqlite_master")) {
            while (rows.next()) {
                String sql = rows.getString(4);
                objects.add(new SchemaObject(rows.getString(1), rows.getString(2), rows.getString(3),
                        sql == null ? null : sql.strip()));
            }
        }
        return objects;
    }

    private static String script(String migration) throws SQLException {
        try (InputStream in = SchemaCheck.class.getResourceAsStream("/db/migration/" + migration)) {
            return new String(Objects.requireNonNull(in, migration).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("Cannot read the migration " + migration, e);
        }
    }
}
