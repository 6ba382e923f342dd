package org.trackwork.ui.board;

import java.util.UUID;

/** What a card on the plain board shows of a task. */
public record TaskCard(UUID id, String title, String owner, String ownerInitials, String due, String checklist,
                       boolean overdue) {
}
