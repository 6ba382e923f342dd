package org.trackwork.domain;

/** The ways a person grows toward a development goal. */
public enum ActionKind {
    LEARNING, PRACTICE, STRETCH_ASSIGNMENT, COACHING, FEEDBACK
}
