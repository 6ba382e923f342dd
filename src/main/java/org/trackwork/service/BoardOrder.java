package org.trackwork.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.trackwork.domain.Column;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;
import org.trackwork.domain.Refusal;

/**
 * The order of cards on a quarter's board: where a card lands when it is moved or added, and which cards that
 * shifts. Every column it touches comes out numbered 0, 1, 2 ... without gaps or doubles. No I/O: the caller saves
 * what it returns.
 */
public final class BoardOrder {

    /** Position, then id as text: the order in which the store lists a column. */
    private static final Comparator<Task> IN_COLUMN = Comparator.comparingInt(Task::position)
            .thenComparing(task -> task.id().toString());

    private BoardOrder() {
    }

    /**
     * Moves a card to a column at an index of that column's current order, clamped to 0..size; within its own
     * column the index counts as if the card were already taken out.
     *
     * @param quarterTasks the cards of the moved card's quarter (cards of other quarters are left alone)
     * @return the cards whose column or position changed, the moved card first; empty when the card is dropped
     *         where it already was in a column that needed no renumbering
     * @throws IllegalArgumentException when no card has that id
     */
    public static List<Task> move(List<Task> quarterTasks, UUID taskId, Column to, int index) {
        Objects.requireNonNull(to, "Column is required.");
        Task moved = quarterTasks.stream().filter(task -> task.id().equals(taskId)).findFirst()
                .orElseThrow(() -> new Refusal("refusal.task.gone"));
        List<Task> board = sameQuarter(quarterTasks, moved.quarter());
        List<Task> target = new ArrayList<>(ordered(board, to));
        target.removeIf(task -> task.id().equals(taskId));
        target.add(Math.max(0, Math.min(index, target.size())), moved);

        Map<UUID, Task> changed = new HashMap<>();
        renumber(target, to, changed);
        if (moved.column() != to) {
            List<Task> source = new ArrayList<>(ordered(board, moved.column()));
            source.removeIf(task -> task.id().equals(taskId));
            renumber(source, moved.column(), changed);
        }
        return movedFirst(changed, taskId);
    }

    /**
     * Puts a new card on top of its column.
     *
     * @param quarterTasks the cards of the new card's quarter, without it
     * @return the new card at position 0, then every card of its column that moved down
     */
    public static List<Task> addOnTop(List<Task> quarterTasks, Task added) {
        List<Task> column = new ArrayList<>(ordered(sameQuarter(quarterTasks, added.quarter()), added.column()));
        column.removeIf(task -> task.id().equals(added.id()));
        column.add(0, added);
        Map<UUID, Task> changed = new HashMap<>();
        renumber(column, added.column(), changed);
        changed.putIfAbsent(added.id(), added);
        return movedFirst(changed, added.id());
    }

    /** The cards of one column, top to bottom. */
    public static List<Task> ordered(List<Task> tasks, Column column) {
        return tasks.stream().filter(task -> task.column() == column).sorted(IN_COLUMN).toList();
    }

    private static List<Task> sameQuarter(List<Task> tasks, Quarter quarter) {
        return tasks.stream().filter(task -> task.quarter().equals(quarter)).toList();
    }

    /** Numbers the cards of a column in list order and notes each card whose column or position that changes. */
    private static void renumber(List<Task> column, Column in, Map<UUID, Task> changed) {
        for (int position = 0; position < column.size(); position++) {
            Task task = column.get(position);
            if (task.column() != in || task.position() != position) {
                changed.put(task.id(), atPosition(task, in, position));
            }
        }
    }

    private static Task atPosition(Task task, Column column, int position) {
        return task.column() == column && task.position() == position ? task : task.movedTo(column, position);
    }

    private static List<Task> movedFirst(Map<UUID, Task> changed, UUID first) {
        List<Task> result = new ArrayList<>(changed.size());
        Task moved = changed.remove(first);
        if (moved != null) {
            result.add(moved);
        }
        changed.values().stream().sorted(Comparator.comparing(Task::column).thenComparing(IN_COLUMN))
                .forEach(result::add);
        return result;
    }
}
