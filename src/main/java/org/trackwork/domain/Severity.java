package org.trackwork.domain;

/** How hard a hazard would hit the train. */
public enum Severity {
    LOW, MEDIUM, HIGH
}
