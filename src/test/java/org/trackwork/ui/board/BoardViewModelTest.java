package org.trackwork.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Column;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Station;
import org.trackwork.domain.StationKind;
import org.trackwork.domain.Task;
import org.trackwork.service.TaskFilter;
import org.trackwork.ui.common.SessionFixture;

class BoardViewModelTest {

    @TempDir
    Path folder;

    @Test
    void cardsAreGroupedByColumnAndNarrowedByTheFilters() throws Exception {
        try (SessionFixture fixture = SessionFixture.sample(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            assertThat(board.lanes()).hasSize(1);
            assertThat(total(board)).isEqualTo(60);
            assertThat(Arrays.stream(Column.values())).allMatch(c -> !cards(board, c).isEmpty());
            assertThat(cards(board, Column.LAID)).noneMatch(TaskCard::overdue);
            assertThat(board.headerProperty(Column.SURVEYED).get()).matches("Surveyed \\(\\d+\\)");

            board.textFilterProperty().set("welcome email");
            assertThat(total(board)).isPositive().isLessThan(60);
            board.textFilterProperty().set("");

            Person someone = board.people().get(3);
            board.personFilterProperty().set(someone);
            assertThat(allCards(board)).isNotEmpty().allMatch(card -> card.owner().equals(someone.name()));
            board.personFilterProperty().set(null);

            board.dueFilterProperty().set(TaskFilter.Due.OVERDUE);
            assertThat(allCards(board)).isNotEmpty().allMatch(TaskCard::overdue);
        }
    }

    @Test
    void swimlanesByPersonGiveOneLanePerOwnerWithCards() throws Exception {
        try (SessionFixture fixture = SessionFixture.sample(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            board.swimlanesProperty().set(BoardViewModel.Swimlanes.PERSON);
            assertThat(board.lanes()).hasSizeGreaterThan(1).allMatch(lane -> !lane.title().isEmpty());
            assertThat(board.lanes().stream().mapToInt(lane -> lane.cards().values().stream().mapToInt(List::size)
                    .sum()).sum()).isEqualTo(60);
            board.swimlanesProperty().set(BoardViewModel.Swimlanes.GOAL);
            assertThat(board.lanes()).extracting(Lane::title).contains("Halve the time to first login");
        }
    }

    @Test
    void quickAddPutsTheCardOnTopAndMovesAreSavedAndUndoable() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            assertThat(board.quickAdd(Column.SURVEYED, "  ")).contains("required");
            assertThat(board.quickAdd(Column.SURVEYED, "First")).isNull();
            assertThat(board.quickAdd(Column.SURVEYED, "Second")).isNull();
            assertThat(titles(board, Column.SURVEYED)).containsExactly("Second", "First");

            UUID first = cards(board, Column.SURVEYED).get(1).id();
            board.moveByKey(first, 0, 1, 0);
            assertThat(titles(board, Column.LAYING)).containsExactly("First");
            board.moveBefore(cards(board, Column.SURVEYED).get(0).id(), Column.LAYING, first);
            assertThat(titles(board, Column.LAYING)).containsExactly("Second", "First");
            assertThat(titles(board, Column.SURVEYED)).isEmpty();

            List<Task> stored = fixture.workbook().tasks().listByQuarter(Quarter.of(fixture.session.today()));
            assertThat(stored).extracting(Task::title, Task::column, Task::position)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Second", Column.LAYING, 0),
                            org.assertj.core.groups.Tuple.tuple("First", Column.LAYING, 1));

            fixture.session.undo();
            assertThat(titles(board, Column.SURVEYED)).containsExactly("Second");
            board.delete(first);
            assertThat(titles(board, Column.LAYING)).isEmpty();
            fixture.session.undo();
            assertThat(titles(board, Column.LAYING)).containsExactly("First");
        }
    }

    /** In production the board shows an edit first and the writer saves it after: the reload must agree. */
    @Test
    void aCardAddedOrMovedShowsAtOnceAndTheReloadAfterTheSaveAgrees() throws Exception {
        try (SessionFixture fixture = SessionFixture.emptyQueued(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            fixture.settle();
            board.quickAdd(Column.SURVEYED, "Survey the pass");
            board.quickAdd(Column.SURVEYED, "Order rails");
            assertThat(titles(board, Column.SURVEYED)).as("shown before it is saved")
                    .containsExactly("Order rails", "Survey the pass");
            assertThat(fixture.workbook().tasks().count()).isZero();

            assertThat(fixture.settle()).isPositive();
            assertThat(titles(board, Column.SURVEYED)).as("after the save and the reload")
                    .containsExactly("Order rails", "Survey the pass");
            UUID survey = cards(board, Column.SURVEYED).get(1).id();

            board.moveByKey(survey, 0, 1, 0);
            board.moveByKey(survey, 0, 1, 0);
            assertThat(titles(board, Column.LAID)).containsExactly("Survey the pass");
            fixture.settle();
            assertThat(titles(board, Column.LAID)).containsExactly("Survey the pass");
            assertThat(titles(board, Column.SURVEYED)).containsExactly("Order rails");
            assertThat(fixture.workbook().tasks().find(survey).orElseThrow().column()).isEqualTo(Column.LAID);

            fixture.session.undo();
            fixture.settle();
            assertThat(titles(board, Column.LAYING)).containsExactly("Survey the pass");
        }
    }

    @Test
    void ctrlArrowsPassOnlyTheCardsThatShowAndKeepHiddenCardsInTheirPlaces() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            for (String title : List.of("Alpha rails", "Beta", "Gamma rails")) {
                board.quickAdd(Column.SURVEYED, title);
            }
            board.quickAdd(Column.LAYING, "Delta rails");
            board.textFilterProperty().set("rails");
            assertThat(titles(board, Column.SURVEYED)).containsExactly("Gamma rails", "Alpha rails");
            UUID alpha = cards(board, Column.SURVEYED).get(1).id();

            board.moveByKey(alpha, 0, 0, -1);
            assertThat(titles(board, Column.SURVEYED)).containsExactly("Alpha rails", "Gamma rails");
            board.moveByKey(alpha, 0, 0, -1);
            assertThat(titles(board, Column.SURVEYED)).as("nothing above the top card").containsExactly(
                    "Alpha rails", "Gamma rails");
            board.textFilterProperty().set("");
            assertThat(titles(board, Column.SURVEYED)).containsExactly("Alpha rails", "Gamma rails", "Beta");

            board.moveByKey(alpha, 0, 1, 0);
            assertThat(titles(board, Column.LAYING)).as("to the same row of the next column")
                    .containsExactly("Alpha rails", "Delta rails");
            board.moveByKey(alpha, 0, -1, 0);
            board.moveByKey(alpha, 0, -1, 0);
            assertThat(titles(board, Column.SURVEYED)).as("nothing left of the first column")
                    .containsExactly("Alpha rails", "Gamma rails", "Beta");
        }
    }

    @Test
    void theCardPanelRaisesAHazardWithAReasonAndResolvesItWithANote() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            board.quickAdd(Column.LAYING, "Weld the joints");
            UUID id = cards(board, Column.LAYING).get(0).id();
            board.open(id);
            fixture.dialogs.textAnswers.add("  ");
            board.raiseOrResolveHazardOfOpenCard();
            assertThat(fixture.dialogs.textProblems).containsExactly("Say what blocks the card.");
            assertThat(board.openHazardOf(id)).isEmpty();

            fixture.dialogs.textAnswers.add("No welder on site");
            board.raiseOrResolveHazardOfOpenCard();
            assertThat(board.openHazardOf(id)).map(h -> h.description()).contains("No welder on site");
            assertThat(cards(board, Column.LAYING).get(0).hazard()).isTrue();

            fixture.dialogs.textAnswers.add("A welder came on Monday");
            board.raiseOrResolveHazardOfOpenCard();
            assertThat(board.openHazardOf(id)).isEmpty();
            assertThat(fixture.workbook().hazards().list()).singleElement()
                    .satisfies(h -> assertThat(h.resolutionNote()).isEqualTo("A welder came on Monday"));
            fixture.session.undo();
            assertThat(board.openHazardOf(id)).isPresent();
        }
    }

    @Test
    void aWipLimitIsAskedForAndOnlyAWholeNumberOfAtLeastOneIsTaken() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            fixture.dialogs.textAnswers.add("0");
            board.askLimit(Column.LAYING);
            fixture.dialogs.textAnswers.add("three");
            board.askLimit(Column.LAYING);
            assertThat(fixture.dialogs.textProblems).hasSize(2).allMatch(problem -> problem.contains("1"));
            assertThat(board.limit(Column.LAYING)).isNull();

            fixture.dialogs.textAnswers.add(" 3 ");
            board.askLimit(Column.LAYING);
            assertThat(board.limit(Column.LAYING)).isEqualTo(3);
            assertThat(fixture.workbook().columnLimits().limits()).containsEntry(Column.LAYING, 3);
            fixture.dialogs.textAnswers.add("");
            board.askLimit(Column.LAYING);
            assertThat(board.limit(Column.LAYING)).as("empty: no limit").isNull();
        }
    }

    @Test
    void aColumnOverItsWipLimitSaysSo() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            board.quickAdd(Column.LAYING, "One");
            board.quickAdd(Column.LAYING, "Two");
            board.setLimit(Column.LAYING, 1);
            assertThat(board.headerProperty(Column.LAYING).get()).isEqualTo("Laying (2/1)");
            assertThat(board.overLimitProperty(Column.LAYING).get()).isTrue();
            board.setLimit(Column.LAYING, null);
            assertThat(board.headerProperty(Column.LAYING).get()).isEqualTo("Laying (2)");
            assertThat(board.overLimitProperty(Column.LAYING).get()).isFalse();
        }
    }

    @Test
    void layingACardOnAMilestoneOffersToMarkItReached() throws Exception {
        try (SessionFixture fixture = SessionFixture.sample(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            Quarter quarter = Quarter.of(fixture.session.today());
            Station milestone = fixture.workbook().stations().listByQuarter(quarter).stream()
                    .filter(s -> s.kind() == StationKind.MILESTONE && !s.done()).findFirst().orElseThrow();
            board.quickAdd(Column.LAYING, "Run the pilot");
            UUID id = cards(board, Column.LAYING).get(0).id();
            board.open(id);
            board.update(task -> task.linkedTo(null, milestone.id()));
            fixture.dialogs.confirmAnswer = true;
            board.moveByKey(id, 0, 1, 0);
            assertThat(fixture.workbook().stations().find(milestone.id()).orElseThrow().done()).isTrue();
        }
    }

    @Test
    void aKeyResultCountingLaidCardsAdvancesAsTheyAreLaid() throws Exception {
        try (SessionFixture fixture = SessionFixture.sample(folder)) {
            Quarter quarter = Quarter.of(fixture.session.today());
            Station imports = fixture.workbook().stations().listByQuarter(quarter).stream()
                    .filter(s -> s.title().equals("Imports without a ticket")).findFirst().orElseThrow();
            var destination = new org.trackwork.ui.destination.DestinationViewModel(fixture.session);
            Station fresh = Station.keyResult(imports.goalId(), "Import cards laid", 0, 4, "cards",
                    quarter.lastDay(), 9);
            destination.goals().saveStation(null, fresh, true);
            BoardViewModel board = new BoardViewModel(fixture.session);
            for (String title : List.of("One", "Two")) {
                board.quickAdd(Column.LAYING, title);
                UUID id = cards(board, Column.LAYING).get(0).id();
                board.open(id);
                board.update(task -> task.linkedTo(null, fresh.id()));
                board.moveByKey(id, 0, 1, 0);
            }
            assertThat(fixture.workbook().stations().find(fresh.id()).orElseThrow().current()).isEqualTo(2.0);
            fixture.session.undo();
            assertThat(fixture.workbook().stations().find(fresh.id()).orElseThrow().current()).isEqualTo(1.0);
        }
    }

    @Test
    void closingTheQuarterCarriesUnfinishedCardsToTheNext() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            board.quickAdd(Column.SURVEYED, "Unfinished");
            board.quickAdd(Column.LAID, "Done");
            fixture.dialogs.confirmAnswer = true;
            board.closeQuarter();
            assertThat(titles(board, Column.SURVEYED)).isEmpty();
            assertThat(titles(board, Column.LAID)).containsExactly("Done");
            fixture.session.quarterProperty().set(fixture.session.quarterProperty().get().next());
            assertThat(titles(board, Column.SURVEYED)).containsExactly("Unfinished");
            assertThat(fixture.dialogs.notifications).anyMatch(text -> text.contains("1 unfinished"));
        }
    }

    @Test
    void goalSwimlanesStillWorkWhenCarriedCardsKeepAGoalOfAnEarlierQuarter() throws Exception {
        try (SessionFixture fixture = SessionFixture.sample(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            fixture.dialogs.confirmAnswer = true;
            board.closeQuarter();
            fixture.session.quarterProperty().set(fixture.session.quarterProperty().get().next());
            board.swimlanesProperty().set(BoardViewModel.Swimlanes.GOAL);
            assertThat(board.lanes()).extracting(Lane::title).contains("Goals of earlier quarters");
            assertThat(allCards(board)).hasSize(40);
        }
    }

    @Test
    void aKeyboardMoveUnderAFilterPassesTheNextVisibleCardNotAHiddenOne() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            for (String title : List.of("c match", "b hidden", "a match")) {
                board.quickAdd(Column.SURVEYED, title);
            }
            board.textFilterProperty().set("match");
            List<TaskCard> visible = cards(board, Column.SURVEYED);
            assertThat(visible).extracting(TaskCard::title).containsExactly("a match", "c match");
            board.moveAfter(visible.get(0).id(), Column.SURVEYED, visible.get(1).id());
            assertThat(titles(board, Column.SURVEYED)).containsExactly("c match", "a match");
            board.textFilterProperty().set("");
            assertThat(titles(board, Column.SURVEYED)).containsExactly("b hidden", "c match", "a match");
        }
    }

    @Test
    void switchingCountingOnCountsTheCardsAlreadyLaid() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            var destination = new org.trackwork.ui.destination.DestinationViewModel(fixture.session);
            destination.writeDestination(new org.trackwork.ui.destination.DestinationDialogAnswers()
                    .simple("D", fixture.session.today().plusYears(1)));
            var goal = new org.trackwork.domain.Goal(UUID.randomUUID(), destination.current().orElseThrow().id(),
                    fixture.session.quarterProperty().get(), "G", "", null, 0);
            destination.goals().saveGoal(null, goal);
            Station counted = Station.keyResult(goal.id(), "Cards", 0, 5, "cards",
                    fixture.session.quarterProperty().get().lastDay(), 0);
            destination.goals().saveStation(null, counted, false);
            BoardViewModel board = new BoardViewModel(fixture.session);
            board.quickAdd(Column.LAID, "Laid before");
            board.open(cards(board, Column.LAID).get(0).id());
            board.update(task -> task.linkedTo(null, counted.id()));
            destination.goals().saveStation(counted, counted, true);
            assertThat(fixture.workbook().stations().find(counted.id()).orElseThrow().current()).isEqualTo(1.0);
        }
    }

    private static List<TaskCard> cards(BoardViewModel board, Column column) {
        return board.lanes().get(0).cards().get(column);
    }

    private static List<String> titles(BoardViewModel board, Column column) {
        return cards(board, column).stream().map(TaskCard::title).toList();
    }

    private static List<TaskCard> allCards(BoardViewModel board) {
        return board.lanes().stream().flatMap(lane -> lane.cards().values().stream()).flatMap(List::stream).toList();
    }

    private static int total(BoardViewModel board) {
        return allCards(board).size();
    }
}
