package org.trackwork.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.trackwork.domain.Column;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;
import org.trackwork.ui.UiTestBase;

class BoardUiTest extends UiTestBase {


    @BeforeEach
    void openArea() throws Exception {
        clickOn("#trackNav");
    }


    @Test
    void cardsAreAddedDraggedMovedByKeyAndStayWhereTheyWereLeftAfterARestart() throws Exception {
        for (String title : List.of("Lay sleepers", "Order rails", "Survey the pass")) {
            clickOn("#quickAddSURVEYED").write(title).push(KeyCode.ENTER);
            driver.settle();
        }
        assertThat(titles(Column.SURVEYED)).containsExactly("Survey the pass", "Order rails", "Lay sleepers");

        drag(card(Column.SURVEYED, "Order rails"), MouseButton.PRIMARY).moveTo(list(Column.LAYING))
                .release(MouseButton.PRIMARY);
        driver.settle();
        assertThat(titles(Column.LAYING)).containsExactly("Order rails");

        drag(card(Column.SURVEYED, "Lay sleepers"), MouseButton.PRIMARY)
                .moveTo(card(Column.SURVEYED, "Survey the pass")).release(MouseButton.PRIMARY);
        driver.settle();
        assertThat(titles(Column.SURVEYED)).containsExactly("Lay sleepers", "Survey the pass");

        clickOn(card(Column.SURVEYED, "Survey the pass"));
        push(KeyCode.CONTROL, KeyCode.RIGHT);
        driver.settle();
        assertThat(titles(Column.LAYING)).containsExactly("Order rails", "Survey the pass");
        push(KeyCode.CONTROL, KeyCode.UP);
        driver.settle();
        assertThat(titles(Column.LAYING)).containsExactly("Survey the pass", "Order rails");
        push(KeyCode.CONTROL, KeyCode.RIGHT);
        driver.settle();
        assertThat(titles(Column.LAID)).containsExactly("Survey the pass");

        driver.stop();
        driver.start(null);
        clickOn("#trackNav");
        driver.settle();
        assertThat(titles(Column.SURVEYED)).containsExactly("Lay sleepers");
        assertThat(titles(Column.LAYING)).containsExactly("Order rails");
        assertThat(titles(Column.LAID)).containsExactly("Survey the pass");
    }

    @Test
    void theChecklistIsEditedInTheSidePanelAndDeleteCanBeUndone() throws Exception {
        clickOn("#quickAddLAYING").write("Weld the joints").push(KeyCode.ENTER);
        driver.settle();
        clickOn(card(Column.LAYING, "Weld the joints"));
        push(KeyCode.ENTER);
        driver.settle();
        assertThat(lookup("#taskEditor").query().isVisible()).isTrue();
        clickOn("#newChecklistItem").write("Check the gauge").push(KeyCode.ENTER);
        driver.settle();
        write("Grind the seams").push(KeyCode.ENTER);
        driver.settle();
        Node grind = lookup("#checklist .check-box")
                .match((CheckBox box) -> box.getText().equals("Grind the seams")).query();
        clickOn(grind);
        driver.settle();
        assertThat(checklist()).extracting(item -> item.text() + ":" + item.done())
                .containsExactly("Check the gauge:false", "Grind the seams:true");
        Node secondRow = lookup("#checklist .check-box").match((CheckBox box) -> box.getText()
                .equals("Grind the seams")).<Node>query().getParent();
        Button up = from(secondRow).lookup(".button").nth(0).query();
        clickOn(up);
        driver.settle();
        assertThat(checklist()).extracting(item -> item.text()).containsExactly("Grind the seams", "Check the gauge");
        assertThat(lookup("#listLAYING").<ListView<TaskCard>>query().getItems().get(0).checklist())
                .isEqualTo("☑ 1/2");

        clickOn("#taskDescriptionField").write("Both rails, every joint");
        push(KeyCode.ESCAPE);
        driver.settle();
        assertThat(lookup("#taskEditor").query().isVisible()).isFalse();
        assertThat(stored("Weld the joints").description()).isEqualTo("Both rails, every joint");
        clickOn(card(Column.LAYING, "Weld the joints"));
        push(KeyCode.ENTER);
        driver.settle();
        clickOn("#deleteTaskButton");
        driver.settle();
        assertThat(titles(Column.LAYING)).isEmpty();
        push(KeyCode.CONTROL, KeyCode.Z);
        driver.settle();
        assertThat(titles(Column.LAYING)).containsExactly("Weld the joints");
        assertThat(stored("Weld the joints").checklist()).hasSize(2);
    }

    @Test
    void filtersAndSwimlanesNarrowTheSampleBoardAndTheFilterStaysAcrossAreas() throws Exception {
        driver.dialogs().willChoose(dataFolder.resolve("sample.trackwork"));
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.N);
        driver.settle();
        clickOn("#trackNav");
        int all = total();
        assertThat(all).isEqualTo(60);
        clickOn("#dueFilter");
        clickOn("Overdue");
        driver.settle();
        assertThat(total()).isPositive().isLessThan(all);
        assertThat(visibleCards()).allMatch(TaskCard::overdue);

        clickOn("#destinationNav");
        clickOn("#trackNav");
        assertThat(visibleCards()).isNotEmpty().allMatch(TaskCard::overdue);

        clickOn("#clearFilters");
        clickOn("#swimlanes");
        clickOn("By person");
        driver.settle();
        assertThat(lookup(".lane-title").queryAll()).hasSizeGreaterThan(2);
        assertThat(total()).isEqualTo(all);
    }

    @Test
    void aCardsOwnerIsRecognisedFromTheCardPanelWithoutLeavingTheTrack() throws Exception {
        clickOn("#crewNav");
        clickOn("#newNameField").write("Ada Lovelace").push(KeyCode.ENTER);
        driver.settle();
        clickOn("#trackNav");
        clickOn("#quickAddSURVEYED").write("Ballast the curve").push(KeyCode.ENTER);
        driver.settle();
        clickOn(card(Column.SURVEYED, "Ballast the curve"));
        push(KeyCode.ENTER);
        driver.settle();
        assertThat(lookup("#recogniseOwnerButton").queryButton().isDisabled()).isTrue();
        clickOn("#taskOwnerField");
        driver.settle();
        type(KeyCode.DOWN);
        type(KeyCode.ENTER);
        driver.settle();
        assertThat(lookup("#taskOwnerField").<javafx.scene.control.ComboBox<Person>>query().getValue())
                .extracting(Person::name).isEqualTo("Ada Lovelace");
        assertThat(lookup("#recogniseOwnerButton").queryButton().isDisabled()).isFalse();

        clickOn("#recogniseOwnerButton");
        clickOn("#recognitionWhatField").write("Ballasted the curve before the rain");
        clickOn(dialogButton("Recognise"));
        driver.settle();

        var workbook = driver.app().session().workbook();
        assertThat(workbook.recognitions().list()).singleElement().satisfies(recognition -> {
            assertThat(recognition.what()).isEqualTo("Ballasted the curve before the rain");
            assertThat(recognition.personId()).isEqualTo(workbook.people().list().get(0).id());
        });
        assertThat(lookup("#trackNav").<javafx.scene.control.ToggleButton>query().isSelected()).isTrue();
    }

    @Test
    void closingTheQuarterCarriesTheUnfinishedCardToTheNextQuarter() throws Exception {
        clickOn("#quickAddSURVEYED").write("Blast the tunnel").push(KeyCode.ENTER);
        clickOn("#quickAddLAID").write("Clear the cutting").push(KeyCode.ENTER);
        driver.settle();
        clickOn("#closeQuarterButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText()).contains("1 unfinished cards move");
        Node close = lookup(".dialog-pane")
                .lookup((Node n) -> n instanceof Button b && b.getText().equals("Close quarter")).query();
        clickOn(close);
        driver.settle();
        assertThat(titles(Column.SURVEYED)).isEmpty();
        Quarter next = Quarter.of(driver.app().session().today()).next();
        interact(() -> driver.app().session().quarterProperty().set(next));
        driver.settle();
        assertThat(titles(Column.SURVEYED)).containsExactly("Blast the tunnel");
        clickOn(card(Column.SURVEYED, "Blast the tunnel"));
        push(KeyCode.ENTER);
        driver.settle();
        assertThat(lookup("#taskHistory").<ListView<String>>query().getItems()).anyMatch(line ->
                line.startsWith("Carried from"));
    }

    @Test
    void layingACardOnAMilestoneMarksTheMilestoneReachedWhenTheManagerSaysSo() throws Exception {
        driver.dialogs().willChoose(dataFolder.resolve("sample.trackwork"));
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.N);
        driver.settle();
        clickOn("#trackNav");
        long reachedBefore = findingsReached();
        clickOn("#quickAddLAYING").write("Run the pilot").push(KeyCode.ENTER);
        driver.settle();
        clickOn(card(Column.LAYING, "Run the pilot"));
        push(KeyCode.ENTER);
        driver.settle();
        clickOn("#taskLinkField");
        Node findings = lookup(".list-cell").match((javafx.scene.control.ListCell<?> cell) ->
                "\u2003Station: Findings shared with the leader".equals(cell.getText())).query();
        clickOn(findings);
        driver.settle();
        clickOn(card(Column.LAYING, "Run the pilot"));
        push(KeyCode.CONTROL, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup(".dialog-pane .content").queryLabeled().getText())
                .contains("“Run the pilot” is laid").contains("Findings shared with the leader");
        Node reached = lookup(".dialog-pane")
                .lookup((Node n) -> n instanceof Button b && b.getText().equals("Mark reached")).query();
        clickOn(reached);
        driver.settle();
        assertThat(titles(Column.LAID)).contains("Run the pilot");
        assertThat(findingsReached()).isEqualTo(reachedBefore + 1);
    }

    private long findingsReached() {
        Quarter quarter = Quarter.of(driver.app().session().today());
        return driver.app().session().workbook().stations().listByQuarter(quarter).stream()
                .filter(s -> s.title().equals("Findings shared with the leader"))
                .filter(org.trackwork.domain.Station::done).count();
    }

    private Node card(Column column, String title) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup("#list" + column.name() + " .list-cell").match((javafx.scene.control.ListCell<TaskCard> cell) ->
                cell.getItem() != null && cell.getItem().title().equals(title)).query();
    }

    private ListView<TaskCard> list(Column column) {
        return lookup("#list" + column.name()).query();
    }

    private List<String> titles(Column column) {
        return list(column).getItems().stream().map(TaskCard::title).toList();
    }

    private List<TaskCard> visibleCards() {
        return lookup(".card-list").<ListView<TaskCard>>queryAll().stream().flatMap(l -> l.getItems().stream())
                .toList();
    }

    private int total() {
        return visibleCards().size();
    }

    private List<org.trackwork.domain.ChecklistItem> checklist() {
        return lookup("#checklist").<ListView<org.trackwork.domain.ChecklistItem>>query().getItems();
    }

    private Task stored(String title) {
        return driver.app().session().workbook().tasks()
                .listByQuarter(Quarter.of(driver.app().session().today())).stream()
                .filter(task -> task.title().equals(title)).findFirst().orElseThrow();
    }
}
