package org.trackwork.ui.common;

/** What the status line says about the user's edits. */
public enum SaveState {
    SAVED, SAVING, FAILED
}
