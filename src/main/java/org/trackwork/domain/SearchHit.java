package org.trackwork.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One thing a search found, with what it takes to go to it.
 *
 * @param kind         what it is; {@link SearchKind#ONE_ON_ONE_PRIVATE} for private notes
 * @param recordId     the record the text is in (for private notes and shared notes: the one-on-one)
 * @param parentId     the record it belongs to or lies on, to open it in: a checklist item's task, an agenda or
 *                     action item's one-on-one, a development goal's plan, a development action's goal, a station's
 *                     goal, a check-in's station, a hazard's goal, station or task, a shift's new destination; null
 *                     for a record that stands alone
 * @param personId     the crew member it belongs to, where it belongs to one: the person; the owner of a task or
 *                     goal, and of a task's checklist and hazards; the person whose plan, one-on-one or recognition
 *                     it is or is part of; else null
 * @param quarter      the quarter it is shown in (a goal's, a task's, and that of the goal or task it belongs to), or
 *                     null
 * @param date         the date it is shown by, or null: of a one-on-one (also for its agenda, action items and
 *                     private notes), a recognition, a check-in or a shift; when a hazard was raised; when a task,
 *                     station or development action is due, a development goal's target, a destination's horizon
 * @param confidential true for a confidential hazard
 * @param title        what names it, with its matches marked: its own title or name, or for a record without one
 *                     (an agenda item, a checklist item) the title or name of what it belongs to, unmarked
 * @param context      who or what it belongs to, when its title does not say so (a task's owner, the goal of a
 *                     station), plain; empty when there is nothing to add
 * @param snippet      an excerpt of the rest of its text around the matches, marked; for recent items the beginning
 *                     of that text, unmarked
 */
public record SearchHit(SearchKind kind, UUID recordId, UUID parentId, UUID personId, Quarter quarter,
                        LocalDate date, boolean confidential, MarkedText title, String context,
                        MarkedText snippet) {

    public SearchHit {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordId, "recordId");
        title = title == null ? MarkedText.EMPTY : title;
        context = context == null ? "" : context;
        snippet = snippet == null ? MarkedText.EMPTY : snippet;
    }

    /** True for the private notes of a one-on-one, which only the manager may see. */
    public boolean isPrivate() {
        return kind.isPrivate();
    }
}
