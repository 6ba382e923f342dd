package org.trackwork.ui.crew;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Column;
import org.trackwork.domain.Destination;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Recognition;
import org.trackwork.domain.Task;
import org.trackwork.ui.common.SessionFixture;

class PersonViewModelTest {

    @TempDir
    Path folder;
    private SessionFixture fixture;
    private CrewViewModel crew;
    private PersonViewModel pane;
    private Person ada;

    @BeforeEach
    void setUp() throws Exception {
        fixture = SessionFixture.empty(folder);
        crew = new CrewViewModel(fixture.session);
        pane = crew.person();
        crew.newNameProperty().set("Ada Lovelace");
        crew.add();
        ada = crew.selected().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void thePaneShowsTheSelectedPerson() {
        assertThat(pane.personProperty().get()).isEqualTo(ada);
        assertThat(pane.nameProperty().get()).isEqualTo("Ada Lovelace");
        crew.selectedProperty().set(null);
        assertThat(pane.personProperty().get()).isNull();
        assertThat(pane.nameProperty().get()).isEmpty();
    }

    @Test
    void eachOverviewFieldIsSavedAtOnceAsItsOwnUndoableEdit() {
        pane.roleProperty().set("Engineer");
        assertThat(pane.commitRole()).isTrue();
        pane.partInDestinationProperty().set("I build the engine.\nAnd I keep it fuelled.");
        assertThat(pane.commitPartInDestination()).isTrue();
        pane.startDateProperty().set(LocalDate.of(2024, 3, 1));
        assertThat(pane.commitStartDate()).isTrue();

        Person saved = stored();
        assertThat(saved.role()).isEqualTo("Engineer");
        assertThat(saved.partInDestination()).isEqualTo("I build the engine.\nAnd I keep it fuelled.");
        assertThat(saved.startDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(fixture.session.undoStateProperty().get().nextUndo())
                .contains("change the start date of Ada Lovelace");

        fixture.session.undo();
        assertThat(stored().startDate()).isNull();
        assertThat(stored().partInDestination()).startsWith("I build");
        assertThat(pane.startDateProperty().get()).isNull();
        fixture.session.undo();
        assertThat(stored().partInDestination()).isEmpty();
        assertThat(pane.partInDestinationProperty().get()).isEmpty();
        assertThat(stored().role()).isEqualTo("Engineer");
    }

    @Test
    void committingAnUnchangedFieldSavesNothing() {
        assertThat(pane.commitName()).isFalse();
        assertThat(pane.commitRole()).isFalse();
        assertThat(fixture.session.undoStateProperty().get().nextUndo().orElse(""))
                .isEqualTo("add Ada Lovelace");
    }

    @Test
    void renamingInThePaneRenamesInTheRoster() {
        pane.nameProperty().set("Ada King");
        assertThat(pane.commitName()).isTrue();
        assertThat(crew.visiblePeople()).extracting(Person::name).containsExactly("Ada King");
        assertThat(fixture.session.undoStateProperty().get().nextUndo()).contains("rename Ada Lovelace to Ada King");
    }

    @Test
    void anEmptyNameOrAHugePasteIsRefusedInlineAndNothingIsSaved() {
        pane.nameProperty().set("   ");
        assertThat(pane.nameProblemProperty().get()).isEqualTo("Name is required.");
        assertThat(pane.commitName()).isFalse();

        String huge = "x".repeat(5_000_000);
        pane.roleProperty().set(huge);
        assertThat(pane.roleProblemProperty().get()).contains("too long");
        assertThat(pane.commitRole()).isFalse();
        pane.partInDestinationProperty().set(huge);
        assertThat(pane.partProblemProperty().get()).contains("too long");
        assertThat(pane.commitPartInDestination()).isFalse();

        assertThat(stored()).isEqualTo(ada);
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.session.undoStateProperty().get().nextUndo()).contains("add Ada Lovelace");
    }

    @Test
    void typingInOneFieldSurvivesTheSaveOfAnother() {
        pane.roleProperty().set("Engineer");
        pane.partInDestinationProperty().set("half typed");
        pane.commitRole();
        assertThat(pane.partInDestinationProperty().get()).isEqualTo("half typed");
        assertThat(stored().partInDestination()).isEmpty();
    }

    @Test
    void theOverviewListsTheGoalsAndTasksThePersonOwnsThisQuarter() {
        Quarter quarter = fixture.session.quarterProperty().get();
        Destination destination = Destination.newCurrent("Mars", "", "", null);
        fixture.workbook().destinations().save(destination);
        fixture.workbook().goals().save(new Goal(UUID.randomUUID(), destination.id(), quarter, "Ship the engine", "",
                ada.id(), 0));
        fixture.workbook().goals().save(new Goal(UUID.randomUUID(), destination.id(), quarter, "Someone else's", "",
                null, 1));
        fixture.workbook().tasks().save(Task.surveyed(quarter, "Weld the boiler", 0, Instant.EPOCH).withOwner(ada.id()));
        fixture.workbook().tasks().save(Task.surveyed(quarter, "Paint it", 1, Instant.EPOCH).withOwner(ada.id())
                .movedTo(Column.LAID, 0));
        fixture.workbook().tasks().save(Task.surveyed(quarter.next(), "Next quarter", 0, Instant.EPOCH).withOwner(ada.id()));
        crew.reload();

        assertThat(pane.goals()).containsExactly("Ship the engine");
        assertThat(pane.tasks()).containsExactlyInAnyOrder("Weld the boiler · Surveyed", "Paint it · Laid");
        assertThat(pane.openTasksProperty().get()).isEqualTo(1);

        fixture.session.quarterProperty().set(quarter.next());
        assertThat(pane.goals()).isEmpty();
        assertThat(pane.tasks()).containsExactly("Next quarter · Surveyed");
    }

    @Test
    void recognitionIsAddedNewestFirstAndDeletingItCanBeUndone() {
        LocalDate today = pane.today();
        pane.recognise(ada, new Recognition(UUID.randomUUID(), ada.id(), today.minusDays(3), "Calm release", null));
        pane.recognise(ada, new Recognition(UUID.randomUUID(), ada.id(), today, "Great demo", null));
        assertThat(pane.recognitions()).extracting(RecognitionRow::what).containsExactly("Great demo",
                "Calm release");
        assertThat(crew.recognitionText(stored())).isEqualTo("recognised today");
        assertThat(fixture.session.undoStateProperty().get().nextUndo()).contains("recognise Ada Lovelace");

        pane.deleteRecognition(pane.recognitions().get(0));
        assertThat(pane.recognitions()).extracting(RecognitionRow::what).containsExactly("Calm release");
        assertThat(crew.recognitionText(stored())).isEqualTo("recognised 3 days ago");
        fixture.session.undo();
        assertThat(pane.recognitions()).extracting(RecognitionRow::what).containsExactly("Great demo",
                "Calm release");
        fixture.session.undo();
        assertThat(pane.recognitions()).extracting(RecognitionRow::what).containsExactly("Calm release");
        assertThat(fixture.workbook().recognitions().listByPerson(ada.id())).hasSize(1);
    }

    @Test
    void aRecognitionShowsTheTitleOfItsGoal() {
        Quarter quarter = fixture.session.quarterProperty().get();
        Destination destination = Destination.newCurrent("Mars", "", "", null);
        fixture.workbook().destinations().save(destination);
        Goal goal = new Goal(UUID.randomUUID(), destination.id(), quarter, "Ship the engine", "", null, 0);
        fixture.workbook().goals().save(goal);
        crew.reload();
        assertThat(pane.quarterGoals()).containsExactly(goal);
        pane.recognise(ada, new Recognition(UUID.randomUUID(), ada.id(), pane.today(), "Great demo", goal.id()));
        assertThat(pane.recognitions().get(0).goalTitle()).isEqualTo("Ship the engine");
    }

    private Person stored() {
        return fixture.workbook().people().find(ada.id()).orElseThrow();
    }
}
