package org.trackwork.ui.board;

import java.util.UUID;

/** What a task can be linked to: nothing, a goal or a station, as the editor names it. */
public record LinkChoice(UUID goalId, UUID stationId, String label) {
}
