package org.trackwork.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.Shift;
import org.trackwork.domain.ShiftTalk;

/** Stores shifts of destination with the crew checklist of who has talked them through. */
public final class ShiftRepository {

    private static final String UPSERT = Sql.upsert("shift",
            "id", "from_destination_id->destination", "to_destination_id", "reason", "shifted_on");
    private static final Sql.Children TALKS = new Sql.Children("shift_talk", "shift_id", "person_id", "talked_on");

    private final WorkbookFile file;

    public ShiftRepository(WorkbookFile file) {
        this.file = file;
    }

    /** Saves the shift with its talks; a crew member may appear only once among them. */
    public void save(Shift shift) {
        file.inTransaction(c -> {
            Sql sql = file.sql(c);
            sql.update(UPSERT, shift.id(), shift.fromDestinationId(), shift.toDestinationId(), shift.reason(),
                    shift.on());
            sql.replace(TALKS, Map.of(shift.id(), shift.talks()),
                    talk -> new Object[] {talk.personId(), talk.talkedOn()});
            return null;
        });
    }

    public Optional<Shift> find(UUID id) {
        return file.read(c -> select(file.sql(c), "id = ?", id).stream().findFirst());
    }

    /** All shifts, the earliest first. */
    public List<Shift> list() {
        return file.read(c -> select(file.sql(c), "1 = 1"));
    }

    public void delete(UUID id) {
        file.inTransaction(c -> file.sql(c).deleteById("shift", id));
    }

    private static List<Shift> select(Sql sql, String where, Object... parameters) throws SQLException {
        Map<UUID, List<ShiftTalk>> talks = sql.children(TALKS, "SELECT id FROM shift WHERE " + where,
                row -> new ShiftTalk(row.uuid("person_id"), row.date("talked_on")), parameters);
        return sql.list("SELECT * FROM shift WHERE " + where + " ORDER BY shifted_on, id",
                row -> new Shift(row.uuid("id"), row.uuid("from_destination_id"), row.uuid("to_destination_id"),
                        row.text("reason"), row.date("shifted_on"), talks.getOrDefault(row.uuid("id"), List.of())),
                parameters);
    }
}
