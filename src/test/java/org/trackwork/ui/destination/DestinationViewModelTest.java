package org.trackwork.ui.destination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Quarter;
import org.trackwork.ui.common.SessionFixture;

class DestinationViewModelTest {

    @TempDir
    Path folder;

    @Test
    void showsTheCurrentDestinationGoalsWithStationsAndOpenHazards() throws Exception {
        try (SessionFixture fixture = SessionFixture.sample(folder)) {
            DestinationViewModel destination = new DestinationViewModel(fixture.session);
            assertThat(destination.hasDestinationProperty().get()).isTrue();
            assertThat(destination.titleProperty().get()).isEqualTo("Every new customer live within one day");
            assertThat(destination.goalsHeadingProperty().get()).isEqualTo("Goals of 2026-Q4");
            assertThat(destination.goalLines()).filteredOn(line -> !line.station()).hasSize(4);
            assertThat(destination.goalLines()).filteredOn(GoalLine::station).hasSize(12);
            assertThat(destination.goalLines()).allMatch(line -> line.progress() >= 0 && line.progress() <= 1);
            assertThat(destination.hazardLines()).hasSize(3).allMatch(line -> !line.isBlank());

            fixture.session.quarterProperty().set(Quarter.parse("2027-Q1"));
            assertThat(destination.goalLines()).isEmpty();
            assertThat(destination.emptyGoalsText()).contains("2027-Q1");
        }
    }

    @Test
    void anEmptyWorkbookSaysThereIsNoDestinationYet() throws Exception {
        try (SessionFixture fixture = SessionFixture.empty(folder)) {
            DestinationViewModel destination = new DestinationViewModel(fixture.session);
            assertThat(destination.hasDestinationProperty().get()).isFalse();
            assertThat(destination.titleProperty().get()).isEqualTo("No destination yet");
        }
    }
}
