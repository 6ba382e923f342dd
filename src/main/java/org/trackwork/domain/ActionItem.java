package org.trackwork.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A follow-up agreed in a one-on-one; it may have been sent to the board as a task. */
public record ActionItem(UUID id, String text, ActionOwner owner, LocalDate due, boolean done, UUID taskId) {

    public ActionItem {
        Require.present(id, "field.id");
        text = Require.filled(text, "field.actionItem");
        Require.present(owner, "field.owner");
    }
}
