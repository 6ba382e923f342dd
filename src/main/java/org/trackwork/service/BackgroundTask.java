package org.trackwork.service;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Work for the writer thread, with what to do on the FX thread when it succeeds or fails:
 * {@code BackgroundTask.wrap(work).onSuccess(show).onFailure(report).executeWith(runner)}.
 */
public final class BackgroundTask<T> {

    private final Callable<T> work;
    private final boolean edit;
    private Consumer<? super T> onSuccess = value -> { };
    private Consumer<Throwable> onFailure;

    private BackgroundTask(Callable<T> work, boolean edit) {
        this.work = Objects.requireNonNull(work);
        this.edit = edit;
    }

    /** Work that only reads. */
    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        return new BackgroundTask<>(work, false);
    }

    /** Work that saves a user's edit: the status line shows it as saving until it is done. */
    public static <T> BackgroundTask<T> edit(Callable<T> work) {
        return new BackgroundTask<>(work, true);
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Without a failure handler, the runner reports the failure itself. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public void executeWith(TaskRunner runner) {
        runner.run(this);
    }

    public Callable<T> work() {
        return work;
    }

    public boolean isEdit() {
        return edit;
    }

    public Consumer<? super T> successHandler() {
        return onSuccess;
    }

    /** The failure handler, or null when the runner should report the failure. */
    public Consumer<Throwable> failureHandler() {
        return onFailure;
    }
}
