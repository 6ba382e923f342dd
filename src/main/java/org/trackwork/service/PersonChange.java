package org.trackwork.service;

import java.util.UUID;
import java.util.function.UnaryOperator;
import org.trackwork.domain.Person;

/**
 * One change to a crew member's own record (a field, archiving). The change is applied to the person as stored when
 * the edit runs, not as last shown, so two quick edits of different fields do not undo each other.
 */
public final class PersonChange {

    private PersonChange() {
    }

    /** Adds a person to the crew; undo removes them again. */
    public static Edit adding(String description, Person person) {
        return Edit.storing(description, person, workbook -> workbook.people().find(person.id()),
                (workbook, p) -> workbook.people().save(p), (workbook, p) -> workbook.people().delete(p.id()));
    }

    public static Edit of(String description, UUID personId, UnaryOperator<Person> change) {
        return Edit.changing(description, workbook -> workbook.people().find(personId),
                (workbook, person) -> workbook.people().save(person), change, "refusal.person.gone");
    }
}
