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
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.Column;
import org.trackwork.domain.Confidence;
import org.trackwork.domain.Destination;
import org.trackwork.domain.DestinationStatus;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Severity;
import org.trackwork.domain.Shift;
import org.trackwork.domain.ShiftTalk;
import org.trackwork.domain.Station;

/**
 * A view may show a record older than the one stored (the board recounted a station, a field was saved a moment
 * ago): the service commands change the stored record, and undo brings back what was stored, not what was shown.
 */
class UndoRestoresWhatWasStoredTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Quarter Q4 = Quarter.of(TODAY);

    @TempDir
    Path folder;
    private Workbook workbook;
    private final UndoHistory history = new UndoHistory();
    private Goal goal;

    @BeforeEach
    void open() throws Exception {
        OneGoalWorkbook opened = OneGoalWorkbook.create(folder.resolve("stored.trackwork"), Q4);
        workbook = opened.workbook();
        goal = opened.goal();
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void undoingACheckInKeepsARecountTheBoardMadeAfterTheStationWasShown() {
        Station shown = Station.keyResult(goal.id(), "Forms shipped", 0, 10, "forms", null, 0);
        workbook.stations().save(shown);
        // the board lays a card in the meantime: the stored station counts 3, the view still shows 0
        workbook.stations().save(TrackAdvance.recount(shown, 3));
        CheckIn checkIn = shown.checkIn(TODAY, 4, Confidence.AT_RISK, "slow week", Instant.parse("2026-11-25T10:00:00Z"));

        history.perform(GoalChange.checkIn("check in", shown.id(), checkIn), workbook);
        assertThat(workbook.stations().find(shown.id()).orElseThrow().current()).isEqualTo(4);
        assertThat(workbook.stations().find(shown.id()).orElseThrow().confidence()).isEqualTo(Confidence.AT_RISK);

        history.undo(workbook);
        assertThat(workbook.stations().find(shown.id()).orElseThrow().current()).isEqualTo(3);
        assertThat(workbook.stations().checkIns(shown.id())).isEmpty();
        history.redo(workbook);
        assertThat(workbook.stations().find(shown.id()).orElseThrow().current()).isEqualTo(4);
    }

    @Test
    void undoingAStationEditPutsBackTheStoredStationAndWhetherItCounted() {
        Station shown = Station.keyResult(goal.id(), "Forms shipped", 0, 10, "forms", null, 0);
        workbook.stations().save(shown);
        workbook.stations().setCountsLaidTasks(shown.id(), true);
        Station recounted = TrackAdvance.recount(shown, 2);
        workbook.stations().save(recounted);
        Station renamed = new Station(shown.id(), goal.id(), "Forms live", shown.kind(), shown.start(),
                shown.target(), shown.current(), shown.unit(), false, null, shown.confidence(), 0);

        history.perform(GoalChange.saveStation("edit station", renamed, false, Q4), workbook);
        assertThat(workbook.stations().countsLaidTasks(shown.id())).isFalse();
        assertThat(workbook.stations().find(shown.id()).orElseThrow())
                .extracting(Station::title, Station::current)
                .as("renamed, and still where the recount left it").containsExactly("Forms live", 2.0);

        history.undo(workbook);
        assertThat(workbook.stations().find(shown.id())).contains(recounted);
        assertThat(workbook.stations().countsLaidTasks(shown.id())).isTrue();
    }

    @Test
    void undoingAStationsDeletionBringsItBackAsStoredNotAsShown() {
        Station shown = Station.keyResult(goal.id(), "Forms shipped", 0, 10, "forms", null, 0);
        workbook.stations().save(shown);
        workbook.stations().save(TrackAdvance.recount(shown, 3));

        history.perform(PlanRemoval.ofStation(shown, "delete"), workbook);
        assertThat(workbook.stations().find(shown.id())).isEmpty();
        history.undo(workbook);
        assertThat(workbook.stations().find(shown.id()).orElseThrow().current()).isEqualTo(3);
    }

    @Test
    void twoPeopleTickedAsHavingHeardAShiftBeforeTheListReloadsAreBothKept() {
        Person ada = Person.newCrewMember("Ada", "");
        Person bruno = Person.newCrewMember("Bruno", "");
        workbook.people().save(ada);
        workbook.people().save(bruno);
        Destination next = Destination.newCurrent("Everyone live in a day", "", "", null);
        history.perform(DestinationChange.of("change", workbook.destinations().current().orElseThrow(),
                DestinationStatus.ABANDONED, next, "Customers asked", List.of(ada, bruno), TODAY), workbook);
        Shift shown = workbook.shifts().list().get(0);

        history.perform(DestinationChange.talkedThrough("heard", shown, ada.id(), TODAY), workbook);
        history.perform(DestinationChange.talkedThrough("heard", shown, bruno.id(), TODAY), workbook);
        assertThat(workbook.shifts().find(shown.id()).orElseThrow().talks()).allMatch(ShiftTalk::talkedThrough);

        history.undo(workbook);
        assertThat(workbook.shifts().find(shown.id()).orElseThrow().talks())
                .filteredOn(ShiftTalk::talkedThrough).extracting(ShiftTalk::personId).containsExactly(ada.id());
    }

    @Test
    void renamingKeepsARoleSavedAfterThePersonWasShownAndUndoKeepsItToo() {
        Person shown = Person.newCrewMember("Ada", "");
        workbook.people().save(shown);
        workbook.people().save(shown.withRole("Engineer"));

        history.perform(PersonChange.of("rename", shown.id(), stored -> stored.renamed("Ada King")), workbook);
        assertThat(workbook.people().find(shown.id()).orElseThrow())
                .extracting(Person::name, Person::role).containsExactly("Ada King", "Engineer");

        history.undo(workbook);
        assertThat(workbook.people().find(shown.id()).orElseThrow())
                .extracting(Person::name, Person::role).containsExactly("Ada", "Engineer");
    }

    @Test
    void resolvingAHazardKeepsItsEscalationAndUndoReopensItEscalated() {
        Hazard shown = new Hazard(UUID.randomUUID(), "Supplier late", Severity.HIGH, goal.id(), null, null,
                TODAY.minusDays(3), null, false, null, null, "");
        history.perform(HazardChange.raise("raise", shown), workbook);
        history.perform(HazardChange.escalate("escalate", shown.id(), TODAY.minusDays(1)), workbook);

        // resolved from a view that still shows the hazard as raised, not escalated
        history.perform(HazardChange.resolve("resolve", shown.id(), TODAY, "Second supplier"), workbook);
        Hazard resolved = workbook.hazards().find(shown.id()).orElseThrow();
        assertThat(resolved.escalatedOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(resolved.resolvedOn()).isEqualTo(TODAY);

        history.undo(workbook);
        Hazard reopened = workbook.hazards().find(shown.id()).orElseThrow();
        assertThat(reopened.isOpen()).isTrue();
        assertThat(reopened.escalatedOn()).isEqualTo(TODAY.minusDays(1));
        history.undo(workbook);
        history.undo(workbook);
        assertThat(workbook.hazards().find(shown.id())).isEmpty();
    }

    @Test
    void undoingAColumnLimitPutsBackTheLimitStoredWhenItWasSet() {
        workbook.columnLimits().setLimit(Column.LAYING, 3);

        history.perform(BoardChange.setLimit("limit", Column.LAYING, 5), workbook);
        workbook.columnLimits().setLimit(Column.LAYING, 4);
        history.perform(BoardChange.setLimit("limit", Column.LAYING, 6), workbook);
        history.undo(workbook);

        assertThat(workbook.columnLimits().limits()).containsEntry(Column.LAYING, 4);
        history.undo(workbook);
        assertThat(workbook.columnLimits().limits()).containsEntry(Column.LAYING, 3);
    }

    @Test
    void undoingAnAddedCardPutsThePushedCardsBackAsStored() {
        var first = org.trackwork.domain.Task.surveyed(Q4, "Survey", 0, Instant.parse("2026-11-25T10:00:00Z"));
        workbook.tasks().save(first);
        var added = org.trackwork.domain.Task.surveyed(Q4, "Order rails", 0, Instant.parse("2026-11-25T10:01:00Z"));
        var changed = BoardOrder.addOnTop(java.util.List.of(first), added);
        // the first card was renamed since the board was read
        workbook.tasks().save(first.withTitle("Survey the pass"));

        history.perform(BoardChange.addCard("add", added, changed), workbook);
        assertThat(workbook.tasks().find(first.id()).orElseThrow())
                .extracting(org.trackwork.domain.Task::title, org.trackwork.domain.Task::position)
                .as("pushed down, and still as renamed").containsExactly("Survey the pass", 1);

        history.undo(workbook);
        assertThat(workbook.tasks().find(added.id())).isEmpty();
        assertThat(workbook.tasks().find(first.id()).orElseThrow())
                .extracting(org.trackwork.domain.Task::title, org.trackwork.domain.Task::position)
                .containsExactly("Survey the pass", 0);
    }
}
