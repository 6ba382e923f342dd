package org.trackwork.domain;

/** The columns of the track board, in the order track is laid. */
public enum Column {
    SURVEYED, LAYING, LAID
}
