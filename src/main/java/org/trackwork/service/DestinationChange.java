package org.trackwork.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.trackwork.domain.Destination;
import org.trackwork.domain.DestinationStatus;
import org.trackwork.domain.Person;
import org.trackwork.domain.Shift;
import org.trackwork.domain.ShiftTalk;
import org.trackwork.domain.Refusal;

/**
 * Changing destination: the current one becomes history (reached or abandoned), the new one becomes current, and a
 * shift records why, with a checklist of every crew member who still has to hear it. One undoable edit.
 */
public final class DestinationChange {

    private DestinationChange() {
    }

    /**
     * Writes the destination in place (a new one when the workbook has none); undo puts back what was stored.
     */
    public static Edit write(String description, Destination destination) {
        return Edit.storing(description, destination, workbook -> workbook.destinations().find(destination.id()),
                (workbook, d) -> workbook.destinations().save(d),
                (workbook, d) -> workbook.destinations().delete(d.id()));
    }

    /**
     * @param current the destination being left, or null when the workbook has none yet (then no shift is
     *                recorded: there is nothing to change from)
     */
    public static Edit of(String description, Destination current, DestinationStatus currentBecomes,
                          Destination next, String reason, List<Person> crew, LocalDate on) {
        if (!next.isCurrent()) {
            throw new Refusal("refusal.destination.nextNotCurrent");
        }
        if (current == null) {
            return Edit.replacing(description, null, next, (w, d) -> w.destinations().save(d),
                    (w, d) -> w.destinations().delete(d.id()));
        }
        if (currentBecomes == DestinationStatus.CURRENT) {
            throw new Refusal("refusal.destination.oldStillCurrent");
        }
        List<ShiftTalk> talks = crew.stream().filter(person -> !person.archived())
                .map(person -> new ShiftTalk(person.id(), null)).toList();
        Shift shift = new Shift(UUID.randomUUID(), current.id(), next.id(), reason, on, talks);
        Destination[] was = new Destination[1];
        return Edit.of(description, workbook -> {
            // the one left as stored (its words may have been edited since the view read it), and undo puts that back
            was[0] = workbook.destinations().find(current.id()).orElse(current);
            // the old one leaves CURRENT first: at most one destination may be current at any moment
            workbook.destinations().save(was[0].withStatus(currentBecomes));
            workbook.destinations().save(next);
            workbook.shifts().save(shift);
        }, workbook -> {
            workbook.shifts().delete(shift.id());
            workbook.destinations().delete(next.id());
            workbook.destinations().save(was[0]);
        });
    }

    /**
     * Records that the shift was talked through with one person (on a date), or takes that back (null), on the
     * shift as stored: two people ticked before the list reloads are both kept.
     */
    public static Edit talkedThrough(String description, Shift shift, UUID personId, LocalDate on) {
        return Edit.changing(description, workbook -> workbook.shifts().find(shift.id()),
                (workbook, s) -> workbook.shifts().save(s), stored -> new Shift(stored.id(),
                        stored.fromDestinationId(), stored.toDestinationId(), stored.reason(), stored.on(),
                        stored.talks().stream().map(talk -> talk.personId().equals(personId)
                                ? new ShiftTalk(personId, on) : talk).toList()),
                "refusal.shift.gone");
    }
}
