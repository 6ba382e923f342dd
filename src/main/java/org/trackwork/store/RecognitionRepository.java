package org.trackwork.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.Recognition;

/** Stores the recognitions given to crew members. */
public final class RecognitionRepository {

    private static final String UPSERT = Sql.upsert("recognition",
            "id", "person_id", "recognized_on", "what", "goal_id->goal");
    private static final String NEWEST_FIRST = " ORDER BY recognized_on DESC, id";

    private final WorkbookFile file;

    public RecognitionRepository(WorkbookFile file) {
        this.file = file;
    }

    public void save(Recognition recognition) {
        file.inTransaction(c -> file.sql(c).update(UPSERT, recognition.id(), recognition.personId(),
                recognition.on(), recognition.what(), recognition.goalId()));
    }

    public Optional<Recognition> find(UUID id) {
        return file.read(c -> file.sql(c).byId("recognition", id, RecognitionRepository::recognition));
    }

    /** The recognitions of one person, the newest first. */
    public List<Recognition> listByPerson(UUID personId) {
        return file.read(c -> file.sql(c).list("SELECT * FROM recognition WHERE person_id = ?" + NEWEST_FIRST,
                RecognitionRepository::recognition, personId));
    }

    /** All recognitions, the newest first. */
    public List<Recognition> list() {
        return file.read(c -> file.sql(c).list("SELECT * FROM recognition" + NEWEST_FIRST,
                RecognitionRepository::recognition));
    }

    public void delete(UUID id) {
        file.inTransaction(c -> file.sql(c).deleteById("recognition", id));
    }

    private static Recognition recognition(Sql.Row row) throws SQLException {
        return new Recognition(row.uuid("id"), row.uuid("person_id"), row.date("recognized_on"), row.text("what"),
                row.uuid("goal_id"));
    }
}
