package org.trackwork.service;

import java.time.LocalDate;
import java.util.UUID;
import org.trackwork.domain.Person;

/**
 * What a crew member may see of themselves at a shared screen. It is built from the person alone, so private notes
 * and other people are never loaded into the shared view, not merely hidden.
 */
public record SharedPersonView(UUID personId, String name, String role, LocalDate startDate,
                               String partInDestination) {

    public static SharedPersonView of(Person person) {
        return new SharedPersonView(person.id(), person.name(), person.role(), person.startDate(),
                person.partInDestination());
    }

    /** Reads the shared view of one person from the workbook. */
    public static SharedPersonView load(Workbook workbook, UUID personId) {
        return workbook.people().find(personId).map(SharedPersonView::of)
                .orElseThrow(() -> new IllegalArgumentException("This person is no longer on the crew."));
    }
}
