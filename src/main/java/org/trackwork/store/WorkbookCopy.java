package org.trackwork.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import java.time.Instant;
import java.util.UUID;
import org.trackwork.store.WorkbookException.Problem;

/** Copies of an open workbook, whole and checked: Save a Copy As and the backups. */
final class WorkbookCopy {

    private WorkbookCopy() {
    }

    /**
     * Copies the whole database of a connection into a file with SQLite's online backup: a consistent copy as of
     * one moment, which also works on a file deleted while open. Through the driver's own call, not SQL, so any
     * file name will do.
     */
    static void onlineBackup(Connection connection, Path target) throws SQLException {
        int result = connection.unwrap(SQLiteConnection.class).getDatabase().backup("main", target.toString(), null);
        if (result != SQLiteErrorCode.SQLITE_OK.code) {
            throw new SQLException("The online backup ended with SQLite result " + result);
        }
    }

    /**
     * Writes a consistent copy of the whole workbook, with SQLite's online backup (which also works on a file that
     * was deleted while open), to a temporary file beside the target; only a copy that opens and checks as a whole
     * workbook is moved into place. A target that is an open workbook, here or in another window, is refused
     * rather than replaced under it.
     *
     * @param asAnotherWorkbook true for Save a Copy As: the copy gets an identity of its own, so that its backups
     *                          are its own; false for a backup, which must stay this workbook's
     * @throws WorkbookException OPEN_HERE or IN_USE when the target is an open workbook
     */
    static void write(Connection connection, FileIdentity self, Path target, boolean asAnotherWorkbook)
            throws IOException, WorkbookException {
        Path asked = target.toAbsolutePath().normalize();
        Path folder = asked.getParent().toRealPath();
        Path destination = folder.resolve(asked.getFileName());
        if (FileIdentity.ofQuietly(destination).map(self::equals).orElse(false)) {
            throw new WorkbookException(Problem.OPEN_HERE, destination, "");
        }
        try (TargetGuard guard = TargetGuard.of(destination)) {
            Path temporary = folder.resolve(".trackwork-copy-" + UUID.randomUUID() + ".tmp");
            try {
                // owner-only before SQLite writes notes into it; SQLite takes an empty file as an empty database
                OwnerOnly.createFile(temporary);
                try {
                    onlineBackup(connection, temporary);
                } catch (SQLException e) {
                    throw new IOException("Copying the workbook failed: " + e.getMessage(), e);
                }
                OwnerOnly.restrict(temporary);
                if (asAnotherWorkbook) {
                    giveNewIdentity(temporary);
                }
                WorkbookChecks.verifyCopy(temporary);
                // a -wal left beside the target by a crash would be replayed into the copy when it is opened
                for (Path stale : WorkbookChecks.companionsOf(destination)) {
                    Files.deleteIfExists(stale);
                }
                Files.move(temporary, destination, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                guard.replaced();
            } finally {
                Files.deleteIfExists(temporary);
                for (Path companion : WorkbookChecks.companionsOf(temporary)) {
                    Files.deleteIfExists(companion);
                }
            }
        }
    }

    private static void giveNewIdentity(Path copy) throws IOException {
        try (Connection connection = WorkbookOpening.writerConfig().createConnection(WorkbookOpening.url(copy));
             var update = connection.prepareStatement("UPDATE workbook_identity SET id = ?, created_at = ?")) {
            WorkbookChecks.distrust(connection);
            update.setString(1, UUID.randomUUID().toString());
            update.setString(2, Instant.now().toString());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("The copy could not get an identity of its own: " + e.getMessage(), e);
        }
    }
}
