package org.trackwork.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/** A crew member: someone on the team, the manager included. */
public record Person(UUID id, String name, String role, LocalDate startDate, String partInDestination,
                     boolean manager, boolean archived) {

    public Person {
        Require.present(id, "field.id");
        name = Require.filled(name, "field.name");
        role = Require.shortText(role, "field.role");
        partInDestination = Require.longText(partInDestination, "field.partInDestination");
    }

    public static Person newCrewMember(String name, String role) {
        return new Person(UUID.randomUUID(), name, role, null, "", false, false);
    }

    public Person renamed(String newName) {
        return new Person(id, newName, role, startDate, partInDestination, manager, archived);
    }

    public Person withRole(String newRole) {
        return new Person(id, name, newRole, startDate, partInDestination, manager, archived);
    }

    public Person withStartDate(LocalDate date) {
        return new Person(id, name, role, date, partInDestination, manager, archived);
    }

    public Person withPartInDestination(String text) {
        return new Person(id, name, role, startDate, text, manager, archived);
    }

    public Person archived(boolean value) {
        return new Person(id, name, role, startDate, partInDestination, manager, value);
    }

    /** Up to two initials for an avatar, from the first and last word of the name. */
    public String initials() {
        String[] words = name.split("\\s+");
        String first = words[0];
        String last = words.length > 1 ? words[words.length - 1] : "";
        return Arrays.stream(new String[] {first, last})
                .filter(w -> !w.isEmpty())
                .map(w -> w.substring(0, w.offsetByCodePoints(0, 1)).toUpperCase())
                .collect(Collectors.joining());
    }
}
