package org.trackwork.ui.common;

/** A progress window that is showing; long work tells it how far it got, from any thread, and closes it. */
public interface ProgressHandle {

    /** @param fraction between 0 and 1 */
    void update(double fraction, String message);

    /** Closes the window without counting as a cancel. */
    void close();
}
