package org.trackwork.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.ActionOwner;
import org.trackwork.domain.AgendaItem;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.SharedOneOnOne;

/** Stores one-on-ones with their agenda and action items. */
public final class OneOnOneRepository {

    private static final String UPSERT = Sql.upsert("one_on_one",
            "id", "person_id", "held_on", "shared_notes", "private_notes");
    private static final Sql.Children AGENDA = new Sql.Children("agenda_item", "one_on_one_id",
            "id", "text", "is_raised_by_person", "is_recurring", "is_discussed");
    private static final Sql.Children ACTION_ITEMS = new Sql.Children("action_item", "one_on_one_id",
            "id", "text", "owner", "due", "is_done", "task_id->task");

    private final WorkbookFile file;

    public OneOnOneRepository(WorkbookFile file) {
        this.file = file;
    }

    public void save(OneOnOne session) {
        file.inTransaction(c -> {
            Sql sql = file.sql(c);
            Optional<String> privateNotesBefore = sql.one("SELECT private_notes FROM one_on_one WHERE id = ?",
                    row -> row.text("private_notes"), session.id());
            if (privateNotesBefore.isPresent() && !privateNotesBefore.get().equals(session.privateNotes())) {
                // the text as it was must not live on in the backups
                PrivateTextPurge.record(sql, PrivateTextPurge.Kind.PRIVATE_NOTES, session.id());
            }
            sql.update(UPSERT, session.id(), session.personId(), session.date(), session.sharedNotes(),
                    session.privateNotes());
            sql.replace(AGENDA, Map.of(session.id(), session.agenda()), item -> new Object[] {item.id(),
                    item.text(), item.raisedByPerson(), item.recurring(), item.discussed()});
            sql.replace(ACTION_ITEMS, Map.of(session.id(), session.actionItems()), item -> new Object[] {item.id(),
                    item.text(), item.owner(), item.due(), item.done(), item.taskId()});
            return null;
        });
    }

    public Optional<OneOnOne> find(UUID id) {
        return file.read(c -> select(file.sql(c), "id = ?", id).stream().findFirst());
    }

    /** A person's one-on-ones, the earliest first. */
    public List<OneOnOne> listByPerson(UUID personId) {
        return file.read(c -> select(file.sql(c), "person_id = ?", personId));
    }

    /** Every session of everyone, for a check of the whole workbook. */
    void readAll() {
        file.read(c -> select(file.sql(c), "1 = 1"));
    }

    /** The sessions with an action item sent to the board as this task. */
    public List<OneOnOne> listLinkedToTask(UUID taskId) {
        return file.read(c -> select(file.sql(c), "id IN (SELECT one_on_one_id FROM action_item WHERE task_id = ?)",
                taskId));
    }

    /** Deletes the session with its agenda and action items; the backups lose it at close. */
    public void delete(UUID id) {
        file.inTransaction(c -> {
            Sql sql = file.sql(c);
            PrivateTextPurge.record(sql, PrivateTextPurge.Kind.ONE_ON_ONE, id);
            return sql.deleteById("one_on_one", id);
        });
    }

    private static List<OneOnOne> select(Sql sql, String where, Object... parameters) throws SQLException {
        String sessionIds = "SELECT id FROM one_on_one WHERE " + where;
        Map<UUID, List<AgendaItem>> agenda = sql.children(AGENDA, sessionIds, OneOnOneRepository::agendaItem,
                parameters);
        Map<UUID, List<ActionItem>> actionItems = sql.children(ACTION_ITEMS, sessionIds,
                OneOnOneRepository::actionItem, parameters);
        return sql.list("SELECT * FROM one_on_one WHERE " + where + " ORDER BY held_on, id",
                row -> new OneOnOne(row.uuid("id"), row.uuid("person_id"), row.date("held_on"),
                        row.text("shared_notes"), row.text("private_notes"),
                        agenda.getOrDefault(row.uuid("id"), List.of()),
                        actionItems.getOrDefault(row.uuid("id"), List.of())),
                parameters);
    }

    /**
     * A person's one-on-ones for a shared screen, the newest first. The private notes are not even selected, so they
     * never leave the file on this road.
     */
    public List<SharedOneOnOne> listSharedByPerson(UUID personId) {
        return file.read(c -> {
            Sql sql = file.sql(c);
            String sessionIds = "SELECT id FROM one_on_one WHERE person_id = ?";
            Map<UUID, List<AgendaItem>> agenda = sql.children(AGENDA, sessionIds,
                    OneOnOneRepository::agendaItem, personId);
            Map<UUID, List<ActionItem>> actionItems = sql.children(ACTION_ITEMS, sessionIds,
                    OneOnOneRepository::actionItem, personId);
            return sql.list("SELECT id, person_id, held_on, shared_notes FROM one_on_one WHERE person_id = ?"
                            + " ORDER BY held_on DESC, id",
                    row -> new SharedOneOnOne(row.uuid("id"), row.uuid("person_id"), row.date("held_on"),
                            row.text("shared_notes"), agenda.getOrDefault(row.uuid("id"), List.of()),
                            actionItems.getOrDefault(row.uuid("id"), List.of())),
                    personId);
        });
    }

    private static AgendaItem agendaItem(Sql.Row row) throws SQLException {
        return new AgendaItem(row.uuid("id"), row.text("text"), row.flag("is_raised_by_person"),
                row.flag("is_recurring"), row.flag("is_discussed"));
    }

    private static ActionItem actionItem(Sql.Row row) throws SQLException {
        return new ActionItem(row.uuid("id"), row.text("text"), row.constant("owner", ActionOwner.class),
                row.date("due"), row.flag("is_done"), row.uuid("task_id"));
    }
}
