package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.Column;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;
import org.trackwork.service.TaskFilter.Due;

class TaskFilterTest {

    /** A Wednesday: its ISO week runs from Monday 2026-11-23 to Sunday 2026-11-29. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Quarter Q4 = Quarter.of(TODAY);

    private final UUID ada = UUID.randomUUID();
    private final UUID ben = UUID.randomUUID();
    private final UUID goal = UUID.randomUUID();
    private final UUID otherGoal = UUID.randomUUID();
    private final UUID stationOfGoal = UUID.randomUUID();
    private final UUID stationOfOtherGoal = UUID.randomUUID();
    private final Map<UUID, UUID> goalOfStation = Map.of(stationOfGoal, goal, stationOfOtherGoal, otherGoal);

    @Test
    void noneMatchesEveryCardAndIsNotActive() {
        List<Task> cards = List.of(card("a", Column.SURVEYED, null, null, null, null),
                card("b", Column.LAID, ada, goal, null, TODAY.minusDays(30)));

        assertThat(TaskFilter.NONE.isActive()).isFalse();
        assertThat(TaskFilter.apply(cards, TaskFilter.NONE, TODAY, goalOfStation)).isEqualTo(cards);
        assertThat(new TaskFilter(null, null, null, "   ")).isEqualTo(TaskFilter.NONE);
    }

    @Test
    void anyCriterionMakesTheFilterActive() {
        assertThat(TaskFilter.NONE.withPerson(ada).isActive()).isTrue();
        assertThat(TaskFilter.NONE.withGoal(goal).isActive()).isTrue();
        assertThat(TaskFilter.NONE.withDue(Due.OVERDUE).isActive()).isTrue();
        assertThat(TaskFilter.NONE.withText("x").isActive()).isTrue();
    }

    @Test
    void aPersonMatchesTheCardsTheyOwn() {
        Predicate<Task> test = TaskFilter.NONE.withPerson(ada).predicate(TODAY, goalOfStation);

        assertThat(test).accepts(card("mine", Column.LAYING, ada, null, null, null));
        assertThat(test).rejects(card("theirs", Column.LAYING, ben, null, null, null),
                card("nobody's", Column.LAYING, null, null, null, null));
    }

    @Test
    void aGoalMatchesCardsOnItOrOnOneOfItsStations() {
        Predicate<Task> test = TaskFilter.NONE.withGoal(goal).predicate(TODAY, goalOfStation);

        assertThat(test).accepts(card("on the goal", Column.SURVEYED, null, goal, null, null),
                card("on its station", Column.SURVEYED, null, null, stationOfGoal, null));
        assertThat(test).rejects(card("other goal", Column.SURVEYED, null, otherGoal, null, null),
                card("other station", Column.SURVEYED, null, null, stationOfOtherGoal, null),
                card("unknown station", Column.SURVEYED, null, null, UUID.randomUUID(), null),
                card("unlinked", Column.SURVEYED, null, null, null, null));
    }

    @Test
    void overdueIsDueBeforeTodayAndNotLaid() {
        Predicate<Task> test = TaskFilter.NONE.withDue(Due.OVERDUE).predicate(TODAY, goalOfStation);

        assertThat(test).accepts(card("yesterday", Column.LAYING, null, null, null, TODAY.minusDays(1)),
                card("long ago", Column.SURVEYED, null, null, null, TODAY.minusYears(1)));
        assertThat(test).rejects(card("today", Column.LAYING, null, null, null, TODAY),
                card("no date", Column.LAYING, null, null, null, null),
                card("laid late", Column.LAID, null, null, null, TODAY.minusDays(10)));
    }

    @Test
    void thisWeekRunsFromMondayToSundayOfTodaysIsoWeekAndSkipsLaidCards() {
        Predicate<Task> test = TaskFilter.NONE.withDue(Due.THIS_WEEK).predicate(TODAY, goalOfStation);

        assertThat(test).accepts(card("monday", Column.SURVEYED, null, null, null, LocalDate.of(2026, 11, 23)),
                card("today", Column.SURVEYED, null, null, null, TODAY),
                card("sunday", Column.LAYING, null, null, null, LocalDate.of(2026, 11, 29)));
        assertThat(test).rejects(card("last sunday", Column.SURVEYED, null, null, null, LocalDate.of(2026, 11, 22)),
                card("next monday", Column.SURVEYED, null, null, null, LocalDate.of(2026, 11, 30)),
                card("laid this week", Column.LAID, null, null, null, TODAY),
                card("no date", Column.SURVEYED, null, null, null, null));
    }

    @Test
    void onAMondayOrASundayTheWeekIsStillMondayToSunday() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        Task dueSunday = card("sunday", Column.SURVEYED, null, null, null, sunday);
        Task dueMonday = card("monday", Column.SURVEYED, null, null, null, monday);
        Task dueNextMonday = card("next monday", Column.SURVEYED, null, null, null, sunday.plusDays(1));
        TaskFilter thisWeek = TaskFilter.NONE.withDue(Due.THIS_WEEK);

        assertThat(thisWeek.predicate(monday, goalOfStation)).accepts(dueMonday, dueSunday).rejects(dueNextMonday);
        assertThat(thisWeek.predicate(sunday, goalOfStation)).accepts(dueMonday, dueSunday).rejects(dueNextMonday);
    }

    @Test
    void textIsFoundInTitleOrDescriptionIgnoringCase() {
        Predicate<Task> test = TaskFilter.NONE.withText("  SIGN-up ").predicate(TODAY, goalOfStation);

        assertThat(test).accepts(card("Shorter sign-up form", Column.SURVEYED, null, null, null, null),
                described("Form", "Makes SIGN-UP faster"));
        assertThat(test).rejects(card("Sign in", Column.SURVEYED, null, null, null, null),
                described("Form", "sign up without the dash"));
    }

    @Test
    void textIgnoresCaseTheSameWayInEveryLocale() {
        // lower-cased with Locale.ROOT: in a Turkish locale "TITLE" would become "tıtle" and miss
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        try {
            Predicate<Task> test = TaskFilter.NONE.withText("TITLE").predicate(TODAY, goalOfStation);
            assertThat(test).accepts(card("A title", Column.SURVEYED, null, null, null, null));
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void criteriaCombineAndEveryOneMustMatch() {
        TaskFilter filter = new TaskFilter(ada, goal, Due.OVERDUE, "form");
        Predicate<Task> test = filter.predicate(TODAY, goalOfStation);
        LocalDate late = TODAY.minusDays(2);

        assertThat(test).accepts(card("Sign-up form", Column.LAYING, ada, null, stationOfGoal, late));
        assertThat(test).rejects(card("Sign-up form", Column.LAYING, ben, null, stationOfGoal, late),
                card("Sign-up form", Column.LAYING, ada, otherGoal, null, late),
                card("Sign-up form", Column.LAYING, ada, goal, null, TODAY),
                card("Sign-up page", Column.LAYING, ada, goal, null, late),
                card("Sign-up form", Column.LAID, ada, goal, null, late));
    }

    private Task card(String title, Column column, UUID owner, UUID goalId, UUID stationId, LocalDate due) {
        return new Task(UUID.randomUUID(), Q4, title, "", column, 0, owner, goalId, stationId, due, List.of(),
                Instant.now());
    }

    private Task described(String title, String description) {
        return new Task(UUID.randomUUID(), Q4, title, description, Column.SURVEYED, 0, null, null, null, null,
                List.of(), Instant.now());
    }
}
