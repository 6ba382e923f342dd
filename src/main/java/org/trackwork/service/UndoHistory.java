package org.trackwork.service;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The edits of one open workbook, for undo and redo. Each edit, undo and redo is its own transaction. Used on the
 * writer thread only; the UI sees {@link UndoState} snapshots.
 */
public final class UndoHistory {

    /** How far back undo reaches; older edits stay saved but can no longer be undone. */
    public static final int LIMIT = 200;

    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();

    /** Applies and records an edit; a new edit clears what could be redone. */
    public UndoState perform(Edit edit, Workbook workbook) {
        edit.apply(workbook);
        done.push(edit);
        if (done.size() > LIMIT) {
            done.removeLast();
        }
        undone.clear();
        return state();
    }

    public UndoState undo(Workbook workbook) {
        Edit edit = done.peek();
        if (edit != null) {
            edit.revert(workbook);
            undone.push(done.pop());
        }
        return state();
    }

    public UndoState redo(Workbook workbook) {
        Edit edit = undone.peek();
        if (edit != null) {
            edit.apply(workbook);
            done.push(undone.pop());
        }
        return state();
    }

    /** Forgets every edit, as when another workbook is opened. */
    public UndoState clear() {
        done.clear();
        undone.clear();
        return state();
    }

    public UndoState state() {
        return new UndoState(Optional.ofNullable(done.peek()).map(Edit::description),
                Optional.ofNullable(undone.peek()).map(Edit::description));
    }
}
