package org.trackwork.service;

/** Runs each task at once on the calling thread, so view model tests need no threads. */
public final class CallingThreadTaskRunner implements TaskRunner {

    @Override
    public <T> void run(BackgroundTask<T> task) {
        T result;
        try {
            result = task.work().call();
        } catch (Exception | AssertionError e) {
            if (task.failureHandler() == null) {
                throw new IllegalStateException("Background task failed", e);
            }
            task.failureHandler().accept(e);
            return;
        }
        task.successHandler().accept(result);
    }
}
