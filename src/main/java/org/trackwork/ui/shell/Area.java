package org.trackwork.ui.shell;

/** The areas of the left navigation. */
public enum Area {
    DESTINATION, TRACK, CREW
}
