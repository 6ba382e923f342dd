package org.trackwork.service;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a search looks: the whole workbook, as the manager sees it (private notes included, marked private), or the
 * shared screen of one crew member, which sees only what that screen shows of their own records.
 */
public final class SearchScope {

    public static final SearchScope WHOLE_WORKBOOK = new SearchScope(null);

    private final UUID sharedScreenPerson;

    private SearchScope(UUID sharedScreenPerson) {
        this.sharedScreenPerson = sharedScreenPerson;
    }

    /** The shared screen of one crew member: their own shared content only. */
    public static SearchScope sharedScreenOf(UUID personId) {
        return new SearchScope(Objects.requireNonNull(personId, "personId"));
    }

    /** The crew member whose shared screen this is; empty for the whole workbook. */
    public Optional<UUID> sharedScreenPerson() {
        return Optional.ofNullable(sharedScreenPerson);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SearchScope scope && Objects.equals(sharedScreenPerson, scope.sharedScreenPerson);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(sharedScreenPerson);
    }

    @Override
    public String toString() {
        return sharedScreenPerson == null ? "whole workbook" : "shared screen of " + sharedScreenPerson;
    }
}
