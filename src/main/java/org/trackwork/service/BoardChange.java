package org.trackwork.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.trackwork.domain.Column;
import org.trackwork.domain.Task;

/** Edits of the board that are not moves: adding a card, setting a column's WIP limit. */
public final class BoardChange {

    private BoardChange() {
    }

    /**
     * Adds a card on top of its column: {@code changed} is what {@link BoardOrder#addOnTop} returns, the new card
     * and the cards it pushed down. Only where a pushed card lies changes, on the card as stored (one deleted since is
     * left deleted). Undo deletes the card and puts the others back as they were stored.
     */
    public static Edit addCard(String description, Task added, List<Task> changed) {
        List<Task> now = List.copyOf(changed);
        Map<UUID, Task> stored = new HashMap<>();
        return Edit.of(description, workbook -> {
            stored.clear();
            List<Task> placed = new ArrayList<>();
            placed.add(added);
            for (Task task : now) {
                if (!task.id().equals(added.id())) {
                    workbook.tasks().find(task.id()).ifPresent(was -> {
                        stored.put(was.id(), was);
                        placed.add(was.movedTo(task.column(), task.position()));
                    });
                }
            }
            workbook.tasks().saveAll(placed);
        }, workbook -> {
            workbook.tasks().delete(added.id());
            workbook.tasks().saveAll(List.copyOf(stored.values()));
        });
    }

    /** Sets or clears (null) a column's WIP limit; undo restores the limit it had when the edit ran. */
    public static Edit setLimit(String description, Column column, Integer limit) {
        Integer[] before = new Integer[1];
        return Edit.of(description, workbook -> {
            before[0] = workbook.columnLimits().limits().get(column);
            workbook.columnLimits().setLimit(column, limit);
        }, workbook -> workbook.columnLimits().setLimit(column, before[0]));
    }
}
