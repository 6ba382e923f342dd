package org.trackwork.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Files that pass some of a workbook's checks and fail a later one, for tests of what happens then. */
public final class OddWorkbooks {

    private OddWorkbooks() {
    }

    /**
     * Writes a file marked as ours and whole, so that it checks out, but with a table the first migration would
     * create: Flyway refuses to migrate it, so opening it fails only after every check passed.
     */
    public static Path checksOutButCannotBeMigrated(Path file) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA application_id = " + WorkbookFile.APPLICATION_ID);
            statement.execute("CREATE TABLE person (name TEXT)");
        }
        WorkbookFile.verifyCopy(file);
        return file;
    }

    /** Keeps every edit of the open workbook in its -wal, as if the process were to crash before a checkpoint. */
    static void stopCheckpoints(WorkbookFile workbook) {
        workbook.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA wal_autocheckpoint = 0");
            }
            return null;
        });
    }
}
