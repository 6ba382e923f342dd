package org.trackwork.service;

import java.util.UUID;
import java.util.function.UnaryOperator;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Refusal;

/**
 * One change to a one-on-one (a note, an agenda item, an action item). The change is applied to the session as
 * stored when the edit runs, not as last shown, and undo saves the session back exactly as it was.
 */
public final class OneOnOneChange {

    private OneOnOneChange() {
    }

    public static Edit of(String description, UUID sessionId, UnaryOperator<OneOnOne> change) {
        return Edit.changing(description, workbook -> workbook.oneOnOnes().find(sessionId),
                (workbook, session) -> workbook.oneOnOnes().save(session), change, "refusal.oneOnOne.gone");
    }

    /** Holds a new session: undo deletes it with its agenda and action items. */
    public static Edit creating(String description, OneOnOne session) {
        return Edit.replacing(description, null, session, (w, s) -> w.oneOnOnes().save(s),
                (w, s) -> w.oneOnOnes().delete(s.id()));
    }

    /**
     * Deletes a session; undo brings it back whole, links to the board included, as it was stored when it was
     * deleted (not as last shown, which may lag behind an edit still on its way).
     */
    public static Edit deleting(String description, UUID sessionId) {
        OneOnOne[] before = new OneOnOne[1];
        return Edit.of(description, workbook -> {
            before[0] = workbook.oneOnOnes().find(sessionId)
                    .orElseThrow(() -> new Refusal("refusal.oneOnOne.gone"));
            workbook.oneOnOnes().delete(sessionId);
        }, workbook -> workbook.oneOnOnes().save(before[0]));
    }
}
