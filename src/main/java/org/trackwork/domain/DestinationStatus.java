package org.trackwork.domain;

/** Where a destination stands: the one the train heads for, or history. */
public enum DestinationStatus {
    CURRENT, REACHED, ABANDONED
}
