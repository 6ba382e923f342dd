package org.trackwork.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;
import org.trackwork.store.WorkbookException.Problem;

/**
 * The checks a file passes before anything writes to it: that it is an SQLite file of ours, whole, of a version this
 * Trackwork knows, with the structure Trackwork gave it, and writable. Nothing here writes to the file.
 */
final class WorkbookChecks {

    private WorkbookChecks() {
    }

    /** The checks that need no SQLite: the file's kind, size, header and permissions. */
    static void checkBeforeOpening(Path file) throws WorkbookException {
        if (!Files.exists(file)) {
            throw new WorkbookException(Problem.NOT_FOUND, file, "");
        }
        if (Files.isDirectory(file)) {
            throw new WorkbookException(Problem.FOLDER, file, "");
        }
        if (!Files.isReadable(file)) {
            throw new WorkbookException(Problem.NOT_READABLE, file, "");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new WorkbookException(Problem.EMPTY, file, "");
            }
            WorkbookHeader header = WorkbookHeader.read(file);
            if (header == null) {
                throw new WorkbookException(Problem.NOT_SQLITE, file, "");
            }
            if (!header.complete()) {
                throw new WorkbookException(Problem.TRUNCATED, file, "");
            }
            // with edits still in the -wal, the file's own header may be behind: checkContent asks SQLite instead
            if (!hasWalToReplay(file)) {
                if (header.truncatedAt(size)) {
                    throw new WorkbookException(Problem.TRUNCATED, file, "");
                }
                checkMarks(file, header.applicationId(), header.userVersion());
            }
            if (OwnerOnly.ownerCannotWrite(file) || !Files.isWritable(file.getParent())) {
                throw new WorkbookException(Problem.READ_ONLY, file, "");
            }
        } catch (IOException e) {
            throw new WorkbookException(Problem.IO, file, String.valueOf(e.getMessage()), e);
        }
    }

    private static void checkMarks(Path file, int applicationId, int userVersion) throws WorkbookException {
        if (applicationId != WorkbookFile.APPLICATION_ID) {
            throw new WorkbookException(Problem.NOT_OURS, file, "");
        }
        if (userVersion > WorkbookFile.SCHEMA_VERSION) {
            throw new WorkbookException(Problem.NEWER_VERSION, file, String.valueOf(userVersion));
        }
    }

    /**
     * Reads the file through a read-only, immutable connection: a file that fails the check must not be written
     * by a checkpoint, nor get -wal and -shm files beside it. When a -wal holds edits not yet checkpointed (after a
     * crash, perhaps in the middle of a checkpoint), the file alone may look damaged although SQLite would recover
     * it from the -wal: then the check reads through a plain read-only connection, which sees the -wal (and may
     * make a -shm index for it) but never writes the file. Besides SQLite's own check, the file's structure must be
     * the one Trackwork's migrations made.
     */
    static void checkContent(Path file) throws WorkbookException {
        try (Connection check = openReadOnly(file); Statement statement = check.createStatement()) {
            int version = intPragma(statement, "user_version");
            checkMarks(file, intPragma(statement, "application_id"), version);
            List<String> problems = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
                while (rows.next()) {
                    problems.add(rows.getString(1));
                }
            }
            if (!problems.equals(List.of("ok"))) {
                throw new WorkbookException(Problem.DAMAGED, file, String.join("; ", problems));
            }
            SchemaCheck.Differences differences = SchemaCheck.compare(check, version);
            if (!differences.none()) {
                throw new WorkbookException(Problem.CHANGED_BY_OTHER_PROGRAM, file, differences.summary());
            }
        } catch (SQLException e) {
            throw new WorkbookException(Problem.DAMAGED, file, String.valueOf(e.getMessage()), e);
        }
    }

    /**
     * A connection that cannot write the file, with the pragmas every connection to a file of unknown origin gets:
     * its schema is not trusted to run functions with side effects, and cells are checked as they are read.
     */
    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5_000);
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        String url;
        if (hasWalToReplay(file)) {
            url = "jdbc:sqlite:" + file;
        } else {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            url = "jdbc:sqlite:" + file.toUri() + "?immutable=1";
        }
        Connection connection = config.createConnection(url);
        try {
            distrust(connection);
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** What every connection to a workbook gets before it reads anything. */
    static void distrust(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA trusted_schema = OFF");
            statement.execute("PRAGMA cell_size_check = ON");
        }
    }

    static int intPragma(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    static boolean hasWalToReplay(Path file) {
        try {
            Path wal = companion(file, "-wal");
            return Files.isRegularFile(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** The files SQLite keeps beside a database while it is open or after a crash. */
    static List<Path> companionsOf(Path file) {
        return List.of(companion(file, "-wal"), companion(file, "-shm"), companion(file, "-journal"));
    }

    /** Checks, without writing, that a file opens as a whole workbook of ours (a backup before restoring it). */
    static void verifyCopy(Path copy) throws WorkbookException {
        checkBeforeOpening(copy);
        checkContent(copy);
    }
}
