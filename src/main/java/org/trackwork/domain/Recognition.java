package org.trackwork.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Appreciation given to a person, optionally for work on a goal. */
public record Recognition(UUID id, UUID personId, LocalDate on, String what, UUID goalId) {

    public Recognition {
        Require.present(id, "field.id");
        Require.present(personId, "field.crewMember");
        Require.present(on, "field.date");
        what = Require.longFilled(what, "field.appreciated");
    }
}
