package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Column;
import org.trackwork.domain.Destination;
import org.trackwork.domain.DestinationStatus;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.QuarterCrossing;
import org.trackwork.domain.Station;
import org.trackwork.domain.Task;
import org.trackwork.service.RefusalWords;

/** What the board adds to the store: stations counting laid tasks, quarter crossings, every task at once. */
class BoardStoreTest {

    private static final Quarter Q3 = Quarter.parse("2026-Q3");
    private static final Quarter Q4 = Quarter.parse("2026-Q4");

    @TempDir
    Path folder;
    private WorkbookFile file;
    private StationRepository stations;
    private TaskRepository tasks;
    private Goal goal;
    private Station keyResult;
    private Station milestone;

    @BeforeEach
    void createWorkbook() throws WorkbookException {
        file = WorkbookFile.create(folder.resolve("board.trackwork"));
        stations = new StationRepository(file);
        tasks = new TaskRepository(file);
        Destination destination = new Destination(UUID.randomUUID(), "Self-service", "", "", null,
                DestinationStatus.CURRENT, Instant.now());
        new DestinationRepository(file).save(destination);
        goal = new Goal(UUID.randomUUID(), destination.id(), Q4, "Faster sign-up", "", null, 0);
        new GoalRepository(file).save(goal);
        keyResult = Station.keyResult(goal.id(), "Forms shipped", 0, 5, "forms", null, 0);
        milestone = Station.milestone(goal.id(), "Beta open", null, 1);
        stations.save(keyResult);
        stations.save(milestone);
    }

    @AfterEach
    void closeWorkbook() {
        file.close();
    }

    @Test
    void aKeyResultCanBeSetToCountLaidTasksAndSavingTheStationKeepsTheFlag() throws WorkbookException {
        stations.setCountsLaidTasks(keyResult.id(), true);
        stations.save(new Station(keyResult.id(), goal.id(), "Forms shipped, renamed", keyResult.kind(), 0, 5, 2,
                "forms", false, null, keyResult.confidence(), 0));

        file.close();
        file = WorkbookFile.open(file.path());
        StationRepository reopened = new StationRepository(file);
        assertThat(reopened.countsLaidTasks(keyResult.id())).isTrue();
        assertThat(reopened.countsLaidTasks(milestone.id())).isFalse();
        assertThat(reopened.stationsCountingLaidTasks()).containsExactly(keyResult.id());
        assertThat(reopened.find(keyResult.id()).orElseThrow().title()).isEqualTo("Forms shipped, renamed");

        reopened.setCountsLaidTasks(keyResult.id(), false);
        assertThat(reopened.stationsCountingLaidTasks()).isEmpty();
    }

    @Test
    void aMilestoneCannotCountLaidTasksNorCanAStationThatIsGone() {
        assertThat(RefusalWords.of(() -> stations.setCountsLaidTasks(milestone.id(), true)))
                .startsWith("Only a key result");
        assertThatThrownBy(() -> stations.setCountsLaidTasks(UUID.randomUUID(), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(stations.countsLaidTasks(UUID.randomUUID())).isFalse();
        assertThat(stations.stationsCountingLaidTasks()).isEmpty();
    }

    @Test
    void crossingsComeBackOldestFirstAndGoWithTheirTask() {
        Task task = Task.surveyed(Q4, "Carried twice", 0, Instant.EPOCH);
        Task other = Task.surveyed(Q4, "Carried once", 1, Instant.EPOCH);
        tasks.saveAll(List.of(task, other));
        QuarterCrossing second = new QuarterCrossing(task.id(), Q3, Q4, LocalDate.of(2026, 10, 1));
        QuarterCrossing first = new QuarterCrossing(task.id(), Q3.previous(), Q3, LocalDate.of(2026, 7, 1));
        QuarterCrossing others = new QuarterCrossing(other.id(), Q3, Q4, LocalDate.of(2026, 10, 1));
        tasks.addCrossing(second);
        tasks.addCrossings(List.of(first, others));

        assertThat(tasks.crossings(task.id())).containsExactly(first, second);
        assertThat(tasks.crossingsFrom(Q3)).containsExactlyInAnyOrder(second, others);

        tasks.deleteCrossing(task.id(), Q3);
        assertThat(tasks.crossings(task.id())).containsExactly(first);

        tasks.delete(task.id());
        assertThat(tasks.crossings(task.id())).isEmpty();
        tasks.deleteCrossings(List.of(others));
        assertThat(tasks.crossingsFrom(Q3)).isEmpty();
    }

    @Test
    void aCardCrossesOutOfAQuarterOnceTheLatestCrossingCounts() {
        Task task = Task.surveyed(Q4, "Back and forth", 0, Instant.EPOCH);
        tasks.save(task);
        tasks.addCrossing(new QuarterCrossing(task.id(), Q3, Q4, LocalDate.of(2026, 10, 1)));
        QuarterCrossing again = new QuarterCrossing(task.id(), Q3, Q4, LocalDate.of(2026, 10, 9));
        tasks.addCrossing(again);

        assertThat(tasks.crossings(task.id())).containsExactly(again);
    }

    @Test
    void aCrossingMustLeadIntoALaterQuarter() {
        UUID id = UUID.randomUUID();
        LocalDate day = LocalDate.of(2026, 10, 1);
        assertThatThrownBy(() -> new QuarterCrossing(id, Q4, Q4, day)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuarterCrossing(id, Q4, Q3, day)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new QuarterCrossing(id, Q3, Q4.next(), day).to()).isEqualTo(Q4.next());
    }

    @Test
    void listAllReadsEveryQuarterInOrderWithChecklists() {
        Task early = Task.surveyed(Q3, "Early", 0, Instant.EPOCH);
        Task laid = Task.surveyed(Q4, "Laid", 0, Instant.EPOCH).movedTo(Column.LAID, 0);
        Task surveyed = Task.surveyed(Q4, "Surveyed", 0, Instant.EPOCH);
        Task withChecklist = new Task(UUID.randomUUID(), Q4, "Checked", "", Column.SURVEYED, 1, null, null, null,
                null, List.of(org.trackwork.domain.ChecklistItem.of("one")), Instant.now());
        tasks.saveAll(List.of(laid, withChecklist, surveyed, early));

        assertThat(tasks.listAll()).containsExactly(early, surveyed, withChecklist, laid);
    }

    @Test
    void countLaidCountsOnlyTheStationsLaidCardsInTheGivenQuarter() {
        Task laid = link(Task.surveyed(Q4, "Laid", 0, Instant.EPOCH).movedTo(Column.LAID, 0));
        Task laying = link(Task.surveyed(Q4, "Laying", 0, Instant.EPOCH).movedTo(Column.LAYING, 0));
        Task laidElsewhere = link(Task.surveyed(Q4.next(), "Laid later", 0, Instant.EPOCH).movedTo(Column.LAID, 0));
        tasks.saveAll(List.of(laid, laying, laidElsewhere));

        assertThat(tasks.countLaid(keyResult.id(), Q4)).isEqualTo(1);
        assertThat(tasks.countLaid(milestone.id(), Q4)).isZero();
    }

    private Task link(Task task) {
        return new Task(task.id(), task.quarter(), task.title(), task.description(), task.column(), task.position(),
                null, null, keyResult.id(), null, List.of(), task.createdAt());
    }
}
