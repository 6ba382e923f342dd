package org.trackwork.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A measurable key result or a milestone of a goal. */
public record Station(UUID id, UUID goalId, String title, StationKind kind, double start, double target,
                      double current, String unit, boolean done, LocalDate due, Confidence confidence,
                      int position) {

    public Station {
        Require.present(id, "field.id");
        Require.present(goalId, "field.goal");
        title = Require.filled(title, "field.title");
        Require.present(kind, "field.kind");
        Require.finite(start, "field.startValue");
        Require.finite(target, "field.targetValue");
        Require.finite(current, "field.currentValue");
        unit = Require.shortText(unit, "field.unit");
        Require.present(confidence, "field.confidence");
        Require.notNegative(position, "field.position");
        if (kind == StationKind.KEY_RESULT && start == target) {
            throw new Refusal("refusal.station.targetIsStart");
        }
    }

    public static Station keyResult(UUID goalId, String title, double start, double target, String unit,
                                    LocalDate due, int position) {
        return new Station(UUID.randomUUID(), goalId, title, StationKind.KEY_RESULT, start, target, start, unit,
                false, due, Confidence.ON_TRACK, position);
    }

    public static Station milestone(UUID goalId, String title, LocalDate due, int position) {
        return new Station(UUID.randomUUID(), goalId, title, StationKind.MILESTONE, 0, 1, 0, "", false, due,
                Confidence.ON_TRACK, position);
    }

    /** Share of the way from start to target, between 0 and 1. */
    public double progress() {
        if (kind == StationKind.MILESTONE) {
            return done ? 1 : 0;
        }
        double share = (current - start) / (target - start);
        return Math.max(0, Math.min(1, share));
    }

    /** True when the key result counts something (start and target not negative), so it cannot go below zero. */
    public boolean counts() {
        return kind == StationKind.KEY_RESULT && start >= 0 && target >= 0;
    }

    /**
     * A check-in on this station, validated: a milestone reads 1 (reached) or 0, a count cannot be negative.
     */
    public CheckIn checkIn(LocalDate on, double value, Confidence confidence, String comment, Instant now) {
        if (kind == StationKind.MILESTONE && value != 0 && value != 1) {
            throw new Refusal("refusal.station.milestoneValue");
        }
        if (counts() && value < 0) {
            throw unit.isBlank() ? new Refusal("refusal.station.negativeCount", title)
                    : new Refusal("refusal.station.negativeCountOf", title, unit);
        }
        return new CheckIn(UUID.randomUUID(), id, on, value, confidence, comment, now);
    }

    public Station checkedIn(CheckIn checkIn) {
        boolean nowDone = kind == StationKind.MILESTONE ? checkIn.value() >= 1 : done;
        double value = kind == StationKind.KEY_RESULT ? checkIn.value() : current;
        return new Station(id, goalId, title, kind, start, target, value, unit, nowDone, due, checkIn.confidence(),
                position);
    }
}
