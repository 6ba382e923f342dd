package org.trackwork.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.ActionOwner;
import org.trackwork.domain.Column;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;
import org.trackwork.domain.Refusal;

/**
 * Sends an action item of a one-on-one to the board: a card on top of Surveyed in the given quarter, owned by the
 * person or by the manager as the item says, due when the item is, and linked from the item so that each knows the
 * other. Undo takes the card away and the link with it.
 */
public final class ActionItemToTask {

    private ActionItemToTask() {
    }

    public static Edit of(String description, UUID sessionId, UUID itemId, Quarter quarter, Instant now) {
        UUID taskId = UUID.randomUUID();
        List<?>[] positionsBefore = new List<?>[1];
        OneOnOne[] sessionBefore = new OneOnOne[1];
        return Edit.of(description, workbook -> {
            OneOnOne session = workbook.oneOnOnes().find(sessionId)
                    .orElseThrow(() -> new Refusal("refusal.oneOnOne.gone"));
            ActionItem item = session.actionItems().stream().filter(i -> i.id().equals(itemId)).findFirst()
                    .orElseThrow(() -> new Refusal("refusal.actionItem.gone"));
            if (item.taskId() != null) {
                throw new Refusal("refusal.actionItem.onBoard");
            }
            Task card = new Task(taskId, quarter, item.text(), "", Column.SURVEYED, 0,
                    ownerOf(workbook, session, item), null, null, item.due(), List.of(), now);
            List<Task> quarterTasks = workbook.tasks().listByQuarter(quarter);
            positionsBefore[0] = quarterTasks;
            workbook.tasks().saveAll(BoardOrder.addOnTop(quarterTasks, card));
            sessionBefore[0] = session;
            workbook.oneOnOnes().save(linked(session, itemId, taskId));
        }, workbook -> {
            workbook.oneOnOnes().save(sessionBefore[0]);
            workbook.tasks().delete(taskId);
            @SuppressWarnings("unchecked") List<Task> before = (List<Task>) positionsBefore[0];
            workbook.tasks().saveAll(before);
        });
    }

    private static UUID ownerOf(Workbook workbook, OneOnOne session, ActionItem item) {
        if (item.owner() == ActionOwner.PERSON) {
            return session.personId();
        }
        return workbook.people().list().stream().filter(Person::manager).filter(p -> !p.archived())
                .map(Person::id).findFirst().orElse(null);
    }

    private static OneOnOne linked(OneOnOne session, UUID itemId, UUID taskId) {
        return session.withActionItems(session.actionItems().stream().map(i -> i.id().equals(itemId)
                ? new ActionItem(i.id(), i.text(), i.owner(), i.due(), i.done(), taskId) : i).toList());
    }
}
