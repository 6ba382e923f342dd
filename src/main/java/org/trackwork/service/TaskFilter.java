package org.trackwork.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Predicate;
import org.trackwork.domain.Column;
import org.trackwork.domain.Task;

/**
 * What the board shows: the cards of one person, of one goal, due soon, or matching a text. Criteria left empty
 * (null, {@link Due#ANY}, blank) let every card through; the others must all match.
 *
 * @param personId the owner, or null for anyone
 * @param goalId   a goal: cards linked to it or to one of its stations; null for any
 * @param due      which due dates
 * @param text     found in the title or description, ignoring case; blank for any
 */
public record TaskFilter(UUID personId, UUID goalId, Due due, String text) {

    /** Which due dates the board shows. Laid track is never overdue nor due. */
    public enum Due {
        ANY, OVERDUE, THIS_WEEK
    }

    /** Shows every card. */
    public static final TaskFilter NONE = new TaskFilter(null, null, Due.ANY, "");

    public TaskFilter {
        due = due == null ? Due.ANY : due;
        text = text == null ? "" : text.strip();
    }

    public boolean isActive() {
        return personId != null || goalId != null || due != Due.ANY || !text.isEmpty();
    }

    public TaskFilter withPerson(UUID newPersonId) {
        return new TaskFilter(newPersonId, goalId, due, text);
    }

    public TaskFilter withGoal(UUID newGoalId) {
        return new TaskFilter(personId, newGoalId, due, text);
    }

    public TaskFilter withDue(Due newDue) {
        return new TaskFilter(personId, goalId, newDue, text);
    }

    public TaskFilter withText(String newText) {
        return new TaskFilter(personId, goalId, due, newText);
    }

    /**
     * The test for one card. Built once per filter change and then run over many cards, so everything that does
     * not depend on the card (the lower-cased needle, the week's bounds) is worked out here.
     *
     * @param today         the day "overdue" and "this week" are counted from
     * @param goalOfStation the goal of each station, to find cards linked to a goal through a station
     */
    public Predicate<Task> predicate(LocalDate today, Map<UUID, UUID> goalOfStation) {
        Objects.requireNonNull(today, "Today is required.");
        List<Predicate<Task>> tests = new ArrayList<>(4);
        if (personId != null) {
            UUID person = personId;
            tests.add(task -> person.equals(task.ownerId()));
        }
        if (goalId != null) {
            UUID goal = goalId;
            Map<UUID, UUID> goals = goalOfStation == null ? Map.of() : goalOfStation;
            tests.add(task -> goal.equals(task.goalId())
                    || task.stationId() != null && goal.equals(goals.get(task.stationId())));
        }
        if (due == Due.OVERDUE) {
            tests.add(task -> task.column() != Column.LAID && task.due() != null && task.due().isBefore(today));
        } else if (due == Due.THIS_WEEK) {
            LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            LocalDate sunday = monday.plusDays(6);
            tests.add(task -> task.column() != Column.LAID && task.due() != null
                    && !task.due().isBefore(monday) && !task.due().isAfter(sunday));
        }
        if (!text.isEmpty()) {
            String needle = text.toLowerCase(Locale.ROOT);
            tests.add(task -> task.title().toLowerCase(Locale.ROOT).contains(needle)
                    || task.description().toLowerCase(Locale.ROOT).contains(needle));
        }
        return switch (tests.size()) {
            case 0 -> task -> true;
            case 1 -> tests.get(0);
            default -> tests.stream().reduce(Predicate::and).orElseThrow();
        };
    }

    /** The cards that pass the filter, in the order given. */
    public static List<Task> apply(List<Task> tasks, TaskFilter filter, LocalDate today,
                                   Map<UUID, UUID> goalOfStation) {
        Predicate<Task> test = filter.predicate(today, goalOfStation);
        return tasks.stream().filter(test).toList();
    }
}
