package org.trackwork.ui.crew;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.ActionKind;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.domain.DevelopmentGoalStatus;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Person;
import org.trackwork.domain.PlanStatus;
import org.trackwork.ui.common.SessionFixture;

class PlanViewModelTest {

    @TempDir
    Path folder;
    private SessionFixture fixture;
    private CrewViewModel crew;
    private PlanViewModel plan;
    private Person ada;

    @BeforeEach
    void setUp() throws Exception {
        fixture = SessionFixture.empty(folder);
        crew = new CrewViewModel(fixture.session);
        plan = crew.person().plan();
        crew.newNameProperty().set("Ada Lovelace");
        crew.add();
        ada = crew.selected().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void aNewPlanIsADraftForTheCurrentHalfYearAndAPeriodIsPlannedOnlyOnce() {
        assertThat(plan.planProperty().get()).isNull();
        assertThat(plan.defaultPeriod()).isEqualTo("2026-H2");
        assertThat(plan.createPlan(plan.defaultPeriod())).isTrue();

        DevelopmentPlan saved = stored().get(0);
        assertThat(saved.period()).isEqualTo("2026-H2");
        assertThat(saved.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.planProperty().get()).isEqualTo(saved);
        assertThat(plan.periods()).containsExactly("2026-H2");
        assertThat(plan.periodProblem("2026-H2")).contains("already a plan for 2026-H2");
        assertThat(plan.createPlan("2026-H2")).isFalse();
        assertThat(plan.periodProblem("  ")).isEqualTo("Period is required.");
        assertThat(stored()).hasSize(1);

        fixture.session.undo();
        assertThat(stored()).isEmpty();
        assertThat(plan.planProperty().get()).isNull();
    }

    @Test
    void startingFromTheLastPlanCopiesItAsADraftWithNoActionDone() {
        plan.createPlan("2026-H1");
        plan.strengthsProperty().set("Clear writing");
        plan.commitStrengths();
        plan.growthAreasProperty().set("Public speaking");
        plan.commitGrowthAreas();
        plan.supportNeededProperty().set("A slot at the town hall");
        plan.commitSupportNeeded();
        plan.changeStatus(PlanStatus.AGREED);
        DevelopmentGoal goal = goal("Give a conference talk", DevelopmentGoalStatus.IN_PROGRESS);
        plan.addGoal(goal);
        DevelopmentAction action = new DevelopmentAction(UUID.randomUUID(), ActionKind.PRACTICE, "Talk at a meetup",
                null, false);
        plan.addAction(goal, action);
        plan.markDone(plan.selectedGoalProperty().get(), action, true);
        DevelopmentPlan last = plan.planProperty().get();

        assertThat(plan.startFromLastPlan("2026-H2")).isTrue();
        assertThat(plan.periods()).containsExactly("2026-H2", "2026-H1");
        DevelopmentPlan next = plan.planProperty().get();
        assertThat(next.period()).isEqualTo("2026-H2");
        assertThat(next.id()).isNotEqualTo(last.id());
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(next.agreedOn()).isNull();
        assertThat(next.strengths()).isEqualTo("Clear writing");
        assertThat(next.growthAreas()).isEqualTo("Public speaking");
        assertThat(next.supportNeeded()).isEqualTo("A slot at the town hall");
        DevelopmentGoal copied = next.goals().get(0);
        assertThat(copied.id()).isNotEqualTo(goal.id());
        assertThat(copied.title()).isEqualTo("Give a conference talk");
        assertThat(copied.status()).isEqualTo(DevelopmentGoalStatus.IN_PROGRESS);
        assertThat(copied.actions()).singleElement().satisfies(a -> {
            assertThat(a.id()).isNotEqualTo(action.id());
            assertThat(a.description()).isEqualTo("Talk at a meetup");
            assertThat(a.done()).isFalse();
        });
        assertThat(fixture.workbook().plans().find(last.id()).orElseThrow()).isEqualTo(last);
    }

    @Test
    void eachFieldIsSavedAtOnceAsItsOwnEditAndUndoRestoresThePlan() {
        plan.createPlan("2026-H2");
        plan.strengthsProperty().set("Calm under pressure");
        assertThat(plan.commitStrengths()).isTrue();
        plan.supportNeededProperty().set("Time for a course");
        assertThat(plan.commitSupportNeeded()).isTrue();
        assertThat(plan.commitGrowthAreas()).isFalse();
        assertThat(plan.changeStatus(PlanStatus.AGREED)).isTrue();

        DevelopmentPlan saved = stored().get(0);
        assertThat(saved.strengths()).isEqualTo("Calm under pressure");
        assertThat(saved.supportNeeded()).isEqualTo("Time for a course");
        assertThat(saved.status()).isEqualTo(PlanStatus.AGREED);
        assertThat(saved.agreedOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(plan.statusNoteProperty().get()).startsWith("Agreed on");
        assertThat(fixture.session.undoStateProperty().get().nextUndo())
                .contains("change the status of the 2026-H2 plan of Ada Lovelace");

        fixture.session.undo();
        assertThat(stored().get(0).status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(plan.statusProperty().get()).isEqualTo(PlanStatus.DRAFT);
        fixture.session.undo();
        assertThat(stored().get(0).supportNeeded()).isEmpty();
        assertThat(plan.supportNeededProperty().get()).isEmpty();
        assertThat(stored().get(0).strengths()).isEqualTo("Calm under pressure");
    }

    @Test
    void goalsAndActionsAreAddedEditedAndDeletedAndEachCanBeUndone() {
        plan.createPlan("2026-H2");
        DevelopmentGoal goal = goal("Lead a release", DevelopmentGoalStatus.NOT_STARTED);
        plan.addGoal(goal);
        assertThat(plan.goals()).extracting(DevelopmentGoal::title).containsExactly("Lead a release");
        assertThat(plan.selectedGoalProperty().get().id()).isEqualTo(goal.id());

        DevelopmentAction pairing = new DevelopmentAction(UUID.randomUUID(), ActionKind.COACHING,
                "Pair with the release lead", LocalDate.of(2026, 12, 15), false);
        plan.addAction(goal, pairing);
        assertThat(plan.actions()).extracting(DevelopmentAction::description)
                .containsExactly("Pair with the release lead");
        plan.markDone(goal, pairing, true);
        assertThat(plan.actions().get(0).done()).isTrue();
        assertThat(storedGoal().actions().get(0).done()).isTrue();

        plan.editGoal(new DevelopmentGoal(goal.id(), "Lead two releases", null, DevelopmentGoalStatus.IN_PROGRESS,
                "Both shipped on time", List.of()));
        assertThat(storedGoal().title()).isEqualTo("Lead two releases");
        assertThat(storedGoal().actions()).hasSize(1);

        plan.deleteAction(goal, plan.actions().get(0));
        assertThat(plan.actions()).isEmpty();
        fixture.session.undo();
        assertThat(plan.actions()).extracting(DevelopmentAction::done).containsExactly(true);

        plan.deleteGoal(plan.selectedGoalProperty().get());
        assertThat(plan.goals()).isEmpty();
        assertThat(plan.actions()).isEmpty();
        assertThat(stored().get(0).goals()).isEmpty();
        fixture.session.undo();
        assertThat(plan.goals()).extracting(DevelopmentGoal::title).containsExactly("Lead two releases");
        assertThat(storedGoal().actions()).hasSize(1);
        fixture.session.undo();
        fixture.session.undo();
        assertThat(storedGoal().title()).isEqualTo("Lead a release");
        assertThat(storedGoal().actions().get(0).done()).isFalse();
    }

    @Test
    void anEmptyTextOrAHugePasteIsRefusedInlineAndNothingIsSaved() {
        plan.createPlan("2026-H2");
        DevelopmentPlan before = stored().get(0);
        String huge = "x".repeat(5_000_000);
        plan.strengthsProperty().set(huge);
        assertThat(plan.strengthsProblemProperty().get()).contains("too long");
        assertThat(plan.commitStrengths()).isFalse();
        plan.growthAreasProperty().set(huge);
        assertThat(plan.growthAreasProblemProperty().get()).contains("too long");
        assertThat(plan.commitGrowthAreas()).isFalse();
        plan.strengthsProperty().set("");
        assertThat(plan.strengthsProblemProperty().get()).isEmpty();

        assertThat(stored()).containsExactly(before);
        assertThat(fixture.dialogs.errors).isEmpty();
        assertThat(fixture.session.undoStateProperty().get().nextUndo())
                .contains("start the 2026-H2 plan of Ada Lovelace");
    }

    @Test
    void typingInOneFieldSurvivesTheSaveOfAnother() {
        plan.createPlan("2026-H2");
        plan.strengthsProperty().set("Curious");
        plan.growthAreasProperty().set("half typed");
        plan.commitStrengths();
        assertThat(plan.growthAreasProperty().get()).isEqualTo("half typed");
        assertThat(stored().get(0).growthAreas()).isEmpty();
    }

    @Test
    void choosingAPeriodShowsItsPlanAndAnotherPersonHasPlansOfTheirOwn() {
        plan.createPlan("2026-H1");
        plan.strengthsProperty().set("First half");
        plan.commitStrengths();
        plan.createPlan("2026-H2");
        assertThat(plan.periods()).containsExactly("2026-H2", "2026-H1");
        assertThat(plan.strengthsProperty().get()).isEmpty();
        plan.periodProperty().set("2026-H1");
        assertThat(plan.strengthsProperty().get()).isEqualTo("First half");

        crew.newNameProperty().set("Grace Hopper");
        crew.add();
        assertThat(plan.person().name()).isEqualTo("Grace Hopper");
        assertThat(plan.periods()).isEmpty();
        assertThat(plan.planProperty().get()).isNull();
    }

    private static DevelopmentGoal goal(String title, DevelopmentGoalStatus status) {
        return new DevelopmentGoal(UUID.randomUUID(), title, null, status, "", List.of());
    }

    private List<DevelopmentPlan> stored() {
        return fixture.workbook().plans().listByPerson(ada.id());
    }

    private DevelopmentGoal storedGoal() {
        return stored().get(0).goals().get(0);
    }
}
