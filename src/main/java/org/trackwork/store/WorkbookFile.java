package org.trackwork.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.trackwork.store.WorkbookException.Problem;

/**
 * One workbook: an SQLite file of ours, locked for this process whatever path reaches it, checked before use and
 * migrated to the current schema. Nothing writes to a file until it has passed every check. Before an edit is saved,
 * and again before it is acknowledged, the file is asked whether it is still the one at the workbook's path: once it
 * was moved, replaced, deleted or written by another program, the workbook is detached and saves nothing more.
 */
public final class WorkbookFile implements AutoCloseable {

    /** "TRWK" in the file header marks a workbook as ours. */
    public static final int APPLICATION_ID = 0x5452574B;
    /** The schema version the newest migration leaves in {@code user_version}. */
    public static final int SCHEMA_VERSION = SchemaCheck.MIGRATIONS.size();
    public static final String EXTENSION = ".trackwork";

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookFile.class);
    /**
     * Connections of detached workbooks whose -wal or -shm name another file took: closing one would make SQLite
     * delete that name, so it stays open until the process ends, when the system closes it without a word.
     */
    private static final List<Connection> NEVER_CLOSED = Collections.synchronizedList(new ArrayList<>());

    private final Path path;
    private final WorkbookLock lock;
    /** The workbook's connection; once detached, a read-only one to a rescue copy of what it held. */
    private Connection connection;
    private Path rescue;
    private final UUID id;
    private UnreadableRows unreadable = new UnreadableRows();
    /** A file with hard links: its -wal is named after one of them only, so it is kept empty after every edit. */
    private final boolean manyNames;
    private final FileIdentity walIdentity;
    private final FileIdentity shmIdentity;
    private long dataVersion;
    private int schemaVersion;
    private volatile WorkbookGone gone;
    private int transactionDepth;
    private volatile boolean closed;

    private WorkbookFile(Path path, WorkbookLock lock, Connection connection, UUID id) throws SQLException {
        this.path = path;
        this.lock = lock;
        this.connection = connection;
        this.id = id;
        this.manyNames = FileIdentity.names(path) > 1;
        this.walIdentity = FileIdentity.ofQuietly(WorkbookChecks.companion(path, "-wal")).orElse(null);
        this.shmIdentity = FileIdentity.ofQuietly(WorkbookChecks.companion(path, "-shm")).orElse(null);
        try (Statement statement = connection.createStatement()) {
            this.dataVersion = pragma(statement, "data_version");
            this.schemaVersion = (int) pragma(statement, "schema_version");
        }
    }

    /**
     * Creates a new, empty workbook; refuses to touch a file that already exists. When it cannot be made whole, what
     * this call created is deleted again, so no empty or half-made file is left behind.
     */
    public static WorkbookFile create(Path path) throws WorkbookException {
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

    private static WorkbookException folderProblem(Path file, Path folder, IOException e) {
        if (StoreException.causeOf(e) == StoreException.Cause.DISK_FULL) {
            return new WorkbookException(Problem.DISK_FULL, file, folder.toString(), e);
        }
        // a folder that may not be written, a read-only disk, or a file standing where a folder must be made
        String reason = e instanceof FileSystemException system ? String.valueOf(system.getReason()) : "";
        if (e instanceof AccessDeniedException || e instanceof FileAlreadyExistsException
                || reason.contains("Read-only") || reason.contains("Not a directory")) {
            return new WorkbookException(Problem.FOLDER_NOT_WRITABLE, file, folder.toString(), e);
        }
        return new WorkbookException(Problem.IO, file, String.valueOf(e.getMessage()), e);
    }

    /**
     * Opens an existing workbook after checking, without writing, that it is ours, whole and writable. The path is
     * resolved to the file's real path first, so that every way of naming a file shares its lock and SQLite's -wal.
     */
    public static WorkbookFile open(Path path) throws WorkbookException {
        Path file = realPath(path);
        // asked before anything reads the file: closing even a read of it would drop this process's lock on it
        if (WorkbookLock.heldHere(file)) {
            throw new WorkbookException(Problem.OPEN_HERE, file, "");
        }
        WorkbookChecks.checkBeforeOpening(file);
        WorkbookLock lock = WorkbookLock.acquire(file);
        try {
            WorkbookChecks.checkContent(file);
            return connect(file, lock);
        } catch (WorkbookException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Path realPath(Path path) throws WorkbookException {
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

    /** Checks, without writing, that a file opens as a whole workbook of ours (a backup before restoring it). */
    public static void verifyCopy(Path copy) throws WorkbookException {
        WorkbookChecks.verifyCopy(copy);
    }

    /** The identity of a workbook file that is not open, read without writing it; empty for a workbook without one. */
    public static Optional<UUID> idOf(Path copy) throws WorkbookException {
        try (Connection check = WorkbookChecks.openReadOnly(copy)) {
            return readId(check);
        } catch (SQLException e) {
            throw new WorkbookException(Problem.DAMAGED, copy, String.valueOf(e.getMessage()), e);
        }
    }

    private static Optional<UUID> readId(Connection connection) throws SQLException {
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

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file.getFileName(), e.getMessage());
        }
    }

    /**
     * Migrates the file and opens the connection edits go through. The checks and the migration close SQLite
     * connections, which drops this process's lock on the file, so the lock is taken again after each; once the
     * connection is open SQLite holds the file and keeps any later descriptor of it open until it closes.
     */
    private static WorkbookFile connect(Path file, WorkbookLock lock) throws WorkbookException {
        holdAgain(file, lock);
        try {
            migrate(file);
            holdAgain(file, lock);
            Connection connection = writerConfig().createConnection(url(file));
            try {
                WorkbookChecks.distrust(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA secure_delete = ON");
                }
                UUID id = ensureId(connection);
                LOG.info("Opened workbook {}", file.getFileName());
                return new WorkbookFile(file, lock, connection, id);
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
    private static UUID ensureId(Connection connection) throws SQLException {
        Optional<UUID> known = readId(connection);
        if (known.isPresent()) {
            return known.get();
        }
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

    public Path path() {
        return path;
    }

    /** The workbook's own identity, which copies of it (its backups) share and other workbooks do not. */
    public UUID id() {
        return id;
    }

    /** The file name without its extension, as the window title shows it. */
    public String name() {
        String name = path.getFileName().toString();
        return name.endsWith(EXTENSION) ? name.substring(0, name.length() - EXTENSION.length()) : name;
    }

    /** The rows reading has left out so far, because they could not be read. */
    public UnreadableRows unreadableRows() {
        return unreadable;
    }

    Sql sql(Connection connection) {
        return new Sql(connection, unreadable);
    }

    /** Runs reads that tell their unreadable rows, with their values, to a list of their own: for a check. */
    synchronized UnreadableRows readCollecting(Runnable reads) {
        UnreadableRows usual = unreadable;
        UnreadableRows collecting = new UnreadableRows(true);
        unreadable = collecting;
        try {
            reads.run();
        } finally {
            unreadable = usual;
        }
        return collecting;
    }

    /**
     * A workbook file seen through a read-only connection, for a check of a file that is not open: no lock, no
     * migration; every attempt to write fails.
     */
    static WorkbookFile inspecting(Path file, Connection readOnly) throws SQLException {
        return new WorkbookFile(file, null, readOnly, readId(readOnly).orElse(new UUID(0, 0)));
    }

    /**
     * Runs work in one transaction: all of it is saved, or none. Nested calls join the outer transaction, so a use
     * case spanning several repositories is still one edit. The file must be the one at the workbook's path before
     * the work starts, before it is committed and after: else nothing is acknowledged and the workbook is detached.
     *
     * @throws WorkbookGone when the file was moved, replaced, deleted or changed by another program
     */
    public synchronized <T> T inTransaction(SqlWork<T> work) {
        if (transactionDepth > 0) {
            return runNested(work);
        }
        if (gone != null) {
            throw gone;
        }
        try {
            ensureUnchanged();
        } catch (WorkbookGone e) {
            letGo();
            throw e;
        }
        try {
            connection.setAutoCommit(false);
            transactionDepth = 1;
            T result = work.run(connection);
            ensureInPlace(true);
            connection.commit();
            ensureInPlace(false);
            if (manyNames) {
                checkpoint();
            }
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
                LOG.warn("Could not leave transaction mode: {}", e.getMessage());
            }
            if (gone != null) {
                letGo();
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

    /** Runs read-only work; reads see only committed edits. A detached workbook still reads what it had. */
    public synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("Reading the workbook failed", e);
        }
    }

    /**
     * Asks whether the file is still the one at the workbook's path and unchanged by other programs, as before an
     * edit; when it is not, the workbook is detached (as an edit would find) and the answer says why.
     */
    public synchronized Optional<WorkbookGone> checkInPlace() {
        if (closed) {
            return Optional.empty();
        }
        if (gone == null) {
            try {
                ensureUnchanged();
            } catch (WorkbookGone e) {
                letGo();
            }
        }
        return Optional.ofNullable(gone);
    }

    /** Why the workbook was detached, when it was. */
    public Optional<WorkbookGone> gone() {
        return Optional.ofNullable(gone);
    }

    private void ensureUnchanged() {
        ensureInPlace(false);
        try (Statement statement = connection.createStatement()) {
            if (pragma(statement, "data_version") != dataVersion
                    || pragma(statement, "schema_version") != schemaVersion) {
                throw detach(WorkbookGone.Reason.CHANGED, null);
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the workbook failed", e);
        }
    }

    /** Compares the file at the path with the one this connection has; never opens the file. */
    private void ensureInPlace(boolean inTransaction) {
        Optional<FileIdentity> there = FileIdentity.ofQuietly(path);
        if (there.isPresent() && there.get().equals(lock.identity())) {
            return;
        }
        if (inTransaction) {
            rollback();
        }
        if (there.isPresent()) {
            throw detach(WorkbookGone.Reason.REPLACED, null);
        }
        Path movedTo = findMoved();
        throw detach(movedTo != null ? WorkbookGone.Reason.MOVED : WorkbookGone.Reason.DELETED, movedTo);
    }

    /** The file's new name, when it was renamed within its folder. */
    private Path findMoved() {
        try (var siblings = Files.list(path.getParent())) {
            return siblings.filter(sibling -> sibling.getFileName().toString().endsWith(EXTENSION))
                    .filter(sibling -> FileIdentity.ofQuietly(sibling).map(lock.identity()::equals).orElse(false))
                    .findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private WorkbookGone detach(WorkbookGone.Reason reason, Path movedTo) {
        if (gone == null) {
            gone = new WorkbookGone(reason, path, movedTo);
            LOG.warn("Workbook {} detached: {}", path.getFileName(), reason);
        }
        return gone;
    }

    /**
     * After detaching, the workbook lets go of its names at once, so that whatever file now has them (a replacement
     * another window opens) never shares a -wal or -shm with it: everything saved goes into the file the connection
     * has (which a move took elsewhere, where it is whole), a rescue copy of it is taken with SQLite's online backup
     * (which works on a deleted file too), and the connection is closed, which deletes the -wal and -shm names only
     * while they are still its own. Reading and Save a Copy As go on from the rescue copy.
     */
    private void letGo() {
        if (transactionDepth != 0 || rescue != null || closed || lock == null) {
            return;
        }
        boolean ours = namesStillOurs();
        if (ours) {
            checkpoint();
        }
        try {
            Path copy = OwnerOnly.createTempFile("trackwork-rescue-", EXTENSION);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("backup to \"" + copy + "\"");
            }
            Connection rescued = WorkbookChecks.openReadOnly(copy);
            Connection detached = connection;
            connection = rescued;
            rescue = copy;
            if (ours && namesStillOurs()) {
                // SQLite leaves the -wal and -shm of a file that moved when it closes; they are empty now, and ours
                detached.close();
                deleteIfOurs(WorkbookChecks.companion(path, "-wal"), walIdentity);
                deleteIfOurs(WorkbookChecks.companion(path, "-shm"), shmIdentity);
                // closing dropped this process's lock on the file; a moved file stays held until the user moves on
                lock.reassert();
            } else {
                LOG.warn("Left the connection of {} open: its -wal or -shm name belongs to another file now",
                        path.getFileName());
                NEVER_CLOSED.add(detached);
            }
        } catch (IOException | SQLException e) {
            LOG.warn("No rescue copy of {} was taken: {}", path.getFileName(), e.getMessage());
        }
    }

    private void checkpoint() {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.warn("Checkpoint of {} failed: {}", path.getFileName(), e.getMessage());
        }
    }

    private boolean namesStillOurs() {
        return isOursOrAbsent(WorkbookChecks.companion(path, "-wal"), walIdentity)
                && isOursOrAbsent(WorkbookChecks.companion(path, "-shm"), shmIdentity);
    }

    private static void deleteIfOurs(Path companion, FileIdentity ours) throws IOException {
        if (FileIdentity.ofQuietly(companion).map(there -> there.equals(ours)).orElse(false)) {
            Files.delete(companion);
        }
    }

    private static boolean isOursOrAbsent(Path companion, FileIdentity ours) {
        Optional<FileIdentity> there = FileIdentity.ofQuietly(companion);
        return there.isEmpty() || there.get().equals(ours);
    }

    private static long pragma(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    private void rollback() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.error("Rollback failed", e);
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
    public synchronized void copyTo(Path target, boolean asAnotherWorkbook) throws IOException, WorkbookException {
        Path asked = target.toAbsolutePath().normalize();
        Path folder = asked.getParent().toRealPath();
        Path destination = folder.resolve(asked.getFileName());
        if (folder.toString().contains("\"")) {
            throw new IOException("Choose a folder whose name has no double quote.");
        }
        if (FileIdentity.ofQuietly(destination).map(lock.identity()::equals).orElse(false)) {
            throw new WorkbookException(Problem.OPEN_HERE, destination, "");
        }
        try (TargetGuard guard = TargetGuard.of(destination)) {
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
                if (asAnotherWorkbook) {
                    giveNewIdentity(temporary);
                }
                verifyCopy(temporary);
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
        try (Connection connection = writerConfig().createConnection(url(copy));
             var update = connection.prepareStatement("UPDATE workbook_identity SET id = ?, created_at = ?")) {
            WorkbookChecks.distrust(connection);
            update.setString(1, UUID.randomUUID().toString());
            update.setString(2, Instant.now().toString());
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("The copy could not get an identity of its own: " + e.getMessage(), e);
        }
    }

    /**
     * Puts another file (a backup, copied beside the workbook) in the workbook's place and opens it, without ever
     * letting the lock go: the replacement is locked before it is moved in, and the lock goes with it. This workbook
     * stays closed; the one returned holds the lock. When the move or the reopen fails, the lock is released, so
     * that the file can be opened afresh.
     */
    public synchronized WorkbookFile reopenWith(Path replacement) throws WorkbookException, IOException {
        if (closed) {
            throw new IllegalStateException("The workbook is already closed.");
        }
        WorkbookLock next = lock.handOverTo(replacement);
        closed = true;
        closeConnection();
        boolean handedOver = false;
        try {
            // a -wal left beside the old file would be replayed into the restored one
            Files.deleteIfExists(WorkbookChecks.companion(path, "-wal"));
            Files.deleteIfExists(WorkbookChecks.companion(path, "-shm"));
            Files.move(replacement, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            WorkbookChecks.checkBeforeOpening(path);
            WorkbookChecks.checkContent(path);
            WorkbookFile reopened = connect(path, next);
            handedOver = true;
            return reopened;
        } finally {
            if (!handedOver) {
                next.close();
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
            if (gone == null) {
                deleteQuietly(path);
                WorkbookChecks.companionsOf(path).forEach(WorkbookFile::deleteQuietly);
            }
        } finally {
            lock.close();
        }
        LOG.info("Deleted the unfinished workbook {}", path.getFileName());
    }

    /** False once the workbook was closed, by {@link #close} or by a {@link #reopenWith} that failed or not. */
    public boolean isOpen() {
        return !closed;
    }

    /**
     * Closing makes SQLite checkpoint into this connection's file and delete the -wal and -shm names. A detached
     * workbook whose names another file took must not do that to it: its connection is left open instead. The
     * rescue copy of a detached workbook goes with it.
     */
    private void closeConnection() {
        if (rescue != null) {
            try {
                connection.close();
                Files.deleteIfExists(rescue);
            } catch (SQLException | IOException e) {
                LOG.warn("Could not delete the rescue copy of {}: {}", path.getFileName(), e.getMessage());
            }
            return;
        }
        if (gone != null && !namesStillOurs()) {
            LOG.warn("Left the connection of {} open: its -wal or -shm name belongs to another file now",
                    path.getFileName());
            NEVER_CLOSED.add(connection);
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the workbook failed: {}", e.getMessage());
        }
    }

    /**
     * Closes the workbook. A file that was moved or deleted since the last edit is detached first, so that what the
     * -wal holds goes into the file the connection has rather than staying beside a name another file may take.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        if (lock != null && gone == null) {
            try {
                ensureInPlace(false);
            } catch (WorkbookGone e) {
                letGo();
            }
        }
        closed = true;
        try {
            closeConnection();
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
        LOG.info("Closed workbook {}", path.getFileName());
    }
}
