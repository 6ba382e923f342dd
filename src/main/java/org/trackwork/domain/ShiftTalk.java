package org.trackwork.domain;

import java.time.LocalDate;
import java.util.UUID;

/** Whether, and when, a shift of destination was talked through with one crew member. */
public record ShiftTalk(UUID personId, LocalDate talkedOn) {

    public ShiftTalk {
        Require.present(personId, "field.crewMember");
    }

    public boolean talkedThrough() {
        return talkedOn != null;
    }
}
