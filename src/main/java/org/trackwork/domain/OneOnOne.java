package org.trackwork.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A session with one person: agenda, notes shared with them, the manager's private notes, follow-ups. */
public record OneOnOne(UUID id, UUID personId, LocalDate date, String sharedNotes, String privateNotes,
                       List<AgendaItem> agenda, List<ActionItem> actionItems) {

    public OneOnOne {
        Require.present(id, "field.id");
        Require.present(personId, "field.crewMember");
        Require.present(date, "field.date");
        sharedNotes = Require.longText(sharedNotes, "field.sharedNotes");
        privateNotes = Require.longText(privateNotes, "field.privateNotes");
        agenda = Require.listOf(agenda, "field.agenda");
        actionItems = Require.listOf(actionItems, "field.actionItems");
        for (ActionItem item : actionItems) {
            if (item.due() != null && item.due().isBefore(date)) {
                throw new Refusal("refusal.oneOnOne.actionDueBefore");
            }
        }
    }

    public OneOnOne withSharedNotes(String text) {
        return new OneOnOne(id, personId, date, text, privateNotes, agenda, actionItems);
    }

    public OneOnOne withPrivateNotes(String text) {
        return new OneOnOne(id, personId, date, sharedNotes, text, agenda, actionItems);
    }

    public OneOnOne withAgenda(List<AgendaItem> items) {
        return new OneOnOne(id, personId, date, sharedNotes, privateNotes, items, actionItems);
    }

    public OneOnOne withActionItems(List<ActionItem> items) {
        return new OneOnOne(id, personId, date, sharedNotes, privateNotes, agenda, items);
    }
}
