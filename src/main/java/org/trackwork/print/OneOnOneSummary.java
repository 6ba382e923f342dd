package org.trackwork.print;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.AgendaItem;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.service.OneOnOneAgenda;
import org.trackwork.service.Workbook;

/**
 * The part of a one-on-one that may be handed to the person: date, agenda, shared notes, its action items and those
 * still open from earlier sessions. It has no field for private notes, so a summary cannot print them whatever the
 * layout does.
 */
public record OneOnOneSummary(String personName, String managerName, LocalDate date, List<AgendaItem> agenda,
                              String sharedNotes, List<ActionItem> actionItems, List<ActionItem> stillOpen) {

    public OneOnOneSummary {
        Objects.requireNonNull(personName);
        Objects.requireNonNull(date);
        managerName = managerName == null ? "" : managerName;
        agenda = List.copyOf(agenda);
        sharedNotes = sharedNotes == null ? "" : sharedNotes;
        actionItems = List.copyOf(actionItems);
        stillOpen = List.copyOf(stillOpen);
    }

    /** Reads a session and keeps only what is shared; call on the writer thread. Empty when it is gone. */
    public static Optional<OneOnOneSummary> read(Workbook workbook, UUID personId, UUID sessionId) {
        return workbook.oneOnOnes().find(sessionId).filter(session -> session.personId().equals(personId))
                .flatMap(session -> workbook.people().find(personId).map(person ->
                        of(person, PlanPrintouts.managerName(workbook), session,
                                OneOnOneAgenda.carriedInto(session, workbook.oneOnOnes().listByPerson(personId))
                                        .stream().map(OneOnOneAgenda.Carried::item).toList())));
    }

    /**
     * Copies only what is shared from a session; its private notes stay behind.
     *
     * @param stillOpen the action items of earlier sessions that are not done yet
     */
    public static OneOnOneSummary of(Person person, String managerName, OneOnOne session,
                                     List<ActionItem> stillOpen) {
        if (!session.personId().equals(person.id())) {
            throw new IllegalArgumentException("The one-on-one is not with this person.");
        }
        return new OneOnOneSummary(person.name(), managerName, session.date(), session.agenda(),
                session.sharedNotes(), session.actionItems(), stillOpen);
    }
}
