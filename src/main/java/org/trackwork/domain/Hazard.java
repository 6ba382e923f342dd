package org.trackwork.domain;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Stream;

/** A boulder on the line: a risk or blocker on exactly one goal, station or task. */
public record Hazard(UUID id, String description, Severity severity, UUID goalId, UUID stationId, UUID taskId,
                     LocalDate raisedOn, UUID raisedById, boolean confidential, LocalDate escalatedOn,
                     LocalDate resolvedOn, String resolutionNote) {

    public Hazard {
        Require.present(id, "Id");
        description = Require.longFilled(description, "Description");
        Require.present(severity, "Severity");
        Require.present(raisedOn, "Raised on");
        long targets = Stream.of(goalId, stationId, taskId).filter(t -> t != null).count();
        if (targets != 1) {
            throw new Refusal("A hazard lies on exactly one goal, station or task.");
        }
        resolutionNote = Require.longText(resolutionNote, "Resolution note");
        if (resolvedOn != null && resolutionNote.isBlank()) {
            throw new Refusal("Say how the hazard was resolved.");
        }
        if (escalatedOn != null && escalatedOn.isBefore(raisedOn)) {
            throw new Refusal("A hazard cannot be escalated before it was raised.");
        }
        if (resolvedOn != null && resolvedOn.isBefore(raisedOn)) {
            throw new Refusal("A hazard cannot be resolved before it was raised.");
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
