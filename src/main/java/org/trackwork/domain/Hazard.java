package org.trackwork.domain;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

/** A boulder on the line: a risk or blocker on exactly one goal, station or task. */
public record Hazard(UUID id, String description, Severity severity, UUID goalId, UUID stationId, UUID taskId,
                     LocalDate raisedOn, UUID raisedById, boolean confidential, LocalDate escalatedOn,
                     LocalDate resolvedOn, String resolutionNote) {

    public Hazard {
        Require.present(id, "field.id");
        description = Require.longFilled(description, "field.description");
        Require.present(severity, "field.severity");
        Require.present(raisedOn, "field.raisedOn");
        long targets = Stream.of(goalId, stationId, taskId).filter(t -> t != null).count();
        if (targets != 1) {
            throw new Refusal("refusal.hazard.oneTarget");
        }
        resolutionNote = Require.longText(resolutionNote, "field.resolutionNote");
        if (resolvedOn != null && resolutionNote.isBlank()) {
            throw new Refusal("refusal.hazard.resolutionNote");
        }
        if (escalatedOn != null && escalatedOn.isBefore(raisedOn)) {
            throw new Refusal("refusal.hazard.escalatedBeforeRaised");
        }
        if (resolvedOn != null && resolvedOn.isBefore(raisedOn)) {
            throw new Refusal("refusal.hazard.resolvedBeforeRaised");
        }
    }

    public boolean isOpen() {
        return resolvedOn == null;
    }

    public Hazard escalated(LocalDate on) {
        return new Hazard(id, description, severity, goalId, stationId, taskId, raisedOn, raisedById, confidential,
                on, resolvedOn, resolutionNote);
    }

    public Hazard resolved(LocalDate on, String note) {
        return new Hazard(id, description, severity, goalId, stationId, taskId, raisedOn, raisedById, confidential,
                escalatedOn, on, note);
    }
}
