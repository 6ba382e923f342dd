package org.trackwork.ui.crew;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.Person;
import org.trackwork.domain.Require;
import org.trackwork.ui.AppDriver;
import org.trackwork.ui.UiTestBase;

class CrewUiTest extends UiTestBase {


    @BeforeEach
    void openArea() throws Exception {
        clickOn("#crewNav");
        driver.settle();
    }


    @Test
    void aPersonIsEditedRecognisedArchivedAndRestoredAndAllOfItSurvivesARestart() throws Exception {
        assertThat(lookup("#noPersonPane").query().isVisible()).isTrue();
        clickOn("#newNameField").write("Ada Lovelace").push(KeyCode.ENTER);
        driver.settle();
        assertThat(lookup("#personTitle").queryLabeled().getText()).isEqualTo("Ada Lovelace");
        assertThat(rowTexts(".recognised")).containsExactly("not recognised yet");
        assertThat(rowTexts(".recognition-due-tag")).containsExactly("Recognition due");

        clickOn("#personRoleField").write("Engineer").push(KeyCode.ENTER);
        driver.settle();
        assertThat(rowTexts(".person-role")).containsExactly("Engineer");
        clickOn("#personPartField").write("I keep the engine fuelled.");
        clickOn("#personRoleField");
        driver.settle();
        assertThat(driver.app().session().undoStateProperty().get().nextUndo())
                .contains("change the part of Ada Lovelace in the destination");

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        driver.settle();
        assertThat(lookup(".dialog-pane").query().isVisible()).isTrue();
        assertThat(lookup("#recognitionDateField").<DatePicker>query().getValue())
                .isEqualTo(java.time.LocalDate.now(AppDriver.CLOCK));
        assertThat(dialogButton("Recognise").isDisabled()).isTrue();
        clickOn("#recognitionWhatField").write("A calm, clear release demo");
        clickOn(dialogButton("Recognise"));
        driver.settle();
        assertThat(rowTexts(".recognised")).containsExactly("recognised today");
        assertThat(rowTexts(".recognition-due-tag")).isEmpty();
        assertThat(recognitions()).extracting(RecognitionRow::what).containsExactly("A calm, clear release demo");

        clickOn("#crewList");
        push(KeyCode.CONTROL, KeyCode.Z);
        driver.settle();
        assertThat(rowTexts(".recognised")).containsExactly("not recognised yet");
        assertThat(recognitions()).isEmpty();
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        driver.settle();
        assertThat(rowTexts(".recognised")).containsExactly("recognised today");

        clickOn("Ada Lovelace");
        clickOn("#archiveButton");
        driver.settle();
        assertThat(crewNames()).isEmpty();
        assertThat(lookup("#noPersonPane").query().isVisible()).isTrue();

        clickOn("#showArchivedBox");
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada Lovelace");
        assertThat(rowTexts(".archived-tag")).containsExactly("Archived");
        clickOn("Ada Lovelace");
        assertThat(lookup("#archiveButton").queryButton().getText()).isEqualTo("Restore");
        clickOn("#archiveButton");
        driver.settle();
        clickOn("#showArchivedBox");
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada Lovelace");
        assertThat(rowTexts(".archived-tag")).isEmpty();

        driver.stop();
        driver.start(null);
        clickOn("#crewNav");
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada Lovelace");
        assertThat(rowTexts(".person-role")).containsExactly("Engineer");
        assertThat(rowTexts(".recognised")).containsExactly("recognised today");
        clickOn("Ada Lovelace");
        driver.settle();
        assertThat(lookup("#personRoleField").queryTextInputControl().getText()).isEqualTo("Engineer");
        assertThat(lookup("#personPartField").queryTextInputControl().getText())
                .isEqualTo("I keep the engine fuelled.");
        clickOn("#recognitionTab");
        assertThat(recognitions()).extracting(RecognitionRow::what).containsExactly("A calm, clear release demo");
    }

    /** The roster's own edits: add, refuse, rename, remove, each undone and redone, and kept after a restart. */
    @Test
    void theRosterAddsRenamesAndRemovesAndUndoAndRedoTakeEachBack() throws Exception {
        assertThat(lookup("#renameButton").queryButton().getTooltip().getText())
                .isEqualTo("Rename the selected person (F2)");
        assertThat(lookup("#removeButton").queryButton().getTooltip().getText())
                .isEqualTo("Remove the selected person (Delete)");
        clickOn("#newNameField").write("   ");
        assertThat(lookup("#addButton").queryButton().isDisabled()).isTrue();
        push(KeyCode.ENTER);
        driver.settle();
        assertThat(crewNames()).isEmpty();
        String huge = "x".repeat(Require.SHORT_TEXT_MAX + 1);
        interact(() -> lookup("#newNameField").queryTextInputControl().setText(huge));
        assertThat(lookup("#newNameProblem").queryLabeled().getText()).contains("too long");
        assertThat(lookup("#addButton").queryButton().isDisabled()).isTrue();

        interact(() -> lookup("#newNameField").queryTextInputControl().clear());
        for (String name : List.of("Ada Lovelace", "Linus")) {
            clickOn("#newNameField").write(name).push(KeyCode.ENTER);
            driver.settle();
        }
        assertThat(crewNames()).containsExactly("Ada Lovelace", "Linus");
        clickOn("Ada Lovelace");
        clickOn("#renameButton");
        TextInputControl field = lookup("#dialogTextField").queryTextInputControl();
        doubleClickOn(field).push(KeyCode.CONTROL, KeyCode.A).write("Ada King");
        clickOn(dialogButton("OK"));
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada King", "Linus");

        clickOn("Linus");
        clickOn("#removeButton");
        assertThat(dialogText()).contains("Remove Linus from the crew?");
        clickOn(dialogButton("Remove"));
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada King");
        push(KeyCode.CONTROL, KeyCode.Z);
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada King", "Linus");
        push(KeyCode.CONTROL, KeyCode.Z);
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada Lovelace", "Linus");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada King", "Linus");

        driver.stop();
        driver.start(null);
        clickOn("#crewNav");
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada King", "Linus");
    }

    @Test
    void anEmptyNameOrAHugePasteIsRefusedInlineAndNothingIsSaved() throws Exception {
        clickOn("#newNameField").write("Grace").push(KeyCode.ENTER);
        driver.settle();
        clickOn("#personNameField").push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE).push(KeyCode.ENTER);
        driver.settle();
        assertThat(lookup("#personNameProblem").queryLabeled().getText()).isEqualTo("Name is required.");
        assertThat(lookup("#personNameProblem").query().isVisible()).isTrue();

        String huge = "x".repeat(Require.LONG_TEXT_MAX + 1);
        interact(() -> lookup("#personPartField").queryTextInputControl().setText(huge));
        clickOn("#personPartField");
        clickOn("#personRoleField");
        driver.settle();
        assertThat(lookup("#personPartProblem").queryLabeled().getText()).contains("too long");
        assertThat(crewNames()).containsExactly("Grace");
        assertThat(driver.app().session().undoStateProperty().get().nextUndo()).contains("add Grace");
        assertThat(driver.dialogs().errorNotifications()).isEmpty();
    }

    @Test
    void deletingARecognitionCanBeUndone() throws Exception {
        clickOn("#newNameField").write("Linus").push(KeyCode.ENTER);
        driver.settle();
        clickOn("#recognitionTab");
        clickOn("#recogniseButton");
        clickOn("#recognitionWhatField").write("Fixed the build");
        clickOn(dialogButton("Recognise"));
        driver.settle();
        clickOn("Fixed the build");
        push(KeyCode.DELETE);
        driver.settle();
        assertThat(recognitions()).isEmpty();
        assertThat(rowTexts(".recognised")).containsExactly("not recognised yet");
        push(KeyCode.CONTROL, KeyCode.Z);
        driver.settle();
        assertThat(recognitions()).extracting(RecognitionRow::what).containsExactly("Fixed the build");
    }

    @Test
    void aFieldLeftForAnotherPersonIsSavedToThePersonItWasTypedFor() throws Exception {
        for (String name : List.of("Ada", "Grace")) {
            clickOn("#newNameField").write(name).push(KeyCode.ENTER);
            driver.settle();
        }
        clickOn("Ada");
        clickOn("#personRoleField").write("Engineer");
        clickOn("Grace");
        driver.settle();
        assertThat(lookup("#personTitle").queryLabeled().getText()).isEqualTo("Grace");
        assertThat(lookup("#personRoleField").queryTextInputControl().getText()).isEmpty();
        assertThat(rowTexts(".person-role")).containsExactly("Engineer", "No role yet");
    }

    @Test
    void theCrewMenuShortcutsRecogniseAndArchiveTheSelectedPerson() throws Exception {
        clickOn("#newNameField").write("Noor").push(KeyCode.ENTER);
        driver.settle();
        clickOn("Noor");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        clickOn("#recognitionWhatField").write("Ran the retro");
        clickOn(dialogButton("Recognise"));
        driver.settle();
        assertThat(rowTexts(".recognised")).containsExactly("recognised today");
        clickOn("Noor");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        driver.settle();
        assertThat(crewNames()).isEmpty();
        clickOn("#showArchivedBox");
        clickOn("Noor");
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        driver.settle();
        assertThat(rowTexts(".archived-tag")).isEmpty();
    }

    /** The texts of the visible labels of one kind in the roster rows. */
    private List<String> rowTexts(String styleClass) {
        return lookup("#crewList " + styleClass).queryAllAs(Label.class).stream()
                .filter(label -> label.isVisible() && label.getParent() != null
                        && label.getScene() != null && isShownInACell(label))
                .map(Label::getText).toList();
    }

    private static boolean isShownInACell(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (at instanceof javafx.scene.control.ListCell<?> cell) {
                return !cell.isEmpty() && cell.isVisible();
            }
        }
        return false;
    }

    private List<RecognitionRow> recognitions() {
        ListView<RecognitionRow> list = lookup("#recognitionList").query();
        return List.copyOf(list.getItems());
    }

}
