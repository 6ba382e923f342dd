package org.trackwork.ui.common;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Somewhere an area can take the user: a card, a person, a person's one-on-one of a date… The area that knows the
 * kind opens it; the shell first shows that area.
 *
 * @param kind what is to be opened
 * @param id   the record's id (a card, a person, a goal…)
 * @param date the date, for a one-on-one; else null
 */
public record Target(Kind kind, UUID id, LocalDate date) {

    /** The kinds of places the areas open. */
    public enum Kind {
        DESTINATION, SHIFT, GOAL, STATION, HAZARD, HAZARDS, TASK, PERSON, PLAN, ONE_ON_ONE, RECOGNITION,
        /** Recognise a person (id): a dialog over whatever area is showing, which stays. */
        RECOGNISE(true);

        private final boolean inPlace;

        Kind() {
            this(false);
        }

        Kind(boolean inPlace) {
            this.inPlace = inPlace;
        }

        /** Whether it opens over the area the user is in, rather than in its own area. */
        public boolean inPlace() {
            return inPlace;
        }
    }

    public Target {
        Objects.requireNonNull(kind);
    }

    public static Target of(Kind kind, UUID id) {
        return new Target(kind, id, null);
    }
}
