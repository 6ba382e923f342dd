package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackwork.service.TwoPeopleWorkbook.*;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Column;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.SharedOneOnOne;
import org.trackwork.service.SharedPersonView.SharedTask;
import org.trackwork.store.WorkbookFile;

class SharedPersonViewTest {

    @TempDir
    Path folder;

    private Workbook workbook;
    private TwoPeopleWorkbook people;

    @BeforeEach
    void writeWorkbook() throws Exception {
        workbook = new Workbook(WorkbookFile.create(folder.resolve("team.trackwork")));
        people = new TwoPeopleWorkbook().writeTo(workbook);
    }

    @AfterEach
    void closeWorkbook() {
        workbook.close();
    }

    @Test
    void nothingPrivateAndNothingOfAnotherPersonIsInTheSharedRecord() {
        SharedPersonView view = SharedPersonView.load(workbook, people.ada.id(), QUARTER).orElseThrow();
        String everything = view.toString();
        assertThat(forbiddenOnAdasScreen()).allSatisfy(text -> assertThat(everything).doesNotContain(text));
        assertThat(everything).contains(ADA_SHARED_NOTE, ADA_AGENDA, ADA_ACTION, ADA_TASK, ADA_OPEN_HAZARD,
                ADA_GOAL, ADA_PLAN_STRENGTHS, ADA_DEVELOPMENT_GOAL, ADA_RECOGNITION);
    }

    @Test
    void theSharedOneOnOnesHaveNoPlaceForPrivateNotes() {
        assertThat(SharedOneOnOne.class.getRecordComponents()).extracting(component -> component.getName())
                .containsExactly("id", "personId", "date", "sharedNotes", "agenda", "actionItems");
        List<SharedOneOnOne> sessions = workbook.oneOnOnes().listSharedByPerson(people.ada.id());
        assertThat(sessions).extracting(SharedOneOnOne::sharedNotes).containsExactly(ADA_SHARED_NOTE, "Earlier talk");
        assertThat(sessions).allSatisfy(session -> assertThat(session.personId()).isEqualTo(people.ada.id()));
    }

    @Test
    void aTaskIsBlockedOnlyByHazardsThatAreNotConfidential() {
        SharedPersonView view = SharedPersonView.load(workbook, people.ada.id(), QUARTER).orElseThrow();
        assertThat(view.tasks()).extracting(SharedTask::title).containsExactly(ADA_TASK, ADA_BLOCKED_TASK);
        SharedTask blocked = view.tasks().get(1);
        assertThat(blocked.column()).isEqualTo(Column.LAYING);
        assertThat(blocked.blockedBy()).containsExactly(ADA_OPEN_HAZARD);
        assertThat(view.tasks().get(0).blocked()).isFalse();
        assertThat(view.tasks().get(0).due()).isEqualTo(TODAY.plusDays(5));
    }

    @Test
    void theRecordHoldsTheirOwnGoalsPlansNewestFirstAndTheirRecognition() {
        SharedPersonView view = SharedPersonView.load(workbook, people.ada.id(), QUARTER).orElseThrow();
        assertThat(view.name()).isEqualTo(ADA);
        assertThat(view.goals()).containsExactly(ADA_GOAL);
        assertThat(view.plans()).extracting(DevelopmentPlan::period).containsExactly("2026-H2", "2026-H1");
        assertThat(view.recognitions()).singleElement().satisfies(recognition -> {
            assertThat(recognition.what()).isEqualTo(ADA_RECOGNITION);
            assertThat(recognition.goalTitle()).isEqualTo(ADA_GOAL);
        });
        assertThat(view.openActionItems()).isEqualTo(1);
        assertThat(view.lastOneOnOne()).contains(TODAY.minusDays(1));
    }

    @Test
    void aPersonWhoIsGoneHasNoSharedRecord() {
        workbook.people().delete(people.ada.id());
        assertThat(SharedPersonView.load(workbook, people.ada.id(), QUARTER)).isEmpty();
    }
}
