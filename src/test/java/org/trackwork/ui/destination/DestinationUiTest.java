package org.trackwork.ui.destination;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.trackwork.domain.Require;
import org.trackwork.ui.UiTestBase;

class DestinationUiTest extends UiTestBase {




    @Test
    void aManagerPlansTheQuarterChecksInRaisesAHazardAndChangesDestination() throws Exception {
        addCrewMember("Ada Lindqvist");
        clickOn("#destinationNav");

        clickOn("#editDestinationButton");
        write(field("#destinationTitleField"), "Every customer live in a day");
        write(field("#destinationStatementField"), "Signed up in the morning, working by the evening.");
        clickOn(dialogButton("Save"));
        driver.settle();
        assertThat(text("#destinationTitle")).isEqualTo("Every customer live in a day");

        clickOn("#addGoalButton");
        write(field("#goalTitleField"), "Halve the time to first login");
        clickOn(dialogButton("Add"));
        driver.settle();
        assertThat(planTitles()).containsExactly("Halve the time to first login");

        clickOn("Halve the time to first login");
        clickOn("#addStationButton");
        write(field("#stationTitleField"), "Median hours to live");
        replace(field("#stationStartField"), "48");
        replace(field("#stationTargetField"), "48");
        assertThat(dialogButton("Add").isDisabled()).isTrue();
        assertThat(text("#formProblem")).contains("target must differ");
        replace(field("#stationTargetField"), "12");
        write(field("#stationUnitField"), "h");
        assertThat(dialogButton("Add").isDisabled()).isFalse();
        clickOn(dialogButton("Add"));
        driver.settle();

        clickOn("Halve the time to first login");
        clickOn("#addStationButton");
        write(field("#stationTitleField"), "Pilot with three customers");
        clickOn("#stationKindField");
        clickOn("Milestone (reached or not)");
        clickOn(dialogButton("Add"));
        driver.settle();
        assertThat(planTitles()).containsExactly("Halve the time to first login", "Median hours to live",
                "Pilot with three customers");
        assertThat(lookup(".journey-view .station").queryAll()).hasSize(2);

        double trainBefore = trainX();
        clickOn("Median hours to live");
        clickOn("#checkInButton");
        replace(field("#checkInValueField"), "30");
        clickOn(dialogButton("Check in"));
        driver.settle();
        assertThat(text("#progressText")).contains("25 %");
        assertThat(lookup("#quarterProgress").<javafx.scene.control.ProgressBar>query().getProgress())
                .isEqualTo(0.25);
        assertThat(trainX()).isGreaterThan(trainBefore + 20);
        assertThat(lookup("#checkInList").<ListView<String>>query().getItems()).singleElement()
                .asString().contains("30 h");

        clickOn("#hazardsTab");
        clickOn("#raiseHazardButton");
        write(field("#hazardDescriptionField"), "The identity provider changes its API");
        clickOn(dialogButton("Raise"));
        driver.settle();
        assertThat(lookup(".journey-view .boulder").queryAll()).isNotEmpty();
        TableView<HazardRow> hazards = lookup("#hazardTable").query();
        assertThat(hazards.getItems()).singleElement().satisfies(row -> assertThat(row.target())
                .isEqualTo("Station: Median hours to live (Halve the time to first login)"));
        clickOn("The identity provider changes its API");
        clickOn("#escalateButton");
        driver.settle();
        assertThat(hazards.getItems().get(0).status()).startsWith("Escalated to the leader");
        clickOn("The identity provider changes its API");
        clickOn("#resolveButton");
        write(field("#dialogTextField"), "The provider kept the old API for us");
        clickOn(dialogButton("OK"));
        driver.settle();
        assertThat(hazards.getItems()).isEmpty();
        assertThat(lookup(".journey-view .boulder").queryAll()).isEmpty();

        clickOn("#changeDestinationButton");
        write(field("#destinationTitleField"), "Every customer live in an hour");
        write(field("#shiftReasonField"), "A competitor does it in a day already.");
        clickOn(dialogButton("Change destination"));
        driver.settle();
        assertThat(text("#destinationTitle")).isEqualTo("Every customer live in an hour");
        assertThat(lookup("#shiftList").<ListView<ShiftRow>>query().getItems()).singleElement()
                .satisfies(row -> assertThat(row.heard()).isEqualTo("0 of 1 heard"));
        clickOn("Ada Lindqvist — not yet");
        driver.settle();
        assertThat(lookup("#shiftList").<ListView<ShiftRow>>query().getItems().get(0).heard())
                .isEqualTo("1 of 1 heard");

        driver.stop();
        driver.start(null);
        clickOn("#destinationNav");
        driver.settle();
        assertThat(text("#destinationTitle")).isEqualTo("Every customer live in an hour");
        assertThat(planTitles()).containsExactly("Halve the time to first login", "Median hours to live",
                "Pilot with three customers");
        assertThat(text("#progressText")).contains("25 %");
        clickOn("#shiftsTab");
        assertThat(lookup("#shiftList").<ListView<ShiftRow>>query().getItems().get(0).heard())
                .isEqualTo("1 of 1 heard");
    }

    @Test
    void aHugePasteOrAnEmptyTitleIsRefusedInlineAndNothingIsSaved() throws Exception {
        clickOn("#destinationNav");
        clickOn("#editDestinationButton");
        TextInputControl title = field("#destinationTitleField");
        assertThat(dialogButton("Save").isDisabled()).isTrue();
        assertThat(text("#formProblem")).as("an untouched form is not scolded").isEmpty();
        write(title, "x");
        push(KeyCode.BACK_SPACE);
        assertThat(text("#formProblem")).contains("required");
        interact(() -> title.setText("x".repeat(Require.SHORT_TEXT_MAX + 1)));
        assertThat(text("#formProblem")).contains("too long");
        assertThat(dialogButton("Save").isDisabled()).isTrue();
        push(KeyCode.ESCAPE);
        driver.settle();
        assertThat(text("#destinationTitle")).isEqualTo("No destination yet");
        assertThat(driver.app().session().workbook().destinations().list()).isEmpty();
    }

    @Test
    void undoTakesBackAnEditAlsoAfterSwitchingAreas() throws Exception {
        clickOn("#destinationNav");
        clickOn("#editDestinationButton");
        write(field("#destinationTitleField"), "First");
        clickOn(dialogButton("Save"));
        driver.settle();
        clickOn("#editDestinationButton");
        replace(field("#destinationTitleField"), "Second");
        clickOn(dialogButton("Save"));
        driver.settle();
        clickOn("#crewNav");
        push(KeyCode.CONTROL, KeyCode.Z);
        driver.settle();
        clickOn("#destinationNav");
        assertThat(text("#destinationTitle")).isEqualTo("First");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        driver.settle();
        assertThat(text("#destinationTitle")).isEqualTo("Second");
    }

    @Test
    void clickingAStationOnTheJourneyOpensItAndTheJourneySavesAsPng() throws Exception {
        driver.dialogs().willChoose(dataFolder.resolve("sample.trackwork"));
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.N);
        driver.settle();
        clickOn("#destinationNav");
        clickOn("#shiftsTab");
        // labels never overlap, so a label is a spot where one station, and only one, can be clicked
        Node label = lookup(".journey-view .station-label").match(Node::isVisible).query();
        Object stopId = label.getProperties().get("stopId");
        clickOn(label);
        driver.settle();
        ListView<PlanRow> plan = lookup("#planList").query();
        assertThat(plan.getSelectionModel().getSelectedItem()).isNotNull()
                .satisfies(row -> assertThat(row.id()).isEqualTo(stopId));
        assertThat(lookup("#destinationParts").<javafx.scene.control.TabPane>query().getSelectionModel()
                .getSelectedIndex()).isZero();

        Path png = dataFolder.resolve("journey.png");
        driver.dialogs().willChoose(png);
        clickOn("#saveJourneyButton");
        driver.settle();
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isGreaterThan(600);
        assertThat(image.getHeight()).isGreaterThan(150);
    }

    private void addCrewMember(String name) throws Exception {
        clickOn("#crewNav");
        clickOn("#newNameField").write(name).push(KeyCode.ENTER);
        driver.settle();
    }

    private TextInputControl field(String query) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(query).queryTextInputControl();
    }

    private void write(TextInputControl field, String text) {
        clickOn(field).write(text);
    }

    private void replace(TextInputControl field, String text) {
        interact(field::clear);
        clickOn(field).write(text);
    }


    private String text(String query) {
        return lookup(query).<Labeled>query().getText();
    }

    private double trainX() {
        Node train = lookup("#train").query();
        return train.localToScene(train.getBoundsInLocal()).getMinX();
    }

    private List<String> planTitles() {
        return lookup("#planList").<ListView<PlanRow>>query().getItems().stream().map(PlanRow::title).toList();
    }
}
