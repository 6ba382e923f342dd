package org.trackwork.domain;

/** Who follows up an action item of a one-on-one. */
public enum ActionOwner {
    PERSON, MANAGER
}
