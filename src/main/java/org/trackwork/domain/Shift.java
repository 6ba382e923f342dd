package org.trackwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A change of destination, with its reason and who has heard about it. */
public record Shift(UUID id, UUID fromDestinationId, UUID toDestinationId, String reason, LocalDate on,
                    List<ShiftTalk> talks) {

    public Shift {
        Require.present(id, "field.id");
        Require.present(toDestinationId, "field.newDestination");
        reason = Require.longFilled(reason, "field.shiftReason");
        Require.present(on, "field.shiftDate");
        talks = Require.listOf(talks, "field.crewChecklist");
    }

    /** Crew members who have not heard about the change yet. */
    public List<UUID> notYetTalkedWith() {
        return talks.stream().filter(t -> !t.talkedThrough()).map(ShiftTalk::personId).toList();
    }
}
