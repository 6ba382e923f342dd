package org.trackwork.service;

import java.time.LocalDate;
import java.util.UUID;
import org.trackwork.domain.Hazard;

/**
 * Raising, escalating and resolving a hazard, whether from the hazards list or from a card on the board. Each is one
 * edit; undo puts the hazard back as it was stored when the edit ran.
 */
public final class HazardChange {

    private static final String GONE = "refusal.hazard.gone";

    private HazardChange() {
    }

    public static Edit raise(String description, Hazard hazard) {
        return Edit.storing(description, hazard, workbook -> workbook.hazards().find(hazard.id()),
                (workbook, h) -> workbook.hazards().save(h), (workbook, h) -> workbook.hazards().delete(h.id()));
    }

    public static Edit escalate(String description, UUID hazardId, LocalDate on) {
        return Edit.changing(description, workbook -> workbook.hazards().find(hazardId),
                (workbook, h) -> workbook.hazards().save(h), hazard -> hazard.escalated(on), GONE);
    }

    public static Edit resolve(String description, UUID hazardId, LocalDate on, String note) {
        return Edit.changing(description, workbook -> workbook.hazards().find(hazardId),
                (workbook, h) -> workbook.hazards().save(h), hazard -> hazard.resolved(on, note), GONE);
    }
}
