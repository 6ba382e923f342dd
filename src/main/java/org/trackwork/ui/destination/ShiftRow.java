package org.trackwork.ui.destination;

import org.trackwork.domain.Shift;

/** A shift of destination as the timeline shows it. */
public record ShiftRow(Shift shift, String change, String date, String reason, String heard) {
}
