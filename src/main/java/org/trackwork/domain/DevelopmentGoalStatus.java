package org.trackwork.domain;

/** Progress of one development goal. */
public enum DevelopmentGoalStatus {
    NOT_STARTED, IN_PROGRESS, DONE, DROPPED
}
