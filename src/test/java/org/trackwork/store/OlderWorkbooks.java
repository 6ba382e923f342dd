package org.trackwork.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Workbooks as an older Trackwork left them, made from a workbook of today, for tests and the bench. */
public final class OlderWorkbooks {

    private OlderWorkbooks() {
    }

    /**
     * Copies a closed workbook and takes out of the copy what the fourth migration added (the search indexes, the
     * views they read and their triggers: version 3 had no virtual table, view or trigger), so that it is the
     * workbook a version 3 Trackwork would have written: same records, version 3's structure exactly, and a
     * migration history that ends at version 3.
     */
    public static Path asVersionThree(Path workbook, Path copy) throws Exception {
        Files.copy(workbook, copy);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement statement = connection.createStatement()) {
            for (String drop : List.of(
                    "SELECT 'DROP TRIGGER \"' || name || '\"' FROM sqlite_master WHERE type = 'trigger'",
                    "SELECT 'DROP TABLE \"' || name || '\"' FROM sqlite_master"
                            + " WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'",
                    "SELECT 'DROP VIEW \"' || name || '\"' FROM sqlite_master WHERE type = 'view'")) {
                List<String> statements = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery(drop)) {
                    while (rows.next()) {
                        statements.add(rows.getString(1));
                    }
                }
                for (String sql : statements) {
                    statement.execute(sql);
                }
            }
            statement.execute("DELETE FROM flyway_schema_history WHERE version = '4'");
            statement.execute("PRAGMA user_version = 3");
            statement.execute("VACUUM");
            if (!SchemaCheck.compare(connection, 3).none()) {
                throw new IllegalStateException("Not the structure of version 3: "
                        + SchemaCheck.compare(connection, 3).summary());
            }
        }
        return copy;
    }
}
