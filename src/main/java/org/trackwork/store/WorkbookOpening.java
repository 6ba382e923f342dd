package org.trackwork.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.trackwork.store.WorkbookException.Problem;

/**
 * How a workbook file is made or opened: by its real path, under its lock, after the checks, migrated on a connection
 * that distrusts the file's schema, with its identity written once. Nothing writes to a file until it has passed every
 * check.
 */
final class WorkbookOpening {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookOpening.class);

    private WorkbookOpening() {
    }

    /**
     * Creates a new, empty workbook; refuses to touch a file that already exists. When it cannot be made whole, what
     * this call created is deleted again, so no empty or half-made file is left behind.
     */
    static WorkbookFile create(Path path) throws WorkbookException {
        Path asked = path.toAbsolutePath().normalize();
        Path folder = asked.getParent();
        try {
            OwnerOnly.createFolders(folder);
        } catch (IOException e) {
            throw folderProblem(asked, folder, e);
        }
        Path file;
        try {
            file = folder.toRealPath().resolve(asked.getFileName());
        } catch (IOException e) {
            throw new WorkbookException(Problem.IO, asked, String.valueOf(e.getMessage()), e);
        }
        if (Files.exists(file) || Files.isSymbolicLink(file)) {
            throw new WorkbookException(Problem.ALREADY_EXISTS, file, "");
        }
        List<Path> madeHereOnFailure = new ArrayList<>(List.of(file));
        for (Path companion : WorkbookChecks.companionsOf(file)) {
            if (!Files.exists(companion)) {
                madeHereOnFailure.add(companion);
            }
        }
        try {
            OwnerOnly.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new WorkbookException(Problem.ALREADY_EXISTS, file, "");
        } catch (IOException e) {
            throw folderProblem(file, folder, e);
        }
        WorkbookLock lock = null;
        boolean created = false;
        try {
            lock = WorkbookLock.acquire(file);
            WorkbookFile workbook = connect(file, lock, false);
            created = true;
            return workbook;
        } finally {
            if (!created) {
                if (lock != null) {
                    lock.close();
                }
                madeHereOnFailure.forEach(WorkbookOpening::deleteQuietly);
            }
        }
    }

    private static WorkbookException folderProblem(Path file, Path folder, IOException e) {
        if (StoreException.causeOf(e) == StoreException.Cause.DISK_FULL) {
            return new WorkbookException(Problem.DISK_FULL, file, folder.toString(), e);
        }
        if (OwnerOnly.refusedByFolder(e)) {
            return new WorkbookException(Problem.FOLDER_NOT_WRITABLE, file, folder.toString(), e);
        }
        return new WorkbookException(Problem.IO, file, String.valueOf(e.getMessage()), e);
    }

    /**
     * Opens an existing workbook after checking, without writing, that it is ours, whole and writable. The path is
     * resolved to the file's real path first, so that every way of naming a file shares its lock and SQLite's -wal.
     */
    static WorkbookFile open(Path path) throws WorkbookException {
        Path file = realPath(path);
        // asked before anything reads the file: closing even a read of it would drop this process's lock on it
        if (WorkbookLock.heldHere(file)) {
            throw new WorkbookException(Problem.OPEN_HERE, file, "");
        }
        WorkbookChecks.checkBeforeOpening(file);
        WorkbookLock lock = WorkbookLock.acquire(file);
        try {
            refuseSharedJournal(file);
            WorkbookChecks.checkContent(file);
            return connect(file, lock, true);
        } catch (WorkbookException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * SQLite names a workbook's -wal and -shm after its path. When another process has them open although it does
     * not hold this file (another program has the workbook open, or a window still has the file this one replaced
     * and has not noticed yet), opening would share that process's journal: what it shows and saves would mix two
     * files. Such a file is refused until the other process lets go.
     */
    private static void refuseSharedJournal(Path file) throws WorkbookException {
        Path shm = WorkbookChecks.companion(file, "-shm");
        if (WorkbookFile.heldByADetachedWorkbook(shm)) {
            throw new WorkbookException(Problem.JOURNAL_IN_USE, file, "");
        }
        java.util.Optional<String> other = LockHolder.otherProcessLocking(shm);
        if (other.isPresent()) {
            throw new WorkbookException(Problem.JOURNAL_IN_USE, file, other.get());
        }
    }

    /** The file a path names, links resolved; a workbook is always known by this path. */
    static Path realPath(Path path) throws WorkbookException {
        Path asked = path.toAbsolutePath().normalize();
        try {
            return asked.toRealPath();
        } catch (NoSuchFileException e) {
            throw new WorkbookException(Problem.NOT_FOUND, asked, "");
        } catch (AccessDeniedException e) {
            throw new WorkbookException(Problem.NOT_READABLE, asked, "");
        } catch (IOException e) {
            throw new WorkbookException(Problem.IO, asked, String.valueOf(e.getMessage()), e);
        }
    }

    static Optional<UUID> readId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet table = statement.executeQuery(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'workbook_identity'")) {
                if (!table.next()) {
                    return Optional.empty();
                }
            }
            try (ResultSet row = statement.executeQuery("SELECT id FROM workbook_identity")) {
                return row.next() ? Optional.of(UUID.fromString(row.getString(1))) : Optional.empty();
            }
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file.getFileName(), e.getMessage());
        }
    }

    /**
     * Opens the connection edits go through, then migrates the file. The checks closed SQLite connections on the
     * file, which drops this process's lock on it, so the lock is taken again first, and again after the migration,
     * whose own connections may drop it too. Once the connection holds the file (in WAL mode SQLite keeps a lock
     * on it while it is open), SQLite keeps any later descriptor of the file open until it closes.
     *
     * @param checksClosedTheFile true after the checks of an open; false for a file verified before it was locked
     */
    static WorkbookFile connect(Path file, WorkbookLock lock, boolean checksClosedTheFile) throws WorkbookException {
        if (checksClosedTheFile) {
            holdAgain(file, lock);
        }
        try {
            Connection connection = writerConfig().createConnection(url(file));
            try {
                WorkbookChecks.distrust(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA secure_delete = ON");
                    WorkbookChecks.intPragma(statement, "user_version");
                }
                migrate(file);
                // a file that was empty, or not yet in WAL mode, leaves the connection holding nothing while Flyway
                // works, so closing Flyway's connections may have dropped the lock: it is taken again
                holdAgain(file, lock);
                Optional<UUID> known = readId(connection);
                UUID id = known.isPresent() ? known.get() : giveIdentity(connection);
                LOG.info("Opened workbook {}", file.getFileName());
                WorkbookFile workbook = WorkbookFile.opened(file, lock, connection, id);
                workbook.identifiedNow(known.isEmpty());
                return workbook;
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            StoreException.Cause cause = StoreException.causeOf(e);
            Problem problem = cause == StoreException.Cause.DISK_FULL ? Problem.DISK_FULL
                    : cause == StoreException.Cause.WRITE_REFUSED ? Problem.READ_ONLY : Problem.DAMAGED;
            throw new WorkbookException(problem, file, String.valueOf(e.getMessage()), e);
        }
    }

    private static void holdAgain(Path file, WorkbookLock lock) throws WorkbookException {
        if (!lock.reassert()) {
            throw new WorkbookException(Problem.IN_USE, file, LockHolder.describe(file, lock.identity()));
        }
    }

    /** The workbook's identity, written once: when it was made, or when a file older than identities is migrated. */
    private static UUID giveIdentity(Connection connection) throws SQLException {
        UUID id = UUID.randomUUID();
        try (var insert = connection.prepareStatement(
                "INSERT INTO workbook_identity (only_row, id, created_at) VALUES (1, ?, ?)")) {
            insert.setString(1, id.toString());
            insert.setString(2, Instant.now().toString());
            insert.executeUpdate();
        }
        return id;
    }

    private static void migrate(Path file) {
        Flyway.configure()
                .dataSource(new UntrustedDataSource(writerConfig(), url(file)))
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    static SQLiteConfig writerConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5_000);
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config;
    }

    static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }
}
