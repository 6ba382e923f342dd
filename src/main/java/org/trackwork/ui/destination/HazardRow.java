package org.trackwork.ui.destination;

import org.trackwork.domain.Hazard;

/** A hazard as the list shows it: what it lies on, how old it is, and where it stands. */
public record HazardRow(Hazard hazard, String target, String severity, String raised, String status) {
}
