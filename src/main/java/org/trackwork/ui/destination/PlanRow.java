package org.trackwork.ui.destination;

import org.trackwork.domain.Confidence;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Station;

/** One row of the quarter's plan: a goal, or one of its stations beneath it. */
public record PlanRow(Goal goal, Station station, String title, String detail, double progress,
                      Confidence confidence, boolean hazard) {

    public boolean isStation() {
        return station != null;
    }

    public java.util.UUID id() {
        return station != null ? station.id() : goal.id();
    }
}
