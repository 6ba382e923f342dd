package org.trackwork.ui.common;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.domain.Quarter;
import org.trackwork.service.BackgroundTask;
import org.trackwork.service.Edit;
import org.trackwork.service.TaskRunner;
import org.trackwork.service.UndoHistory;
import org.trackwork.service.UndoState;
import org.trackwork.service.Workbook;
import org.trackwork.store.WorkbookGone;

/**
 * What every area shares about the workbook in front of the user: the workbook itself, the quarter and search of
 * the top bar, and the one road by which reads and edits reach the writer thread. Lives on the FX thread.
 */
public final class WorkbookSession {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookSession.class);

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final Clock clock;
    private final UndoHistory history = new UndoHistory();
    private final ReadOnlyObjectWrapper<Workbook> workbook = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Quarter> quarter;
    private final ReadOnlyObjectWrapper<UndoState> undoState = new ReadOnlyObjectWrapper<>(UndoState.EMPTY);
    private final LongProperty changes = new SimpleLongProperty();
    private final ReadOnlyObjectWrapper<WorkbookGone> gone = new ReadOnlyObjectWrapper<>();
    private Navigator navigator = target -> { };
    private Consumer<UUID> sharedScreenOpener = personId -> { };
    private Consumer<WorkbookGone> goneHandler = reason -> { };
    private int unreadableTold;

    public WorkbookSession(TaskRunner runner, DialogService dialogs, Clock clock) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.clock = clock;
        this.quarter = new SimpleObjectProperty<>(Quarter.of(LocalDate.now(clock)));
    }

    /**
     * Puts another workbook in front of the user, or none (null); edits of the previous one can no longer be
     * undone, and the previous one is closed.
     */
    public void show(Workbook opened) {
        Workbook previous = workbook.get();
        workbook.set(opened);
        gone.set(opened == null ? null : opened.gone().orElse(null));
        unreadableTold = 0;
        undoState.set(UndoState.EMPTY);
        BackgroundTask.wrap(() -> {
            history.clear();
            if (previous != null) {
                previous.close();
            }
            return null;
        }).executeWith(runner);
        changes.set(changes.get() + 1);
    }

    /** The shell says how the user is taken to a place in an area; until then asking does nothing. */
    public void setNavigator(Navigator navigator) {
        this.navigator = navigator;
    }

    /** Takes the user to a card, a person, a one-on-one… in whichever area opens it. */
    public Navigator navigator() {
        return navigator;
    }

    /** The shell says how the shared screen is started for one person; until then asking does nothing. */
    public void setSharedScreenOpener(Consumer<UUID> opener) {
        sharedScreenOpener = opener;
    }

    /** Starts the shared screen for one crew member, as a one-on-one "at a shared screen" does. */
    public void openSharedScreen(UUID personId) {
        sharedScreenOpener.accept(personId);
    }

    /** The shell says how the user is told that the workbook was moved, replaced or changed by another program. */
    public void setGoneHandler(Consumer<WorkbookGone> handler) {
        goneHandler = handler;
    }

    /**
     * Asks, on the writer thread, whether the workbook is still the file at its path and unchanged by other
     * programs, as when the window comes back to the front; the user is told at once when it is not.
     */
    public void checkInPlace() {
        Workbook current = workbook.get();
        if (current == null || gone.get() != null) {
            return;
        }
        BackgroundTask.wrap(current::checkInPlace)
                .onSuccess(answer -> answer.ifPresent(reason -> markGone(current, reason)))
                .executeWith(runner);
    }

    private void markGone(Workbook current, WorkbookGone reason) {
        if (workbook.get() == current && gone.get() == null) {
            gone.set(reason);
            goneHandler.accept(reason);
        }
    }

    /** Why the workbook in front of the user saves nothing more, or null while it is its file. */
    public ReadOnlyObjectProperty<WorkbookGone> goneProperty() {
        return gone.getReadOnlyProperty();
    }

    /** Takes away a workbook that was closed under the session (a restore that failed): none is shown open. */
    public void closeWorkbook() {
        show(null);
    }

    /** Reads from the workbook on the writer thread and hands the result to the FX thread. */
    public <T> void read(Function<Workbook, T> query, Consumer<T> then) {
        Workbook current = workbook.get();
        if (current == null) {
            return;
        }
        BackgroundTask.wrap(() -> query.apply(current))
                .onSuccess(result -> {
                    if (workbook.get() == current) {
                        then.accept(result);
                        tellUnreadable(current);
                    }
                })
                .executeWith(runner);
    }

    /**
     * Rows that another program wrote and Trackwork cannot read are left out of what shows; the user is told once
     * how many, and told again only when more are found, not at every reload.
     */
    private void tellUnreadable(Workbook current) {
        int count = current.unreadableRows().count();
        if (count > unreadableTold) {
            unreadableTold = count;
            dialogs.notifyError(Messages.get("unreadable.notice", count, current.name()));
        }
    }

    /** Saves an edit at once, as its own transaction, and makes it undoable. */
    public void edit(Edit edit) {
        edit(edit, () -> { });
    }

    /** Saves an edit as {@link #edit(Edit)} does, then runs {@code saved} on the FX thread once it is saved. */
    public void edit(Edit edit, Runnable saved) {
        Workbook current = workbook.get();
        if (current == null) {
            return;
        }
        runUndoable(() -> history.perform(edit, current), current, saved);
    }

    public void undo() {
        Workbook current = workbook.get();
        if (current != null && undoState.get().nextUndo().isPresent()) {
            runUndoable(() -> history.undo(current), current, () -> { });
        }
    }

    public void redo() {
        Workbook current = workbook.get();
        if (current != null && undoState.get().nextRedo().isPresent()) {
            runUndoable(() -> history.redo(current), current, () -> { });
        }
    }

    private void runUndoable(java.util.concurrent.Callable<UndoState> work, Workbook current, Runnable saved) {
        BackgroundTask.edit(work)
                .onSuccess(state -> {
                    if (workbook.get() == current) {
                        undoState.set(state);
                        changes.set(changes.get() + 1);
                        saved.run();
                    }
                })
                .onFailure(failure -> {
                    LOG.warn("Edit not saved: {}", failure.getClass().getSimpleName());
                    if (failure instanceof WorkbookGone reason) {
                        markGone(current, reason);
                    } else {
                        dialogs.notifyError(Messages.get("edit.failed", reason(failure)));
                    }
                    changes.set(changes.get() + 1);
                })
                .executeWith(runner);
    }

    /** The message a user can act on: the domain's own words for invalid input, the real cause otherwise. */
    public static String reason(Throwable failure) {
        return FailureText.ofEdit(failure);
    }

    /** Why a read failed, as {@link #reason} says it for an edit. */
    public static String readReason(Throwable failure) {
        return FailureText.ofRead(failure);
    }

    public ReadOnlyObjectProperty<Workbook> workbookProperty() {
        return workbook.getReadOnlyProperty();
    }

    public Workbook workbook() {
        return workbook.get();
    }

    public ObjectProperty<Quarter> quarterProperty() {
        return quarter;
    }


    public ReadOnlyObjectProperty<UndoState> undoStateProperty() {
        return undoState.getReadOnlyProperty();
    }

    /**
     * After a repair, which is no edit: undo must not bring back what it took out, what reading leaves out is told
     * afresh, and every area reads the workbook again.
     */
    public void repaired() {
        undoState.set(UndoState.EMPTY);
        unreadableTold = 0;
        BackgroundTask.wrap(history::clear).executeWith(runner);
        changes.set(changes.get() + 1);
    }

    /** Counts changes to the workbook's content; areas reload when it moves. */
    public ReadOnlyLongProperty changesProperty() {
        return changes;
    }

    public TaskRunner runner() {
        return runner;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public Clock clock() {
        return clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
