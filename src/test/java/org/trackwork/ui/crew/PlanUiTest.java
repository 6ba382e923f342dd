package org.trackwork.ui.crew;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.ui.AppDriver;
import org.trackwork.ui.UiTestBase;

class PlanUiTest extends UiTestBase {

    @BeforeEach
    void openArea() throws Exception {
        clickOn("#crewNav");
        driver.settle();
    }

    @Test
    void aPlanWithStrengthsAGoalAndADoneActionSurvivesARestart() throws Exception {
        LocalDate today = LocalDate.now(AppDriver.CLOCK);
        String period = today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
        clickOn("#newNameField").write("Ada Lovelace").push(KeyCode.ENTER);
        driver.settle();
        clickOn("#planTab");
        assertThat(lookup("#noPlanPane").query().isVisible()).isTrue();
        assertThat(lookup("#continuePlanButton").queryButton().isDisabled()).isTrue();

        clickOn("#newPlanButton");
        assertThat(lookup("#dialogTextField").queryTextInputControl().getText()).isEqualTo(period);
        clickOn(dialogButton("OK"));
        driver.settle();
        assertThat(lookup("#noPlanPane").query().isVisible()).isFalse();
        assertThat(lookup("#planPeriodChooser").<ComboBox<String>>query().getValue()).isEqualTo(period);

        clickOn("#planStrengthsField").write("Calm under pressure");
        clickOn("#planGrowthAreasField");
        driver.settle();
        assertThat(driver.app().session().undoStateProperty().get().nextUndo())
                .contains("change the strengths in the " + period + " plan of Ada Lovelace");

        scrollPlanToTheGoals();
        clickOn("#addDevelopmentGoalButton");
        assertThat(dialogButton("Add").isDisabled()).isTrue();
        clickOn("#developmentGoalTitleField").write("Lead a release");
        clickOn(dialogButton("Add"));
        driver.settle();
        assertThat(goals()).extracting(DevelopmentGoal::title).containsExactly("Lead a release");

        scrollPlanToTheGoals();
        clickOn("#addDevelopmentActionButton");
        clickOn("#developmentActionField").write("Pair with the release lead");
        clickOn(dialogButton("Add"));
        driver.settle();
        assertThat(actions()).extracting(DevelopmentAction::description)
                .containsExactly("Pair with the release lead");
        scrollPlanToTheGoals();
        clickOn(".development-action-done");
        driver.settle();
        assertThat(actions()).extracting(DevelopmentAction::done).containsExactly(true);

        driver.stop();
        driver.start(null);
        clickOn("#crewNav");
        driver.settle();
        clickOn("Ada Lovelace");
        driver.settle();
        clickOn("#planTab");
        assertThat(lookup("#planPeriodChooser").<ComboBox<String>>query().getValue()).isEqualTo(period);
        assertThat(lookup("#planStrengthsField").queryTextInputControl().getText()).isEqualTo("Calm under pressure");
        assertThat(goals()).extracting(DevelopmentGoal::title).containsExactly("Lead a release");
        assertThat(actions()).extracting(DevelopmentAction::description)
                .containsExactly("Pair with the release lead");
        assertThat(lookup(".development-action-done").<CheckBox>query().isSelected()).isTrue();
    }

    /** Drags the plan's scroll bar to the bottom, where the goals and their actions are. */
    private void scrollPlanToTheGoals() throws Exception {
        ScrollPane plan = lookup("#planBox").query();
        interact(() -> plan.setVvalue(plan.getVmax()));
        driver.settle();
    }

    private List<DevelopmentGoal> goals() {
        ListView<DevelopmentGoal> list = lookup("#developmentGoalList").query();
        return List.copyOf(list.getItems());
    }

    private List<DevelopmentAction> actions() {
        ListView<DevelopmentAction> list = lookup("#developmentActionList").query();
        return List.copyOf(list.getItems());
    }
}
