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
     * Writes a workbook that passes every check, but whose migration history no longer matches the migrations (its
     * first one's checksum is altered): Flyway refuses to migrate it, so opening it fails only after every check.
     */
    public static Path checksOutButCannotBeMigrated(Path file) throws Exception {
        WorkbookFile.create(file).close();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        }
        WorkbookFile.verifyCopy(file);
        return file;
    }

    /** Like {@link #checksOutButCannotBeMigrated}, as a copy of a closed workbook: a backup of it, in effect. */
    public static Path unmigratableCopyOf(Path workbook, Path copy) throws Exception {
        java.nio.file.Files.copy(workbook, copy);
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + copy);
             Statement statement = connection.createStatement()) {
            statement.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '1'");
        }
        WorkbookFile.verifyCopy(copy);
        return copy;
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
