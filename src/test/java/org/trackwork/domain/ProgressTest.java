package org.trackwork.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.trackwork.service.RefusalWords;

class ProgressTest {

    private static final UUID GOAL = UUID.randomUUID();
    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);

    @Test
    void aKeyResultProgressesFromStartToTargetInEitherDirection() {
        Station down = Station.keyResult(GOAL, "Hours", 48, 12, "h", DUE, 0);
        assertThat(down.checkedIn(down.checkIn(DUE, 30, Confidence.ON_TRACK, "", Instant.now())).progress())
                .isEqualTo(0.5);
        Station up = Station.keyResult(GOAL, "Imports", 0, 200, "imports", DUE, 0);
        assertThat(up.checkedIn(up.checkIn(DUE, 250, Confidence.ON_TRACK, "", Instant.now())).progress())
                .isEqualTo(1.0);
        assertThat(up.checkedIn(up.checkIn(DUE, 0, Confidence.ON_TRACK, "", Instant.now())).progress()).isZero();
    }

    @Test
    void aGoalIsTheMeanOfItsStationsAndAsConfidentAsTheWeakest() {
        Station milestone = Station.milestone(GOAL, "Pilot", DUE, 0);
        Station reached = milestone.checkedIn(milestone.checkIn(DUE, 1, Confidence.AT_RISK, "", Instant.now()));
        Station keyResult = Station.keyResult(GOAL, "Hours", 0, 10, "h", DUE, 1);
        assertThat(Progress.ofGoal(List.of(reached, keyResult))).isEqualTo(0.5);
        assertThat(Progress.confidenceOf(List.of(reached, keyResult))).isEqualTo(Confidence.AT_RISK);
        assertThat(Progress.ofGoal(List.of())).isZero();
        assertThat(Progress.confidenceOf(List.of())).isEqualTo(Confidence.ON_TRACK);
    }

    @Test
    void aQuarterIsTheMeanOfItsGoalsAndAGoalWithoutStationsCountsAsNotStarted() {
        Station done = Station.milestone(GOAL, "Done", DUE, 0);
        done = done.checkedIn(done.checkIn(DUE, 1, Confidence.ON_TRACK, "", Instant.now()));
        assertThat(Progress.ofQuarter(List.of(List.of(done), List.of()))).isEqualTo(0.5);
        assertThat(Progress.ofQuarter(List.of())).isZero();
    }

    @Test
    void aCountCannotBeCheckedInNegativeAndAMilestoneIsReachedOrNot() {
        Station count = Station.keyResult(GOAL, "Imports", 0, 200, "imports", DUE, 0);
        assertThat(RefusalWords.of(() -> count.checkIn(DUE, -1, Confidence.ON_TRACK, "", Instant.now())))
                .isEqualTo("“Imports” counts imports; a check-in cannot be negative.");
        Station temperature = Station.keyResult(GOAL, "Balance", -10, 10, "", DUE, 0);
        assertThat(temperature.checkIn(DUE, -5, Confidence.ON_TRACK, "", Instant.now()).value()).isEqualTo(-5);
        Station milestone = Station.milestone(GOAL, "Pilot", DUE, 0);
        assertThat(RefusalWords.of(() -> milestone.checkIn(DUE, 0.5, Confidence.ON_TRACK, "", Instant.now())))
                .isEqualTo("A milestone is either reached or not.");
    }

    @Test
    void aKeyResultWhoseTargetIsItsStartIsRefused() {
        assertThat(RefusalWords.of(() -> Station.keyResult(GOAL, "Flat", 5, 5, "", DUE, 0)))
                .isEqualTo("The target must differ from the start value.");
    }
}
