package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.ChecklistItem;
import org.trackwork.domain.Column;
import org.trackwork.domain.Destination;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.QuarterCrossing;
import org.trackwork.domain.Severity;
import org.trackwork.domain.Station;
import org.trackwork.domain.Task;
import org.trackwork.service.QuarterRollover.Summary;
import org.trackwork.store.WorkbookFile;

class QuarterRolloverTest {

    private static final Quarter Q3 = Quarter.parse("2026-Q3");
    private static final Quarter Q4 = Quarter.parse("2026-Q4");
    private static final LocalDate CLOSED_ON = LocalDate.of(2026, 10, 2);
    private static final LocalDate RAISED = LocalDate.of(2026, 8, 3);

    @TempDir
    Path folder;
    private Workbook workbook;
    private final UndoHistory history = new UndoHistory();
    private Goal goal;
    private Station station;
    private Task a;
    private Task b;
    private Task c;
    private Task laid;
    private Task x;
    private Task y;
    private Task z;

    @BeforeEach
    void open() throws Exception {
        workbook = new Workbook(WorkbookFile.create(folder.resolve("rollover.trackwork")));
        Destination destination = Destination.newCurrent("Self-service", "", "", null);
        workbook.destinations().save(destination);
        goal = new Goal(UUID.randomUUID(), destination.id(), Q3, "Faster sign-up", "", null, 0);
        workbook.goals().save(goal);
        station = Station.keyResult(goal.id(), "Forms shipped", 0, 3, "forms", null, 0);
        workbook.stations().save(station);

        a = task(Q3, "a", Column.SURVEYED, 0);
        b = task(Q3, "b", Column.SURVEYED, 1);
        c = task(Q3, "c", Column.LAYING, 0);
        laid = task(Q3, "laid", Column.LAID, 0);
        x = task(Q4, "x", Column.SURVEYED, 0);
        y = task(Q4, "y", Column.LAYING, 0);
        z = task(Q4, "z", Column.LAYING, 1);
        workbook.tasks().saveAll(List.of(a, b, c, laid, x, y, z));

        workbook.hazards().save(hazard("Blocked on legal", null, null, a.id(), false));
        workbook.hazards().save(hazard("Waited for design", null, null, laid.id(), true));
        workbook.hazards().save(hazard("Team too small", goal.id(), null, null, false));
        workbook.hazards().save(hazard("Metric unclear", null, station.id(), null, true));
        workbook.hazards().save(hazard("Next quarter's worry", null, null, x.id(), false));
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void closingCarriesUnfinishedCardsBelowTheNextQuartersCardsAndLeavesLaidTrack() {
        history.perform(QuarterRollover.close("Close 2026-Q3", Q3, CLOSED_ON), workbook);

        assertThat(workbook.tasks().listByQuarter(Q3)).containsExactly(laid);
        List<Task> next = workbook.tasks().listByQuarter(Q4);
        assertThat(BoardOrder.ordered(next, Column.SURVEYED)).extracting(Task::title).containsExactly("x", "a", "b");
        assertThat(BoardOrder.ordered(next, Column.LAYING)).extracting(Task::title).containsExactly("y", "z", "c");
        assertThat(BoardOrder.ordered(next, Column.SURVEYED)).extracting(Task::position).containsExactly(0, 1, 2);
        assertThat(BoardOrder.ordered(next, Column.LAYING)).extracting(Task::position).containsExactly(0, 1, 2);
        Task carried = workbook.tasks().find(a.id()).orElseThrow();
        assertThat(carried.checklist()).isEqualTo(a.checklist());
        assertThat(carried.title()).isEqualTo(a.title());
    }

    @Test
    void eachCarriedCardRemembersTheQuarterItCrossed() {
        history.perform(QuarterRollover.close("Close 2026-Q3", Q3, CLOSED_ON), workbook);

        for (Task card : List.of(a, b, c)) {
            assertThat(workbook.tasks().crossings(card.id()))
                    .containsExactly(new QuarterCrossing(card.id(), Q3, Q4, CLOSED_ON));
        }
        assertThat(workbook.tasks().crossings(laid.id())).isEmpty();
        assertThat(workbook.tasks().crossings(x.id())).isEmpty();
    }

    @Test
    void aCardCarriedTwiceRemembersBothCrossingsOldestFirst() {
        history.perform(QuarterRollover.close("Close 2026-Q3", Q3, CLOSED_ON), workbook);
        history.perform(QuarterRollover.close("Close 2026-Q4", Q4, LocalDate.of(2027, 1, 4)), workbook);

        assertThat(workbook.tasks().crossings(a.id())).containsExactly(
                new QuarterCrossing(a.id(), Q3, Q4, CLOSED_ON),
                new QuarterCrossing(a.id(), Q4, Q4.next(), LocalDate.of(2027, 1, 4)));
        assertThat(workbook.tasks().find(a.id()).orElseThrow().quarter()).isEqualTo(Q4.next());
    }

    @Test
    void theSummaryCountsLaidCarriedAndHazardsTheSameBeforeAndAfterTheClose() {
        Summary expected = new Summary(Q3, Q4, 1, 3, 2, 2);
        assertThat(QuarterRollover.summarize(workbook, Q3)).isEqualTo(expected);

        history.perform(QuarterRollover.close("Close 2026-Q3", Q3, CLOSED_ON), workbook);

        assertThat(QuarterRollover.summarize(workbook, Q3)).isEqualTo(expected);
    }

    @Test
    void undoPutsEveryCardBackInItsQuarterColumnAndPlaceAndForgetsTheCrossings() {
        List<Task> q3 = workbook.tasks().listByQuarter(Q3);
        List<Task> q4 = workbook.tasks().listByQuarter(Q4);

        history.perform(QuarterRollover.close("Close 2026-Q3", Q3, CLOSED_ON), workbook);
        history.undo(workbook);

        assertThat(workbook.tasks().listByQuarter(Q3)).isEqualTo(q3);
        assertThat(workbook.tasks().listByQuarter(Q4)).isEqualTo(q4);
        assertThat(workbook.tasks().crossingsFrom(Q3)).isEmpty();
        assertThat(QuarterRollover.summarize(workbook, Q3)).isEqualTo(new Summary(Q3, Q4, 1, 3, 2, 2));

        history.redo(workbook);
        assertThat(workbook.tasks().listByQuarter(Q3)).containsExactly(laid);
        assertThat(workbook.tasks().crossingsFrom(Q3)).hasSize(3);
    }

    @Test
    void closingAQuarterWithNothingUnfinishedChangesNothing() {
        history.perform(QuarterRollover.close("Close 2026-Q2", Q3.previous(), CLOSED_ON), workbook);

        assertThat(workbook.tasks().listAll()).hasSize(7);
        assertThat(QuarterRollover.summarize(workbook, Q3.previous()))
                .isEqualTo(new Summary(Q3.previous(), Q3, 0, 0, 0, 0));
    }

    private static Task task(Quarter quarter, String title, Column column, int position) {
        return new Task(UUID.randomUUID(), quarter, title, "About " + title, column, position, null, null, null,
                null, List.of(ChecklistItem.of("step of " + title)), Instant.now());
    }

    private static Hazard hazard(String description, UUID goalId, UUID stationId, UUID taskId, boolean resolved) {
        return new Hazard(UUID.randomUUID(), description, Severity.MEDIUM, goalId, stationId, taskId, RAISED, null,
                false, null, resolved ? RAISED.plusDays(9) : null, resolved ? "Cleared" : "");
    }
}
