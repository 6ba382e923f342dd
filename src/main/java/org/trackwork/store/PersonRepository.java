package org.trackwork.store;

import java.sql.SQLException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.Person;

/** Stores the crew members of a workbook, the manager included. */
public final class PersonRepository {

    private static final String UPSERT = Sql.upsert("person",
            "id", "name", "role", "start_date", "part_in_destination", "is_manager", "is_archived");

    private final WorkbookFile file;

    public PersonRepository(WorkbookFile file) {
        this.file = file;
    }

    public void save(Person person) {
        file.inTransaction(c -> file.sql(c).update(UPSERT, person.id(), person.name(), person.role(),
                person.startDate(), person.partInDestination(), person.manager(), person.archived()));
    }

    public Optional<Person> find(UUID id) {
        return file.read(c -> file.sql(c).byId("person", id, PersonRepository::person));
    }

    /** The manager first, then the crew by name as a reader sorts it, whatever the case of the letters. */
    public List<Person> list() {
        Collator collator = Collator.getInstance();
        collator.setStrength(Collator.SECONDARY);
        Comparator<Person> roster = Comparator.comparing(Person::manager).reversed()
                .thenComparing(Person::name, collator)
                .thenComparing(Person::name);
        return file.read(c -> file.sql(c).list("SELECT * FROM person", PersonRepository::person)).stream()
                .sorted(roster)
                .toList();
    }

    /** Deletes the person with their plans, one-on-ones and recognition; their backups lose them at close. */
    public void delete(UUID id) {
        file.inTransaction(c -> {
            Sql sql = file.sql(c);
            PrivateTextPurge.record(sql, PrivateTextPurge.Kind.PERSON, id);
            return sql.deleteById("person", id);
        });
    }

    private static Person person(Sql.Row row) throws SQLException {
        return new Person(row.uuid("id"), row.text("name"), row.text("role"), row.date("start_date"),
                row.text("part_in_destination"), row.flag("is_manager"), row.flag("is_archived"));
    }
}
