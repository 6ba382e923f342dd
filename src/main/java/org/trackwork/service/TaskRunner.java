package org.trackwork.service;

/** Runs background tasks: on one writer thread in the app, on the calling thread in tests of view models. */
public interface TaskRunner {

    <T> void run(BackgroundTask<T> task);
}
