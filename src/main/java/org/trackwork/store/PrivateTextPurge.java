package org.trackwork.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Private text that edits removed from a workbook (a person removed, a one-on-one deleted, private notes changed)
 * must not live on in its backups. Each such edit records a request in the workbook itself, in its own transaction,
 * so that a crash does not forget it; once the edit can no longer be undone (the workbook is closed, or opened
 * again), the backups are rewritten without the text. A request only ever holds an id, never the text.
 */
public final class PrivateTextPurge {

    private static final Logger LOG = LoggerFactory.getLogger(PrivateTextPurge.class);
    private static final String RECORD = Sql.upsertOn(2, "purge_request", "kind", "target_id", "requested_at");

    /** What an edit removed. */
    public enum Kind {
        PERSON, ONE_ON_ONE, PRIVATE_NOTES
    }

    /**
     * What to do to each backup: delete a person or a session that the workbook no longer has, or set a session's
     * private notes to what they are now. A removal that was undone since (the person is back) asks for nothing.
     */
    public record Removal(Kind kind, UUID targetId, boolean undone, String privateNotesNow) {
    }

    private PrivateTextPurge() {
    }

    /** Called by the repositories inside the edit's own transaction. */
    static void record(Sql sql, Kind kind, UUID targetId) throws SQLException {
        sql.update(RECORD, kind, targetId, Instant.now());
    }

    /**
     * The removals the workbook still owes its backups, as its contents stand now: a removal that was undone asks
     * for nothing any more (the person is back), and private notes are set to their present text.
     */
    public static List<Removal> pending(WorkbookFile workbook) {
        return workbook.read(connection -> {
            Sql sql = workbook.sql(connection);
            List<Removal> removals = new ArrayList<>();
            for (Object[] request : sql.list("SELECT kind, target_id FROM purge_request ORDER BY requested_at",
                    row -> new Object[] {row.constant("kind", Kind.class), row.uuid("target_id")})) {
                Kind kind = (Kind) request[0];
                UUID id = (UUID) request[1];
                removals.add(switch (kind) {
                    case PERSON -> new Removal(kind, id, exists(sql, "person", id), null);
                    case ONE_ON_ONE -> new Removal(kind, id, exists(sql, "one_on_one", id), null);
                    case PRIVATE_NOTES -> new Removal(kind, id, false, sql.one(
                            "SELECT private_notes FROM one_on_one WHERE id = ?", row -> row.text("private_notes"),
                            id).orElse(""));
                });
            }
            return removals;
        });
    }

    /** True when some removal still has to be made in the backups. */
    public static boolean anyNeeded(List<Removal> removals) {
        return removals.stream().anyMatch(removal -> !removal.undone());
    }

    /** Forgets the requests behind removals that every backup has had, or that were undone. */
    public static void done(WorkbookFile workbook, List<Removal> removals) {
        if (removals.isEmpty()) {
            return;
        }
        workbook.inTransaction(connection -> {
            Sql sql = workbook.sql(connection);
            sql.batch("DELETE FROM purge_request WHERE kind = ? AND target_id = ?", removals.stream()
                    .map(removal -> new Object[] {removal.kind(), removal.targetId()}).toList());
            return null;
        });
    }

    /**
     * Rewrites one backup without the removed text, with secure delete, so that the text is overwritten in the file
     * rather than left in its free pages. A backup that no longer checks out afterwards is deleted: it could not be
     * restored, and it might still hold the text.
     */
    public static void apply(Path backup, List<Removal> removals) throws IOException {
        if (!anyNeeded(removals)) {
            return;
        }
        try {
            WorkbookChecks.verifyCopy(backup);
            try (Connection connection = WorkbookFile.writerConfig().createConnection(WorkbookFile.url(backup))) {
                WorkbookChecks.distrust(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("PRAGMA secure_delete = ON");
                }
                connection.setAutoCommit(false);
                Sql sql = new Sql(connection, new UnreadableRows());
                for (Removal removal : removals.stream().filter(removal -> !removal.undone()).toList()) {
                    switch (removal.kind()) {
                        case PERSON -> sql.deleteById("person", removal.targetId());
                        case ONE_ON_ONE -> sql.deleteById("one_on_one", removal.targetId());
                        case PRIVATE_NOTES -> sql.update("UPDATE one_on_one SET private_notes = ? WHERE id = ?",
                                removal.privateNotesNow(), removal.targetId());
                    }
                }
                connection.commit();
            }
            WorkbookChecks.verifyCopy(backup);
        } catch (WorkbookException | SQLException e) {
            LOG.warn("Deleted the backup {}: it could not be rewritten without removed text ({})",
                    backup.getFileName(), e.getClass().getSimpleName());
            Files.deleteIfExists(backup);
            for (Path companion : WorkbookChecks.companionsOf(backup)) {
                Files.deleteIfExists(companion);
            }
        }
    }

    private static boolean exists(Sql sql, String table, UUID id) throws SQLException {
        return sql.one("SELECT 1 AS found FROM " + table + " WHERE id = ?", row -> row.integer("found"), id)
                .isPresent();
    }
}
