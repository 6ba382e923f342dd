package org.trackwork.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.Destination;
import org.trackwork.domain.DestinationStatus;

/** Stores destinations; the schema lets only one of them be current. */
public final class DestinationRepository {

    private static final String UPSERT = Sql.upsert("destination",
            "id", "title", "statement", "why_it_matters", "horizon", "status", "created_at");

    private final WorkbookFile file;

    public DestinationRepository(WorkbookFile file) {
        this.file = file;
    }

    /** Fails with a {@link StoreException}, saving nothing, when another destination is already current. */
    public void save(Destination destination) {
        file.inTransaction(c -> file.sql(c).update(UPSERT, destination.id(), destination.title(),
                destination.statement(), destination.whyItMatters(), destination.horizon(), destination.status(),
                destination.createdAt()));
    }

    public Optional<Destination> find(UUID id) {
        return file.read(c -> file.sql(c).byId("destination", id, DestinationRepository::destination));
    }

    public Optional<Destination> current() {
        return file.read(c -> file.sql(c).one("SELECT * FROM destination WHERE status = ?",
                DestinationRepository::destination, DestinationStatus.CURRENT));
    }

    /** All destinations, the oldest first. */
    public List<Destination> list() {
        return file.read(c -> file.sql(c).list("SELECT * FROM destination ORDER BY created_at, id",
                DestinationRepository::destination));
    }

    /** Fails with a {@link StoreException} while a shift still leads from or to the destination. */
    public void delete(UUID id) {
        file.inTransaction(c -> file.sql(c).deleteById("destination", id));
    }

    private static Destination destination(Sql.Row row) throws SQLException {
        return new Destination(row.uuid("id"), row.text("title"), row.text("statement"),
                row.text("why_it_matters"), row.date("horizon"), row.constant("status", DestinationStatus.class),
                row.instant("created_at"));
    }
}
