package org.trackwork.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;
import org.trackwork.store.WorkbookException.Problem;

/**
 * One workbook: an SQLite file of ours, locked for this process, checked before use and migrated to the current
 * schema. Nothing writes to a file until it has passed every check.
 */
public final class WorkbookFile implements AutoCloseable {

    /** "TRWK" in the file header marks a workbook as ours. */
    public static final int APPLICATION_ID = 0x5452574B;
    /** The schema version the newest migration leaves in {@code user_version}. */
    public static final int SCHEMA_VERSION = 2;
    public static final String EXTENSION = ".trackwork";

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookFile.class);

    private final Path path;
    private final WorkbookLock lock;
    private final Connection connection;
    private int transactionDepth;
    private volatile boolean closed;

    private WorkbookFile(Path path, WorkbookLock lock, Connection connection) {
        this.path = path;
        this.lock = lock;
        this.connection = connection;
    }

    /**
     * Creates a new, empty workbook; refuses to touch a file that already exists. When it cannot be made whole, what
     * this call created is deleted again, so no empty or half-made file is left behind.
     */
    public static WorkbookFile create(Path path) throws WorkbookException {
        Path file = path.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new WorkbookException(Problem.ALREADY_EXISTS, file, "");
        }
        List<Path> madeHereOnFailure = new ArrayList<>(List.of(file));
        for (Path companion : companionsOf(file)) {
            if (!Files.exists(companion)) {
                madeHereOnFailure.add(companion);
            }
        }
        try {
            OwnerOnly.createFolders(file.getParent());
            OwnerOnly.createFile(file);
        } catch (FileAlreadyExistsException e) {
            throw new WorkbookException(Problem.ALREADY_EXISTS, file, "");
        } catch (IOException e) {
            throw new WorkbookException(Problem.IO, file, String.valueOf(e.getMessage()), e);
        }
        WorkbookLock lock = null;
        boolean created = false;
        try {
            lock = WorkbookLock.acquire(file);
            WorkbookFile workbook = connect(file, lock);
            created = true;
            return workbook;
        } finally {
            if (!created) {
                if (lock != null) {
                    lock.close();
                }
                madeHereOnFailure.forEach(WorkbookFile::deleteQuietly);
            }
        }
    }

    /** Opens an existing workbook after checking, without writing, that it is ours, whole and writable. */
    public static WorkbookFile open(Path path) throws WorkbookException {
        Path file = path.toAbsolutePath().normalize();
        // asked before anything reads the file: closing even a read of it would drop this process's locks on it
        if (WorkbookLock.heldHere(file)) {
            throw new WorkbookException(Problem.OPEN_HERE, file, "");
        }
        checkBeforeOpening(file);
        WorkbookLock lock = WorkbookLock.acquire(file);
        try {
            checkContent(file);
            return connect(file, lock);
        } catch (WorkbookException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static void checkBeforeOpening(Path file) throws WorkbookException {
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
        if (applicationId != APPLICATION_ID) {
            throw new WorkbookException(Problem.NOT_OURS, file, "");
        }
        if (userVersion > SCHEMA_VERSION) {
            throw new WorkbookException(Problem.NEWER_VERSION, file, String.valueOf(userVersion));
        }
    }

    /**
     * Reads the file through a read-only, immutable connection: a file that fails the check must not be written
     * by a checkpoint, nor get -wal and -shm files beside it. When a -wal holds edits not yet checkpointed (after a
     * crash, perhaps in the middle of a checkpoint), the file alone may look damaged although SQLite would recover
     * it from the -wal: then the check reads through a plain read-only connection, which sees the -wal (and may
     * make a -shm index for it) but never writes the file.
     */
    private static void checkContent(Path file) throws WorkbookException {
        boolean walToReplay = hasWalToReplay(file);
        SQLiteConfig config = untrustedConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        String url;
        if (walToReplay) {
            url = url(file);
        } else {
            config.setOpenMode(SQLiteOpenMode.OPEN_URI);
            url = "jdbc:sqlite:" + file.toUri() + "?immutable=1";
        }
        try (Connection check = config.createConnection(url); Statement statement = check.createStatement()) {
            if (walToReplay) {
                checkMarks(file, intPragma(statement, "application_id"), intPragma(statement, "user_version"));
            }
            List<String> problems = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("PRAGMA quick_check")) {
                while (rows.next()) {
                    problems.add(rows.getString(1));
                }
            }
            if (!problems.equals(List.of("ok"))) {
                throw new WorkbookException(Problem.DAMAGED, file, String.join("; ", problems));
            }
        } catch (SQLException e) {
            throw new WorkbookException(Problem.DAMAGED, file, String.valueOf(e.getMessage()), e);
        }
    }

    private static int intPragma(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getInt(1) : 0;
        }
    }

    private static boolean hasWalToReplay(Path file) {
        try {
            Path wal = companion(file, "-wal");
            return Files.isRegularFile(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** The files SQLite keeps beside a database while it is open or after a crash. */
    private static List<Path> companionsOf(Path file) {
        return List.of(companion(file, "-wal"), companion(file, "-shm"), companion(file, "-journal"));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file.getFileName(), e.getMessage());
        }
    }

    private static WorkbookFile connect(Path file, WorkbookLock lock) throws WorkbookException {
        try {
            migrate(file);
            Connection connection = writerConfig().createConnection(url(file));
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA trusted_schema = OFF");
                statement.execute("PRAGMA cell_size_check = ON");
                statement.execute("PRAGMA secure_delete = ON");
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
            LOG.info("Opened workbook {}", file.getFileName());
            return new WorkbookFile(file, lock, connection);
        } catch (SQLException | RuntimeException e) {
            throw new WorkbookException(Problem.DAMAGED, file, String.valueOf(e.getMessage()), e);
        }
    }

    private static void migrate(Path file) {
        SQLiteDataSource dataSource = new SQLiteDataSource(writerConfig());
        dataSource.setUrl(url(file));
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
    }

    private static SQLiteConfig untrustedConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5_000);
        return config;
    }

    private static SQLiteConfig writerConfig() {
        SQLiteConfig config = untrustedConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return config;
    }

    private static String url(Path file) {
        return "jdbc:sqlite:" + file;
    }

    public Path path() {
        return path;
    }

    /** The file name without its extension, as the window title shows it. */
    public String name() {
        String name = path.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    /**
     * Runs work in one transaction: all of it is saved, or none. Nested calls join the outer transaction, so a use
     * case spanning several repositories is still one edit.
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        if (transactionDepth > 0) {
            return runNested(work);
        }
        try {
            connection.setAutoCommit(false);
            transactionDepth = 1;
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new StoreException("Saving to the workbook failed", e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            transactionDepth = 0;
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                LOG.warn("Could not leave transaction mode", e);
            }
        }
    }

    private <T> T runNested(SqlWork<T> work) {
        transactionDepth++;
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Saving to the workbook failed", e);
        } finally {
            transactionDepth--;
        }
    }

    /** Runs read-only work; reads see only committed edits. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Reading the workbook failed", e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.error("Rollback failed", e);
        }
    }

    /**
     * Writes a consistent copy of the whole workbook, with SQLite's online backup, to a temporary file beside the
     * target; only a copy that opens and checks as a whole workbook is moved into place. The target's lock is held
     * meanwhile, so a workbook open here or in another window is refused rather than replaced under it.
     *
     * @throws WorkbookException OPEN_HERE or IN_USE when the target is an open workbook
     */
    public synchronized void copyTo(Path target) throws IOException, WorkbookException {
        Path destination = target.toAbsolutePath().normalize();
        Path folder = destination.getParent();
        if (folder.toString().contains("\"")) {
            throw new IOException("Choose a folder whose name has no double quote.");
        }
        try (WorkbookLock targetLock = WorkbookLock.acquire(destination)) {
            Path temporary = folder.resolve(".trackwork-copy-" + UUID.randomUUID() + ".tmp");
            try {
                // owner-only before SQLite writes notes into it; SQLite takes an empty file as an empty database
                OwnerOnly.createFile(temporary);
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("backup to \"" + temporary + "\"");
                } catch (SQLException e) {
                    throw new IOException("Copying the workbook failed: " + e.getMessage(), e);
                }
                OwnerOnly.restrict(temporary);
                try {
                    verifyCopy(temporary);
                } catch (WorkbookException e) {
                    throw new IOException("The copy did not check out: " + e.getMessage(), e);
                }
                // a -wal left beside the target by a crash would be replayed into the copy when it is opened
                for (Path stale : companionsOf(destination)) {
                    Files.deleteIfExists(stale);
                }
                Files.move(temporary, destination, StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
                for (Path companion : companionsOf(temporary)) {
                    Files.deleteIfExists(companion);
                }
            }
        }
    }

    /** Checks, without writing, that a file opens as a whole workbook of ours (a backup before restoring it). */
    public static void verifyCopy(Path copy) throws WorkbookException {
        checkBeforeOpening(copy);
        checkContent(copy);
    }

    /** Work on a workbook's file while it is closed but still locked. */
    @FunctionalInterface
    public interface LockedFileWork {
        void run(Path file) throws IOException;
    }

    /**
     * Closes this workbook but keeps its lock, lets {@code work} change the file (put a backup in its place), and
     * opens the file again under the same lock, with the checks of {@link #open}: no other window can open the
     * file in between. This workbook stays closed and its lock passes to the one returned. When the work or the
     * reopen fails, the lock is released, so that the file can be opened afresh.
     */
    public synchronized WorkbookFile reopenAfter(LockedFileWork work) throws WorkbookException, IOException {
        if (closed) {
            throw new IllegalStateException("The workbook is already closed.");
        }
        closed = true;
        closeConnection();
        boolean handedOver = false;
        try {
            work.run(path);
            checkBeforeOpening(path);
            checkContent(path);
            WorkbookFile reopened = connect(path, lock);
            handedOver = true;
            return reopened;
        } finally {
            if (!handedOver) {
                lock.close();
                LOG.info("Closed workbook {}", path.getFileName());
            }
        }
    }

    /**
     * Closes a workbook made in this session and deletes it with what SQLite kept beside it, under its lock: for a
     * new workbook that could not be filled, so that no half-written file is left.
     */
    public synchronized void closeAndDelete() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeConnection();
            deleteQuietly(path);
            companionsOf(path).forEach(WorkbookFile::deleteQuietly);
        } finally {
            lock.close();
        }
        LOG.info("Deleted the unfinished workbook {}", path.getFileName());
    }

    /** False once the workbook was closed, by {@link #close} or by a {@link #reopenAfter} that failed or not. */
    public boolean isOpen() {
        return !closed;
    }

    private void closeConnection() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the workbook failed", e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            closeConnection();
        } finally {
            lock.close();
        }
        LOG.info("Closed workbook {}", path.getFileName());
    }
}
