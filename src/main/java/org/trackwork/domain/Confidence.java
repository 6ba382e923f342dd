package org.trackwork.domain;

/** How sure the crew is that a station will be reached in time. */
public enum Confidence {
    ON_TRACK, AT_RISK, OFF_TRACK
}
