package org.trackwork.domain;

/**
 * What a search hit is. The order of the constants is the order in which hits are grouped; each kind says whether a
 * shared screen may ever show it.
 */
public enum SearchKind {
    PERSON(true),
    TASK(true),
    CHECKLIST_ITEM(false),
    GOAL(true),
    STATION(false),
    CHECK_IN(false),
    HAZARD(true),
    DESTINATION(false),
    SHIFT(false),
    ONE_ON_ONE(true),
    AGENDA_ITEM(true),
    ACTION_ITEM(true),
    /** The private notes of a one-on-one: the manager's alone, never on a shared screen. */
    ONE_ON_ONE_PRIVATE(false),
    DEVELOPMENT_PLAN(true),
    DEVELOPMENT_GOAL(true),
    DEVELOPMENT_ACTION(true),
    RECOGNITION(true);

    private final boolean onSharedScreen;

    SearchKind(boolean onSharedScreen) {
        this.onSharedScreen = onSharedScreen;
    }

    /**
     * True when the shared screen of the person a record belongs to shows records of this kind (a person's own
     * record, their tasks, plans, one-on-ones and recognition, the open hazards on their tasks that are not
     * confidential); false for private notes and for what the shared screen does not show.
     */
    public boolean onSharedScreen() {
        return onSharedScreen;
    }

    /** True for the private notes of a one-on-one. */
    public boolean isPrivate() {
        return this == ONE_ON_ONE_PRIVATE;
    }
}
