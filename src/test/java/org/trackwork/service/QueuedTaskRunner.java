package org.trackwork.service;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds tasks until the test runs them, as the writer thread would run them later: what a view model shows at once
 * can be checked before the edit is saved and the reload comes back, in the order production has them.
 */
public final class QueuedTaskRunner implements TaskRunner {

    private final Deque<BackgroundTask<?>> queue = new ArrayDeque<>();

    @Override
    public <T> void run(BackgroundTask<T> task) {
        queue.add(task);
    }

    /** Runs the queued tasks in order, and those their results hand over, until none is left. */
    public void runAll() {
        while (!queue.isEmpty()) {
            new CallingThreadTaskRunner().run(queue.poll());
        }
    }

    /** How many tasks wait to be run. */
    public int pending() {
        return queue.size();
    }
}
