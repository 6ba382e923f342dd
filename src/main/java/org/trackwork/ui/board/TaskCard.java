package org.trackwork.ui.board;

import java.util.UUID;

/** What a card on the board shows of a task. */
public record TaskCard(UUID id, String title, String owner, String ownerInitials, String link, String due,
                       boolean overdue, String checklist, boolean hazard, String blocked) {
}
