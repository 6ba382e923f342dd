package org.trackwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A one-on-one as the person may see it at a shared screen: everything of the session except the manager's private
 * notes, which this record has no place for, so they cannot reach a shared screen by mistake.
 */
public record SharedOneOnOne(UUID id, UUID personId, LocalDate date, String sharedNotes, List<AgendaItem> agenda,
                             List<ActionItem> actionItems) {

    public SharedOneOnOne {
        Require.present(id, "field.id");
        Require.present(personId, "field.crewMember");
        Require.present(date, "field.date");
        sharedNotes = Require.longText(sharedNotes, "field.sharedNotes");
        agenda = Require.listOf(agenda, "field.agenda");
        actionItems = Require.listOf(actionItems, "field.actionItems");
    }
}
