package org.trackwork.service;

import java.util.ArrayList;
import java.util.List;
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
        List<Task> pushed = changed.stream().filter(task -> !task.id().equals(added.id())).toList();
        List<Task> was = new ArrayList<>();
        return Edit.of(description, workbook -> {
            was.clear();
            List<Task> placed = new ArrayList<>(List.of(added));
            placed.addAll(TrackAdvance.placeStored(workbook, pushed, was));
            workbook.tasks().saveAll(placed);
        }, workbook -> {
            workbook.tasks().delete(added.id());
            workbook.tasks().saveAll(was);
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
