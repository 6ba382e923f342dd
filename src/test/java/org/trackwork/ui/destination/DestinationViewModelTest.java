package org.trackwork.ui.destination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.Confidence;
import org.trackwork.domain.Destination;
import org.trackwork.domain.DestinationStatus;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Severity;
import org.trackwork.domain.Station;
import org.trackwork.ui.common.SessionFixture;

class DestinationViewModelTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Quarter QUARTER = Quarter.of(TODAY);

    @TempDir
    Path folder;

    @Test
    void theSampleShowsItsDestinationJourneyAndHazards() throws Exception {
        try (SessionFixture fixture = SessionFixture.sample(folder)) {
            DestinationViewModel destination = new DestinationViewModel(fixture.session);
            assertThat(destination.hasDestinationProperty().get()).isTrue();
            assertThat(destination.titleProperty().get()).isEqualTo("Every new customer live within one day");
            assertThat(destination.goals().rows()).filteredOn(row -> !row.isStation()).hasSize(4);
            assertThat(destination.stops()).hasSize(12);
            assertThat(destination.stops()).anyMatch(JourneyStop::hazard);
            assertThat(destination.progressProperty().get()).isBetween(0.0, 1.0);
            assertThat(destination.hazards().rows()).hasSize(3).allMatch(row -> row.hazard().isOpen());
            assertThat(destination.hazards().openCountProperty().get()).isEqualTo(3);
            assertThat(destination.shifts().shifts()).hasSize(1);
            assertThat(destination.shifts().earlierDestinations()).singleElement().asString()
                    .startsWith("Rebuild the platform from scratch (Abandoned");
            assertThat(destination.shifts().talks()).hasSize(16).anyMatch(t -> !t.heard());

            fixture.session.quarterProperty().set(QUARTER.next());
            assertThat(destination.goals().rows()).isEmpty();
            assertThat(destination.stops()).isEmpty();
        }
    }

    @Test
    void writingAGoalAndCheckingInMovesTheTrain() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            DestinationViewModel destination = new DestinationViewModel(fixture.session);
            destination.writeDestination(new DestinationDialog.Answer("Live in a day", "A customer is live by evening",
                    "They stay", TODAY.plusYears(1), null, null));
            assertThat(destination.titleProperty().get()).isEqualTo("Live in a day");
            UUID destinationId = destination.current().orElseThrow().id();

            Goal goal = new Goal(UUID.randomUUID(), destinationId, QUARTER, "Halve signup time", "", null, 0);
            destination.goals().saveGoal(null, goal);
            Station keyResult = Station.keyResult(goal.id(), "Median hours", 48, 12, "h", TODAY.plusDays(20), 0);
            Station milestone = Station.milestone(goal.id(), "Pilot", TODAY.plusDays(10), 1);
            destination.goals().saveStation(null, keyResult, false);
            destination.goals().saveStation(null, milestone, false);
            assertThat(destination.progressProperty().get()).isZero();
            assertThat(destination.stops()).extracting(JourneyStop::label).containsExactly("Median hours", "Pilot");

            CheckIn halfway = keyResult.checkIn(TODAY, 30, Confidence.AT_RISK, "halfway", Instant.now());
            destination.goals().checkIn(keyResult, halfway);
            // the key result is half way (48 to 30 of 48 to 12), the milestone not reached: the goal is at 25 %
            assertThat(destination.progressProperty().get()).isEqualTo(0.25);
            PlanRow goalRow = destination.goals().rows().get(0);
            assertThat(goalRow.confidence()).isEqualTo(Confidence.AT_RISK);

            fixture.session.undo();
            assertThat(destination.progressProperty().get()).isZero();
            assertThat(fixture.workbook().stations().checkIns(keyResult.id())).isEmpty();
            fixture.session.redo();
            assertThat(destination.progressProperty().get()).isEqualTo(0.25);
        }
    }

    @Test
    void aCheckInDatedBeforeTheLatestJoinsTheHistoryWithoutTurningTheStationBack() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            DestinationViewModel destination = new DestinationViewModel(fixture.session);
            destination.writeDestination(new DestinationDialog.Answer("D", "", "", TODAY.plusYears(1), null, null));
            Goal goal = new Goal(UUID.randomUUID(), destination.current().orElseThrow().id(), QUARTER, "G", "", null,
                    0);
            destination.goals().saveGoal(null, goal);
            Station imports = Station.keyResult(goal.id(), "Imports", 0, 100, "", TODAY.plusDays(20), 0);
            destination.goals().saveStation(null, imports, false);
            destination.goals().checkIn(imports, imports.checkIn(TODAY, 60, Confidence.ON_TRACK, "", Instant.now()));
            Station now = fixture.workbook().stations().find(imports.id()).orElseThrow();
            destination.goals().checkIn(now, now.checkIn(TODAY.minusDays(7), 20, Confidence.AT_RISK, "late entry",
                    Instant.now()));
            assertThat(fixture.workbook().stations().find(imports.id()).orElseThrow().current()).isEqualTo(60.0);
            assertThat(fixture.workbook().stations().checkIns(imports.id())).hasSize(2);
        }
    }

    @Test
    void changingDestinationRecordsTheShiftWithEveryoneStillToHearIt() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            fixture.workbook().people().save(Person.newCrewMember("Ada", ""));
            fixture.workbook().people().save(Person.newCrewMember("Grace", ""));
            DestinationViewModel destination = new DestinationViewModel(fixture.session);
            destination.writeDestination(new DestinationDialog.Answer("Old", "", "", TODAY.plusYears(1), null, null));
            Destination old = destination.current().orElseThrow();

            destination.changeDestination(new DestinationDialog.Answer("New", "", "", TODAY.plusYears(2),
                    DestinationStatus.ABANDONED, "Customers asked for it"));
            assertThat(destination.titleProperty().get()).isEqualTo("New");
            assertThat(fixture.workbook().destinations().find(old.id()).orElseThrow().status())
                    .isEqualTo(DestinationStatus.ABANDONED);
            assertThat(destination.shifts().shifts()).singleElement()
                    .satisfies(row -> assertThat(row.reason()).isEqualTo("Customers asked for it"));
            assertThat(destination.shifts().talks()).extracting(TalkRow::heard).containsOnly(false);
            assertThat(destination.partProperty().get()).isEqualTo(DestinationViewModel.Part.SHIFTS);

            TalkRow ada = destination.shifts().talks().stream().filter(t -> t.name().equals("Ada")).findFirst()
                    .orElseThrow();
            destination.shifts().setHeard(ada, true);
            assertThat(destination.shifts().talks()).filteredOn(TalkRow::heard).extracting(TalkRow::name)
                    .containsExactly("Ada");

            fixture.session.undo();
            fixture.session.undo();
            assertThat(destination.titleProperty().get()).isEqualTo("Old");
            assertThat(destination.shifts().shifts()).isEmpty();
        }
    }

    @Test
    void hazardsAreRaisedEscalatedAndResolvedAndTheBoulderFollows() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            DestinationViewModel destination = new DestinationViewModel(fixture.session);
            destination.writeDestination(new DestinationDialog.Answer("D", "", "", TODAY.plusYears(1), null, null));
            Goal goal = new Goal(UUID.randomUUID(), destination.current().orElseThrow().id(), QUARTER, "G", "", null,
                    0);
            destination.goals().saveGoal(null, goal);
            Station station = Station.milestone(goal.id(), "Pilot", TODAY.plusDays(5), 0);
            destination.goals().saveStation(null, station, false);
            assertThat(destination.stops()).noneMatch(JourneyStop::hazard);

            Hazard low = new Hazard(UUID.randomUUID(), "Minor", Severity.LOW, null, station.id(), null,
                    TODAY.minusDays(1), null, false, null, null, "");
            Hazard high = new Hazard(UUID.randomUUID(), "Major", Severity.HIGH, goal.id(), null, null, TODAY, null,
                    false, null, null, "");
            destination.hazards().raise(low);
            destination.hazards().raise(high);
            assertThat(destination.hazards().rows()).extracting(row -> row.hazard().description())
                    .containsExactly("Major", "Minor");
            assertThat(destination.stops()).allMatch(JourneyStop::hazard);

            destination.hazards().escalate(high);
            assertThat(destination.hazards().rows().get(0).status()).startsWith("Escalated");
            destination.hazards().resolve(fixture.workbook().hazards().find(high.id()).orElseThrow(), "Fixed");
            destination.hazards().resolve(low, "Gone");
            assertThat(destination.hazards().rows()).isEmpty();
            assertThat(destination.hazards().openCountProperty().get()).isZero();
            assertThat(destination.stops()).noneMatch(JourneyStop::hazard);
            destination.hazards().showResolvedProperty().set(true);
            assertThat(destination.hazards().rows()).hasSize(2);
            assertThat(HazardsViewModel.problemWithNote(low, " ")).isNotNull();
        }
    }
}
