package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Confidence;
import org.trackwork.domain.Destination;
import org.trackwork.domain.DestinationStatus;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Severity;
import org.trackwork.domain.Shift;
import org.trackwork.domain.Station;
import org.trackwork.domain.Task;
import org.trackwork.store.WorkbookFile;

class DestinationChangeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;

    @Test
    void aShiftLeavesTheOldDestinationInHistoryAndListsEveryActiveCrewMember() throws Exception {
        try (Workbook workbook = new Workbook(WorkbookFile.create(folder.resolve("w.trackwork")))) {
            Person ada = Person.newCrewMember("Ada", "");
            Person gone = Person.newCrewMember("Gone", "").archived(true);
            workbook.people().save(ada);
            workbook.people().save(gone);
            Destination old = Destination.newCurrent("Old", "", "", TODAY.plusYears(1));
            workbook.destinations().save(old);
            Destination next = Destination.newCurrent("New", "", "", TODAY.plusYears(2));
            UndoHistory history = new UndoHistory();

            history.perform(DestinationChange.of("change", old, DestinationStatus.REACHED, next, "We got there",
                    List.of(ada, gone), TODAY), workbook);
            assertThat(workbook.destinations().current()).contains(next);
            assertThat(workbook.destinations().find(old.id()).orElseThrow().status())
                    .isEqualTo(DestinationStatus.REACHED);
            Shift shift = workbook.shifts().list().get(0);
            assertThat(shift.reason()).isEqualTo("We got there");
            assertThat(shift.notYetTalkedWith()).containsExactly(ada.id());

            history.perform(DestinationChange.talkedThrough("talked", shift, ada.id(), TODAY), workbook);
            assertThat(workbook.shifts().list().get(0).notYetTalkedWith()).isEmpty();

            history.undo(workbook);
            history.undo(workbook);
            assertThat(workbook.destinations().current()).contains(old);
            assertThat(workbook.shifts().list()).isEmpty();
        }
    }

    @Test
    void aShiftNeedsAReasonAndAnEndForTheOldDestination() {
        Destination old = Destination.newCurrent("Old", "", "", TODAY.plusYears(1));
        Destination next = Destination.newCurrent("New", "", "", TODAY.plusYears(2));
        assertThat(RefusalWords.of(() -> DestinationChange.of("c", old, DestinationStatus.ABANDONED, next, " ",
                List.of(), TODAY))).isEqualTo("Reason for the change is required.");
        assertThat(RefusalWords.of(() -> DestinationChange.of("c", old, DestinationStatus.CURRENT, next, "why",
                List.of(), TODAY))).isEqualTo("Say whether the old destination was reached or abandoned.");
    }

    @Test
    void deletingAGoalAndUndoingItRestoresStationsCheckInsHazardsAndTaskLinks() throws Exception {
        try (Workbook workbook = new Workbook(WorkbookFile.create(folder.resolve("w.trackwork")))) {
            Destination destination = Destination.newCurrent("D", "", "", TODAY.plusYears(1));
            workbook.destinations().save(destination);
            Quarter quarter = Quarter.of(TODAY);
            Goal goal = new Goal(UUID.randomUUID(), destination.id(), quarter, "G", "", null, 0);
            workbook.goals().save(goal);
            Station station = Station.keyResult(goal.id(), "S", 0, 10, "", TODAY, 0);
            workbook.stations().save(station);
            var checkIn = station.checkIn(TODAY, 4, Confidence.AT_RISK, "", Instant.now());
            workbook.stations().addCheckIn(checkIn);
            Hazard hazard = new Hazard(UUID.randomUUID(), "Rock", Severity.HIGH, null, station.id(), null, TODAY, null,
                    false, null, null, "");
            workbook.hazards().save(hazard);
            Task task = Task.surveyed(quarter, "T", 0, Instant.EPOCH);
            task = new Task(task.id(), quarter, "T", "", task.column(), 0, null, null, station.id(), null, List.of(),
                    task.createdAt());
            workbook.tasks().save(task);

            UndoHistory history = new UndoHistory();
            history.perform(PlanRemoval.ofGoal(goal, "delete"), workbook);
            assertThat(workbook.goals().listByQuarter(quarter)).isEmpty();
            assertThat(workbook.hazards().list()).isEmpty();
            assertThat(workbook.tasks().find(task.id()).orElseThrow().stationId()).isNull();

            history.undo(workbook);
            assertThat(workbook.goals().listByQuarter(quarter)).containsExactly(goal);
            assertThat(workbook.stations().listByGoal(goal.id())).containsExactly(station);
            assertThat(workbook.stations().checkIns(station.id())).containsExactly(checkIn);
            assertThat(workbook.hazards().list()).containsExactly(hazard);
            assertThat(workbook.tasks().find(task.id()).orElseThrow().stationId()).isEqualTo(station.id());

            workbook.stations().setCountsLaidTasks(station.id(), true);
            history.perform(PlanRemoval.ofStation(station, "delete station"), workbook);
            assertThat(workbook.stations().listByGoal(goal.id())).isEmpty();
            history.undo(workbook);
            assertThat(workbook.stations().countsLaidTasks(station.id())).isTrue();
            assertThat(workbook.stations().checkIns(station.id())).containsExactly(checkIn);
            assertThat(workbook.tasks().find(task.id()).orElseThrow().stationId()).isEqualTo(station.id());
        }
    }
}
