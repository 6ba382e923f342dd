package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.Column;
import org.trackwork.domain.Confidence;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Station;
import org.trackwork.domain.StationKind;
import org.trackwork.domain.Task;

class TrackAdvanceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Quarter Q4 = Quarter.of(TODAY);

    @TempDir
    Path folder;
    private Workbook workbook;
    private final UndoHistory history = new UndoHistory();
    private Goal goal;

    @BeforeEach
    void open() throws Exception {
        OneGoalWorkbook opened = OneGoalWorkbook.create(folder.resolve("advance.trackwork"), Q4);
        workbook = opened.workbook();
        goal = opened.goal();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void aKeyResultCountingUpMovesFromItsStartByTheLaidCountAndStopsAtItsTarget() {
        Station station = Station.keyResult(UUID.randomUUID(), "Forms shipped", 2, 5, "forms", null, 0);

        assertThat(TrackAdvance.recount(station, 0).current()).isEqualTo(2);
        assertThat(TrackAdvance.recount(station, 2).current()).isEqualTo(4);
        assertThat(TrackAdvance.recount(station, 3).current()).isEqualTo(5);
        assertThat(TrackAdvance.recount(station, 40).current()).isEqualTo(5);
    }

    @Test
    void aKeyResultCountingDownMovesTowardItsLowerTargetAndStopsThere() {
        Station station = Station.keyResult(UUID.randomUUID(), "Open defects", 10, 4, "defects", null, 0);

        assertThat(TrackAdvance.recount(station, 0).current()).isEqualTo(10);
        assertThat(TrackAdvance.recount(station, 5).current()).isEqualTo(5);
        assertThat(TrackAdvance.recount(station, 6).current()).isEqualTo(4);
        assertThat(TrackAdvance.recount(station, 9).current()).isEqualTo(4);
    }

    @Test
    void recountingChangesOnlyTheCurrentValue() {
        Station station = new Station(UUID.randomUUID(), UUID.randomUUID(), "Forms", StationKind.KEY_RESULT, 0, 8,
                7, "forms", false, TODAY, Confidence.AT_RISK, 3);

        assertThat(TrackAdvance.recount(station, 1)).isEqualTo(new Station(station.id(), station.goalId(), "Forms",
                StationKind.KEY_RESULT, 0, 8, 1, "forms", false, TODAY, Confidence.AT_RISK, 3));
    }

    @Test
    void aMilestoneOrANegativeCountIsNotRecounted() {
        Station milestone = Station.milestone(UUID.randomUUID(), "Beta", null, 0);
        Station keyResult = Station.keyResult(UUID.randomUUID(), "Forms", 0, 3, "", null, 0);

        assertThatThrownBy(() -> TrackAdvance.recount(milestone, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackAdvance.recount(keyResult, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void movingACardToLaidAdvancesItsCountingStationAndUndoPutsBothBack() {
        Station station = Station.keyResult(goal.id(), "Forms shipped", 0, 3, "forms", null, 0);
        workbook.stations().save(station);
        workbook.stations().setCountsLaidTasks(station.id(), true);
        Task alreadyLaid = onStation(station, "Login form", Column.LAID, 0);
        Task card = onStation(station, "Sign-up form", Column.LAYING, 0);
        Task laidLastQuarter = new Task(UUID.randomUUID(), Q4.previous(), "Old form", "", Column.LAID, 1, null, null,
                station.id(), null, List.of(), Instant.now());
        workbook.tasks().saveAll(List.of(alreadyLaid, card, laidLastQuarter));
        List<Task> board = workbook.tasks().listByQuarter(Q4);

        List<Task> after = BoardOrder.move(board, card.id(), Column.LAID, 1);
        List<Task> before = board.stream().filter(t -> after.stream().anyMatch(a -> a.id().equals(t.id()))).toList();
        history.perform(TrackAdvance.moveCard("Move card", after, Set.of(station.id())), workbook);

        assertThat(workbook.tasks().find(card.id()).orElseThrow().column()).isEqualTo(Column.LAID);
        assertThat(workbook.stations().find(station.id()).orElseThrow().current()).isEqualTo(2);

        history.undo(workbook);
        assertThat(workbook.tasks().listByQuarter(Q4)).isEqualTo(board);
        assertThat(workbook.stations().find(station.id())).contains(station);
        assertThat(workbook.stations().countsLaidTasks(station.id())).isTrue();

        history.redo(workbook);
        assertThat(workbook.stations().find(station.id()).orElseThrow().current()).isEqualTo(2);
    }

    @Test
    void aStationThatDoesNotCountLaidTasksStaysWhereItIs() {
        Station station = Station.keyResult(goal.id(), "Forms shipped", 0, 3, "forms", null, 0);
        workbook.stations().save(station);
        Task card = onStation(station, "Sign-up form", Column.LAYING, 0);
        workbook.tasks().save(card);

        history.perform(TrackAdvance.moveCard("Move card", List.of(card.movedTo(Column.LAID, 0)),
                Set.of(station.id(), UUID.randomUUID())), workbook);

        assertThat(workbook.tasks().find(card.id()).orElseThrow().column()).isEqualTo(Column.LAID);
        assertThat(workbook.stations().find(station.id())).contains(station);
    }

    @Test
    void movingALaidCardBackLowersTheCount() {
        Station station = Station.keyResult(goal.id(), "Forms shipped", 0, 3, "forms", null, 0);
        workbook.stations().save(station);
        workbook.stations().setCountsLaidTasks(station.id(), true);
        Task card = onStation(station, "Sign-up form", Column.LAID, 0);
        workbook.tasks().save(card);
        history.perform(TrackAdvance.moveCard("Lay", List.of(), Set.of(station.id())), workbook);
        assertThat(workbook.stations().find(station.id()).orElseThrow().current()).isEqualTo(1);

        history.perform(TrackAdvance.moveCard("Move back", List.of(card.movedTo(Column.LAYING, 0)),
                Set.of(station.id())), workbook);

        assertThat(workbook.stations().find(station.id()).orElseThrow().current()).isEqualTo(0);
    }

    @Test
    void settingAStationToCountLaidTasksRecountsItAndUndoRestoresFlagAndValue() {
        Station station = Station.keyResult(goal.id(), "Forms shipped", 0, 3, "forms", null, 0);
        workbook.stations().save(station);
        workbook.tasks().saveAll(List.of(onStation(station, "a", Column.LAID, 0),
                onStation(station, "b", Column.LAID, 1)));

        history.perform(TrackAdvance.countLaidTasks("Count laid tasks", station, true), workbook);
        assertThat(workbook.stations().countsLaidTasks(station.id())).isTrue();
        assertThat(workbook.stations().find(station.id()).orElseThrow().current()).isEqualTo(2);

        history.undo(workbook);
        assertThat(workbook.stations().countsLaidTasks(station.id())).isFalse();
        assertThat(workbook.stations().find(station.id())).contains(station);
    }

    @Test
    void markingAMilestoneDoneRecordsACheckInAndUndoTakesItBack() {
        Station milestone = new Station(UUID.randomUUID(), goal.id(), "Beta open", StationKind.MILESTONE, 0, 1, 0, "",
                false, TODAY, Confidence.AT_RISK, 0);
        workbook.stations().save(milestone);

        history.perform(TrackAdvance.markMilestoneDone("Mark milestone done", milestone, TODAY, Instant.EPOCH), workbook);

        Station done = workbook.stations().find(milestone.id()).orElseThrow();
        assertThat(done.done()).isTrue();
        assertThat(done.confidence()).isEqualTo(Confidence.AT_RISK);
        List<CheckIn> checkIns = workbook.stations().checkIns(milestone.id());
        assertThat(checkIns).singleElement().satisfies(checkIn -> {
            assertThat(checkIn.value()).isEqualTo(1);
            assertThat(checkIn.on()).isEqualTo(TODAY);
            assertThat(checkIn.confidence()).isEqualTo(Confidence.AT_RISK);
        });

        history.undo(workbook);
        assertThat(workbook.stations().find(milestone.id())).contains(milestone);
        assertThat(workbook.stations().checkIns(milestone.id())).isEmpty();

        history.redo(workbook);
        assertThat(workbook.stations().find(milestone.id()).orElseThrow().done()).isTrue();
        assertThat(workbook.stations().checkIns(milestone.id())).isEqualTo(checkIns);
    }

    @Test
    void onlyAMilestoneIsMarkedDone() {
        Station keyResult = Station.keyResult(goal.id(), "Forms", 0, 3, "", null, 0);
        assertThatThrownBy(() -> TrackAdvance.markMilestoneDone("Done", keyResult, TODAY, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Task onStation(Station station, String title, Column column, int position) {
        return new Task(UUID.randomUUID(), Q4, title, "", column, position, null, null, station.id(), null,
                List.of(), Instant.now());
    }
}
