package org.trackwork.ui.destination;

import java.util.UUID;

/** One crew member on a shift's checklist: whether, and when, the change was talked through with them. */
public record TalkRow(UUID personId, String name, boolean heard, String when) {
}
