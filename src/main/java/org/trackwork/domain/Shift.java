package org.trackwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A change of destination, with its reason and who has heard about it. */
public record Shift(UUID id, UUID fromDestinationId, UUID toDestinationId, String reason, LocalDate on,
                    List<ShiftTalk> talks) {

    public Shift {
        Require.present(id, "Id");
        Require.present(toDestinationId, "New destination");
        reason = Require.longFilled(reason, "Reason for the change");
        Require.present(on, "Date of the change");
        talks = Require.listOf(talks, "Crew checklist");
    }

    /** Crew members who have not heard about the change yet. */
    public List<UUID> notYetTalkedWith() {
        return talks.stream().filter(t -> !t.talkedThrough()).map(ShiftTalk::personId).toList();
    }
}
