package org.trackwork.service;

import java.util.Optional;

/** What undo and redo would do next, named for the Edit menu; empty when there is nothing. */
public record UndoState(Optional<String> nextUndo, Optional<String> nextRedo) {

    public static final UndoState EMPTY = new UndoState(Optional.empty(), Optional.empty());
}
