package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;
import org.trackwork.store.WorkbookFile;

class PersonRemovalTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;
    private Workbook workbook;

    @BeforeEach
    void open() throws Exception {
        workbook = new Workbook(WorkbookFile.create(folder.resolve("sample.trackwork")));
        new SampleWorkbook(TODAY).write(workbook, SampleWorkbook.Size.TEAM, progress -> { });
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void undoingARemovalBringsBackThePersonWithEverythingTheirs() {
        Person person = workbook.people().list().stream().filter(p -> !p.manager()).findFirst().orElseThrow();
        Quarter quarter = Quarter.of(TODAY);
        long ownedTasks = ownedTasks(quarter, person);
        var plans = workbook.plans().listByPerson(person.id());
        var sessions = workbook.oneOnOnes().listByPerson(person.id());
        var recognitions = workbook.recognitions().listByPerson(person.id());
        var shifts = workbook.shifts().list();
        assertThat(ownedTasks).isPositive();
        assertThat(plans).isNotEmpty();
        assertThat(sessions).isNotEmpty();

        UndoHistory history = new UndoHistory();
        history.perform(PersonRemoval.of(person, "remove"), workbook);
        assertThat(workbook.people().find(person.id())).isEmpty();
        assertThat(workbook.plans().listByPerson(person.id())).isEmpty();
        assertThat(ownedTasks(quarter, person)).isZero();

        history.undo(workbook);
        assertThat(workbook.people().find(person.id())).contains(person);
        assertThat(workbook.plans().listByPerson(person.id())).isEqualTo(plans);
        assertThat(workbook.oneOnOnes().listByPerson(person.id())).isEqualTo(sessions);
        assertThat(workbook.recognitions().listByPerson(person.id())).isEqualTo(recognitions);
        assertThat(workbook.shifts().list()).isEqualTo(shifts);
        assertThat(ownedTasks(quarter, person)).isEqualTo(ownedTasks);
    }

    private long ownedTasks(Quarter quarter, Person person) {
        return workbook.tasks().listByQuarter(quarter).stream().map(Task::ownerId)
                .filter(person.id()::equals).count();
    }
}
