package org.trackwork.domain;

/** Where a development plan stands between first draft and review. */
public enum PlanStatus {
    DRAFT, AGREED, REVIEWED
}
