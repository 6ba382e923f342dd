package org.trackwork.service;

import java.util.List;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.QuarterCrossing;
import org.trackwork.domain.Task;

/**
 * Deleting a card deletes its hazards and crossings too and unlinks the action item it came from; the edit keeps
 * them so undo brings the card back whole.
 */
public final class TaskRemoval {

    private TaskRemoval() {
    }

    public static Edit of(Task task, String description) {
        Object[] taken = new Object[4];
        return Edit.of(description, workbook -> {
            // undo brings the card back as stored, not as the board last showed it
            taken[3] = workbook.tasks().find(task.id()).orElse(task);
            taken[0] = workbook.hazards().list().stream().filter(h -> task.id().equals(h.taskId())).toList();
            taken[1] = workbook.tasks().crossings(task.id());
            taken[2] = workbook.oneOnOnes().listLinkedToTask(task.id());
            workbook.tasks().delete(task.id());
        }, workbook -> {
            workbook.tasks().save((Task) taken[3]);
            @SuppressWarnings("unchecked") List<Hazard> hazards = (List<Hazard>) taken[0];
            @SuppressWarnings("unchecked") List<QuarterCrossing> crossings = (List<QuarterCrossing>) taken[1];
            hazards.forEach(workbook.hazards()::save);
            crossings.forEach(workbook.tasks()::addCrossing);
            // the action items the card came from point at it again
            @SuppressWarnings("unchecked") List<OneOnOne> linked = (List<OneOnOne>) taken[2];
            linked.forEach(workbook.oneOnOnes()::save);
        });
    }
}
