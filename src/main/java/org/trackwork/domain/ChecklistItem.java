package org.trackwork.domain;

import java.util.UUID;

/** One line of a task's checklist. */
public record ChecklistItem(UUID id, String text, boolean done) {

    public ChecklistItem {
        Require.present(id, "field.id");
        text = Require.filled(text, "field.checklistItem");
    }

    public static ChecklistItem of(String text) {
        return new ChecklistItem(UUID.randomUUID(), text, false);
    }
}
