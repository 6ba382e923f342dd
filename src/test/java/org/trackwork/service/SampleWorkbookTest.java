package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Column;
import org.trackwork.domain.DestinationStatus;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;
import org.trackwork.store.WorkbookFile;

class SampleWorkbookTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;

    @Test
    void theTeamSampleHasEverythingTheIssueAsksFor() throws Exception {
        List<Double> progress = new ArrayList<>();
        try (Workbook workbook = new Workbook(WorkbookFile.create(folder.resolve("sample.trackwork")))) {
            new SampleWorkbook(TODAY).write(workbook, SampleWorkbook.Size.TEAM, progress::add);

            List<Person> crew = workbook.people().list();
            assertThat(crew).hasSize(16);
            assertThat(crew.get(0).manager()).isTrue();
            assertThat(crew.stream().filter(Person::manager)).hasSize(1);

            assertThat(workbook.destinations().current()).isPresent();
            assertThat(workbook.destinations().list()).extracting(d -> d.status())
                    .contains(DestinationStatus.ABANDONED, DestinationStatus.CURRENT);
            assertThat(workbook.shifts().list()).hasSize(1);
            assertThat(workbook.shifts().list().get(0).talks()).hasSize(16);

            Quarter quarter = Quarter.of(TODAY);
            assertThat(workbook.goals().listByQuarter(quarter)).hasSizeGreaterThanOrEqualTo(3);
            var stations = workbook.stations().listByQuarter(quarter);
            assertThat(stations).isNotEmpty();
            assertThat(stations.stream().mapToInt(s -> workbook.stations().checkIns(s.id()).size()).sum())
                    .isPositive();

            List<Task> tasks = workbook.tasks().listByQuarter(quarter);
            assertThat(tasks).hasSize(60);
            Set<Column> columns = tasks.stream().map(Task::column).collect(Collectors.toSet());
            assertThat(columns).containsExactlyInAnyOrder(Column.values());

            List<Hazard> hazards = workbook.hazards().list();
            assertThat(hazards).anyMatch(Hazard::isOpen).anyMatch(h -> !h.isOpen()).anyMatch(Hazard::confidential);

            for (Person person : crew) {
                assertThat(workbook.plans().listByPerson(person.id())).hasSize(1);
                var sessions = workbook.oneOnOnes().listByPerson(person.id());
                assertThat(sessions).hasSize(2);
                assertThat(sessions).allMatch(s -> !s.sharedNotes().isBlank() && !s.privateNotes().isBlank()
                        && !s.actionItems().isEmpty());
                assertThat(workbook.recognitions().listByPerson(person.id())).isNotEmpty();
            }
        }
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void aLargerSizeSpreadsTasksOverEarlierQuarters() throws Exception {
        try (Workbook workbook = new Workbook(WorkbookFile.create(folder.resolve("large.trackwork")))) {
            new SampleWorkbook(TODAY).write(workbook, new SampleWorkbook.Size(40, 25_000), progress -> { });
            assertThat(workbook.people().list()).hasSize(41);
            assertThat(workbook.tasks().count()).isEqualTo(25_000);
            Quarter quarter = Quarter.of(TODAY);
            assertThat(workbook.tasks().listByQuarter(quarter)).hasSize(SampleWorkbook.TASKS_PER_QUARTER);
            assertThat(workbook.tasks().quarters()).containsExactly(quarter.previous().previous(),
                    quarter.previous(), quarter);
        }
    }
}
