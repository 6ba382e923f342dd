package org.trackwork.domain;

/** A station is measured by a value (key result) or is simply reached or not (milestone). */
public enum StationKind {
    KEY_RESULT, MILESTONE
}
