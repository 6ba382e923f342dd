package org.trackwork.store;

import java.io.IOException;
import java.nio.file.Files;
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
    /** The -shm files those connections still have open: a workbook opened here must not share one. */
    private static final java.util.Set<FileIdentity> NAMES_STILL_HELD = java.util.concurrent.ConcurrentHashMap
            .newKeySet();

    private final Path path;
    private final WorkbookLock lock;
    /** Where the file is, and the -wal and -shm names that are this connection's. */
    private final WorkbookPlace place;
    /** The workbook's connection; once detached, a read-only one to a rescue copy of what it held. */
    private Connection connection;
    private Path rescue;
    private boolean rescueIsABackup;
    private java.util.function.Supplier<Path> rescueTarget;
    private volatile UUID id;
    private UnreadableRows unreadable = new UnreadableRows();
    private long dataVersion;
    private int schemaVersion;
    private volatile WorkbookGone gone;
    private boolean identifiedNow;
    private int transactionDepth;
    private volatile boolean closed;

    private WorkbookFile(Path path, WorkbookLock lock, Connection connection, UUID id) throws SQLException {
        this.path = path;
        this.lock = lock;
        this.connection = connection;
        this.id = id;
        this.place = lock == null ? null : new WorkbookPlace(path, lock.identity());
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
        return WorkbookOpening.create(path);
    }

    /**
     * Opens an existing workbook after checking, without writing, that it is ours, whole and writable. The path is
     * resolved to the file's real path first, so that every way of naming a file shares its lock and SQLite's -wal.
     */
    public static WorkbookFile open(Path path) throws WorkbookException {
        return WorkbookOpening.open(path);
    }

    /** Checks, without writing, that a file opens as a whole workbook of ours (a backup before restoring it). */
    public static void verifyCopy(Path copy) throws WorkbookException {
        WorkbookChecks.verifyCopy(copy);
    }

    /** The identity of a workbook file that is not open, read without writing it; empty for a workbook without one. */
    public static Optional<UUID> idOf(Path copy) throws WorkbookException {
        try (Connection check = WorkbookChecks.openReadOnly(copy)) {
            return WorkbookOpening.readId(check);
        } catch (SQLException e) {
            throw new WorkbookException(Problem.DAMAGED, copy, String.valueOf(e.getMessage()), e);
        }
    }

    /** A workbook just opened by {@link WorkbookOpening}, with its lock and connection. */
    static WorkbookFile opened(Path path, WorkbookLock lock, Connection connection, UUID id) throws SQLException {
        return new WorkbookFile(path, lock, connection, id);
    }

    static SQLiteConfig writerConfig() {
        return WorkbookOpening.writerConfig();
    }

    static String url(Path file) {
        return WorkbookOpening.url(file);
    }

    public Path path() {
        return path;
    }

    /**
     * Gives the workbook a new identity: it turned out to be a copy of another workbook (copied with the system's
     * file manager) and must keep backups of its own.
     */
    public synchronized UUID takeNewIdentity() {
        UUID fresh = UUID.randomUUID();
        inTransaction(c -> sql(c).update("UPDATE workbook_identity SET id = ?, created_at = ?", fresh,
                java.time.Instant.now()));
        id = fresh;
        return fresh;
    }

    /** How the file system knows this workbook's file, as text: to tell the file from a copy of it later. */
    public String fileKey() {
        return String.valueOf(lock.identity().key());
    }

    /** How the file system knows the file at a path, as text; empty when nothing is there. */
    public static Optional<String> fileKeyOf(Path path) {
        return FileIdentity.ofQuietly(path).map(identity -> String.valueOf(identity.key()));
    }

    /** True when this open gave the workbook its identity: it is older than identities, or new. */
    public boolean identifiedNow() {
        return identifiedNow;
    }

    void identifiedNow(boolean now) {
        identifiedNow = now;
    }

    /**
     * Whether a workbook file that is not open holds some of the same records as this one (people, destinations,
     * goals, tasks: ids are random, so one in common means one came from the other), read without writing it.
     */
    public boolean sharesRecordsWith(Path other) {
        try (Connection check = WorkbookChecks.openReadOnly(other)) {
            java.util.Set<String> theirs = recordIds(check);
            return read(connection -> recordIds(connection).stream().anyMatch(theirs::contains));
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static java.util.Set<String> recordIds(Connection connection) throws SQLException {
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String table : List.of("person", "destination", "goal", "task")) {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT id FROM " + table + " LIMIT 1000")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
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
        return new WorkbookFile(file, null, readOnly, WorkbookOpening.readId(readOnly).orElse(new UUID(0, 0)));
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
            if (place.manyNames()) {
                // its -wal is named after one of its names only: kept empty, so no other name misses an edit
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
                LOG.info("Left transaction mode after SQLite ended the transaction: {}", e.getMessage());
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
                // something in this process may have opened and closed the file, which drops the lock: take it again
                if (!LockHolder.stillHeldHere(path)) {
                    LOG.warn("The lock on {} was lost; taking it again", path.getFileName());
                    lock.reassert();
                }
            } catch (WorkbookGone e) {
                letGo();
            }
        }
        return Optional.ofNullable(gone);
    }

    /** True when a detached workbook of this process still has this -shm open. */
    static boolean heldByADetachedWorkbook(Path shm) {
        return FileIdentity.ofQuietly(shm).map(NAMES_STILL_HELD::contains).orElse(false);
    }

    /**
     * Where a detached workbook keeps what it had: beside its backups, where it is one of them (so it is listed,
     * rotated and cleaned of removed text like any other), else in a file of the system's temporary folder, deleted
     * when the workbook closes.
     */
    public void rescueInto(java.util.function.Supplier<Path> backupToBe) {
        this.rescueTarget = backupToBe;
    }

    private Path rescueCopy() throws IOException {
        Path asBackup = rescueTarget == null ? null : rescueTarget.get();
        if (asBackup != null) {
            rescueIsABackup = true;
            return OwnerOnly.createFile(asBackup);
        }
        return OwnerOnly.createTempFile("trackwork-rescue-", EXTENSION);
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
                throw detach(new WorkbookGone(WorkbookGone.Reason.CHANGED, path, null));
            }
        } catch (SQLException e) {
            throw new StoreException("Reading the workbook failed", e);
        }
    }

    /** Compares the file at the path with the one this connection has; never opens the file. */
    private void ensureInPlace(boolean inTransaction) {
        Optional<WorkbookGone> away = place.whereabouts();
        if (away.isEmpty()) {
            return;
        }
        if (inTransaction) {
            rollback();
        }
        throw detach(away.get());
    }

    private WorkbookGone detach(WorkbookGone why) {
        if (gone == null) {
            gone = why;
            LOG.warn("Workbook {} detached: {}", path.getFileName(), why.reason());
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
        if (gone.reason() == WorkbookGone.Reason.CHANGED) {
            // the file is in place and another program shares its -wal: it reads on, and closes as usual
            return;
        }
        // another process may have opened what now has the workbook's name, and so its -wal and -shm
        boolean ours = place.namesStillOurs() && !place.namesLockedByAnotherProcess();
        if (ours) {
            checkpoint();
        }
        try {
            Path copy = rescueCopy();
            WorkbookCopy.onlineBackup(connection, copy);
            OwnerOnly.restrict(copy);
            if (rescueIsABackup) {
                try {
                    // a backup counts only once it checks out; one that does not is read from, then deleted
                    WorkbookChecks.verifyCopy(copy);
                } catch (WorkbookException e) {
                    rescueIsABackup = false;
                }
            }
            Connection rescued = WorkbookChecks.openReadOnly(copy);
            Connection detached = connection;
            connection = rescued;
            rescue = copy;
            if (ours && place.namesStillOurs()) {
                // SQLite leaves the -wal and -shm of a file that moved when it closes; they are empty now, and ours
                detached.close();
                place.deleteOurNames();
                // closing dropped this process's lock on the file; a moved file stays held until the user moves on
                lock.reassert();
            } else {
                LOG.warn("Left the connection of {} open: its -wal or -shm name belongs to another file now",
                        path.getFileName());
                NEVER_CLOSED.add(detached);
                place.shmIdentity().ifPresent(NAMES_STILL_HELD::add);
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

    private static long pragma(Statement statement, String name) throws SQLException {
        try (ResultSet result = statement.executeQuery("PRAGMA " + name)) {
            return result.next() ? result.getLong(1) : 0;
        }
    }

    /** SQLite rolls back by itself after some failures (a full disk): then there is nothing left to roll back. */
    private void rollback() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            LOG.warn("Rollback not needed or failed: {}", e.getMessage());
        }
    }

    /**
     * Writes a consistent copy of the whole workbook (Save a Copy As, a backup); see {@link WorkbookCopy}. It works on
     * a detached workbook too, from its rescue copy.
     *
     * @param asAnotherWorkbook true for Save a Copy As: the copy gets an identity of its own, so that its backups
     *                          are its own; false for a backup, which must stay this workbook's
     * @throws WorkbookException OPEN_HERE or IN_USE when the target is an open workbook
     */
    public synchronized void copyTo(Path target, boolean asAnotherWorkbook) throws IOException, WorkbookException {
        WorkbookCopy.write(connection, lock.identity(), target, asAnotherWorkbook);
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
        // checked before it is locked: checking opens and closes it, which would drop a lock on it
        WorkbookChecks.verifyCopy(replacement);
        WorkbookLock next = lock.lockReplacement(replacement);
        closed = true;
        // the connection first, then the old lock: closing the lock's descriptor would drop SQLite's locks
        closeConnection();
        lock.close();
        boolean handedOver = false;
        try {
            // a -wal left beside the old file would be replayed into the restored one
            Files.deleteIfExists(WorkbookChecks.companion(path, "-wal"));
            Files.deleteIfExists(WorkbookChecks.companion(path, "-shm"));
            Files.move(replacement, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            WorkbookFile reopened = WorkbookOpening.connect(path, next, false);
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
                WorkbookOpening.deleteQuietly(path);
                WorkbookChecks.companionsOf(path).forEach(WorkbookOpening::deleteQuietly);
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
                if (!rescueIsABackup) {
                    Files.deleteIfExists(rescue);
                }
            } catch (SQLException | IOException e) {
                LOG.warn("Could not delete the rescue copy of {}: {}", path.getFileName(), e.getMessage());
            }
            return;
        }
        if (gone != null && !place.namesStillOurs()) {
            LOG.warn("Left the connection of {} open: its -wal or -shm name belongs to another file now",
                    path.getFileName());
            NEVER_CLOSED.add(connection);
            place.shmIdentity().ifPresent(NAMES_STILL_HELD::add);
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
