package org.trackwork.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.domain.Refusal;
import org.trackwork.service.BackgroundTask;
import org.trackwork.service.TaskRunner;

/**
 * Runs every store call on one writer thread, in submission order, and hands results back on the FX thread, so
 * that the window never waits on the disk. It also tells the status line whether edits are still being saved.
 */
public final class FxTaskRunner implements TaskRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "trackwork-writer");
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyObjectWrapper<SaveState> saveState = new ReadOnlyObjectWrapper<>(SaveState.SAVED);
    private final Consumer<Throwable> unhandledEditFailure;
    private final Consumer<Throwable> unhandledReadFailure;
    private int pendingEdits;
    /** Tasks handed to the writer whose result has not yet been handed back on the FX thread. */
    private final AtomicInteger inFlight = new AtomicInteger();

    /**
     * Failures of tasks that have no handler of their own are reported on the FX thread, by the first handler for
     * an edit that was not saved and by the second for a read.
     */
    public FxTaskRunner(Consumer<Throwable> unhandledEditFailure, Consumer<Throwable> unhandledReadFailure) {
        this.unhandledEditFailure = unhandledEditFailure;
        this.unhandledReadFailure = unhandledReadFailure;
    }

    @Override
    public <T> void run(BackgroundTask<T> task) {
        if (task.isEdit()) {
            pendingEdits++;
            saveState.set(SaveState.SAVING);
        }
        inFlight.incrementAndGet();
        try {
            writer.execute(() -> {
                try {
                    T result = task.work().call();
                    Platform.runLater(() -> {
                        // counted down before the handler, which may wait in a dialog of its own
                        inFlight.decrementAndGet();
                        finished(task, true);
                        task.successHandler().accept(result);
                    });
                } catch (Throwable e) {
                    // whatever it is, the edit is reported and counted down, so the status line never stays on Saving
                    if (FailureText.expected(e)) {
                        // a refusal's key and arguments, never its words or what was typed
                        LOG.warn("Background task not done: {}", e instanceof Refusal
                                ? e.getMessage() : e.getClass().getSimpleName());
                    } else {
                        LOG.error("Background task failed", e);
                    }
                    Platform.runLater(() -> {
                        inFlight.decrementAndGet();
                        finished(task, false);
                        (task.failureHandler() != null ? task.failureHandler()
                                : task.isEdit() ? unhandledEditFailure : unhandledReadFailure).accept(e);
                    });
                }
            });
        } catch (RejectedExecutionException e) {
            // the window has closed and its writer with it: nothing more is saved, nor counted as waiting
            inFlight.decrementAndGet();
            if (task.isEdit()) {
                pendingEdits--;
            }
            LOG.warn("Background task after the writer stopped; not run");
        }
    }

    private void finished(BackgroundTask<?> task, boolean succeeded) {
        if (!task.isEdit()) {
            return;
        }
        pendingEdits--;
        if (!succeeded) {
            saveState.set(SaveState.FAILED);
        } else if (pendingEdits == 0 && saveState.get() == SaveState.SAVING) {
            saveState.set(SaveState.SAVED);
        }
    }

    /**
     * Forgets that an edit failed once nothing is left to save: another workbook is in front of the user, and the
     * failure was told about the one before.
     */
    public void forgetFailure() {
        if (pendingEdits == 0 && saveState.get() == SaveState.FAILED) {
            saveState.set(SaveState.SAVED);
        }
    }

    public ReadOnlyObjectProperty<SaveState> saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /**
     * Whether every task handed over so far has run and its result has reached the FX thread (whose handler may
     * still be showing a dialog); for tests to wait on.
     */
    public boolean idle() {
        return inFlight.get() == 0;
    }

    /** Waits until everything submitted so far has run on the writer thread; for tests and shutdown. */
    public void awaitIdle(long timeout, TimeUnit unit) throws Exception {
        writer.submit(() -> { }).get(timeout, unit);
    }

    /** Runs the last work (closing the workbook) and stops the writer thread. */
    public void shutdown(Runnable lastWork) {
        writer.execute(lastWork);
        writer.shutdown();
        try {
            if (!writer.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("Writer thread did not finish in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
