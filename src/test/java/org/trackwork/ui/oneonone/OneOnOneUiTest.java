package org.trackwork.ui.oneonone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;
import org.trackwork.ui.AppDriver;
import org.trackwork.ui.UiTestBase;
import org.trackwork.ui.shell.SceneTexts;

class OneOnOneUiTest extends UiTestBase {

    private static final LocalDate TODAY = LocalDate.now(AppDriver.CLOCK);
    private static final LocalDate NEXT_WEEK = TODAY.plusWeeks(1);

    @BeforeEach
    void addSomeone() throws Exception {
        clickOn("#crewNav");
        driver.settle();
        clickOn("#newNameField").write("Ada Lovelace").push(KeyCode.ENTER);
        driver.settle();
        clickOn("#oneOnOnesTab");
        driver.settle();
    }

    @Test
    void aOneOnOneWithNotesAndAnActionItemCarriesTheItemToTheNextSessionAndSurvivesARestart() throws Exception {
        assertThat(lookup("#noSessionPane").query().isVisible()).isTrue();

        clickOn("#newSessionButton");
        assertThat(lookup("#sessionDateField").<DatePicker>query().getValue()).isEqualTo(TODAY);
        clickOn(dialogButton("Start"));
        driver.settle();
        assertThat(lookup("#sessionTitle").<Label>query().getText()).startsWith("One-on-one on");

        clickOn("#agendaField").write("How is the workload?");
        clickOn("#agendaRecurringField");
        clickOn("#addAgendaButton");
        clickOn("#agendaField").write("Conference budget");
        clickOn("#agendaRaisedByPersonField");
        push(KeyCode.ENTER);
        driver.settle();
        assertThat(agendaTexts()).containsExactly("How is the workload?", "Conference budget");

        reveal("#sharedNotesField");
        clickOn("#sharedNotesField").write("We agreed on the Q1 focus.");
        reveal("#privateNotesField");
        clickOn("#privateNotesField").write("Seems tired after the move.");
        reveal("#agendaField");
        clickOn("#agendaField");
        driver.settle();
        OneOnOne first = sessions().get(0);
        assertThat(first.sharedNotes()).isEqualTo("We agreed on the Q1 focus.");
        assertThat(first.privateNotes()).isEqualTo("Seems tired after the move.");
        assertThat(first.agenda()).filteredOn(item -> item.raisedByPerson()).extracting(item -> item.text())
                .containsExactly("Conference budget");

        Path summary = dataFolder.resolve("summary.pdf");
        driver.dialogs().willChoose(summary);
        clickOn("#summaryButton");
        driver.settle();
        try (PDDocument pdf = Loader.loadPDF(summary.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Ada Lovelace").contains("We agreed on the Q1 focus.")
                    .contains("Conference budget").doesNotContain("Seems tired");
        }

        scrollSessionToTheBottom();
        clickOn("#addActionItemButton");
        clickOn("#actionItemTextField").write("Send the draft");
        typeDate("#actionItemDueField", TODAY.minusDays(1));
        assertThat(dialogButton("Add").isDisabled()).isTrue();
        assertThat(lookup("#formProblem").<Label>query().getText()).contains("before the session");
        typeDate("#actionItemDueField", NEXT_WEEK);
        clickOn(dialogButton("Add"));
        driver.settle();
        assertThat(sessions().get(0).actionItems()).singleElement().satisfies(item -> {
            assertThat(item.text()).isEqualTo("Send the draft");
            assertThat(item.due()).isEqualTo(NEXT_WEEK);
        });

        scrollSessionToTheBottom();
        clickOn("Send the draft (Ada Lovelace, due " + dueText(NEXT_WEEK) + ")");
        clickOn("#sendToBoardButton");
        driver.settle();
        List<Task> cards = driver.app().session().workbook().tasks().listByQuarter(Quarter.of(TODAY));
        assertThat(cards).singleElement().satisfies(card -> {
            assertThat(card.title()).isEqualTo("Send the draft");
            assertThat(card.due()).isEqualTo(NEXT_WEEK);
        });
        ActionItem sent = sessions().get(0).actionItems().get(0);
        assertThat(sent.taskId()).isEqualTo(cards.get(0).id());
        assertThat(lookup(".board-tag").<Label>query().getText()).isEqualTo("On the board · Surveyed");

        clickOn("#newSessionButton");
        typeDate("#sessionDateField", TODAY);
        assertThat(dialogButton("Start").isDisabled()).isTrue();
        typeDate("#sessionDateField", NEXT_WEEK);
        clickOn(dialogButton("Start"));
        driver.settle();
        assertThat(agendaTexts()).containsExactly("Send the draft", "How is the workload?");
        assertThat(lookup("#sharedNotesField").queryTextInputControl().getText()).isEmpty();

        reveal("#agendaList");
        clickOn(lookup("#agendaList .check-box").<CheckBox>query());
        driver.settle();
        assertThat(sessionOn(TODAY).actionItems().get(0).done()).isTrue();
        assertThat(agendaTexts()).containsExactly("How is the workload?");

        driver.stop();
        driver.start(null);
        clickOn("#crewNav");
        driver.settle();
        clickOn("Ada Lovelace");
        clickOn("#overviewTab");
        driver.settle();
        assertThat(lookup("#personLastOneOnOne").<Label>query().getText()).contains(dueText(TODAY));
        clickOn("#oneOnOnesTab");
        driver.settle();
        ListView<OneOnOne> list = lookup("#sessionList").query();
        assertThat(list.getItems()).extracting(OneOnOne::date).containsExactly(NEXT_WEEK, TODAY);
        clickOn(list.lookupAll(".list-cell").stream().filter(cell -> cell instanceof javafx.scene.control.ListCell<?>
                c && c.getItem() instanceof OneOnOne s && s.date().equals(TODAY)).findFirst().orElseThrow());
        driver.settle();
        assertThat(lookup("#sharedNotesField").queryTextInputControl().getText())
                .isEqualTo("We agreed on the Q1 focus.");
        assertThat(lookup("#privateNotesField").queryTextInputControl().getText())
                .isEqualTo("Seems tired after the move.");
    }

    @Test
    void theOverviewListsOpenActionItemsAndRecogniseIsInThePersonHeader() throws Exception {
        clickOn("#overviewTab");
        push(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.O);
        assertThat(lookup("#personTabs").<javafx.scene.control.TabPane>query().getSelectionModel().getSelectedItem()
                .getId()).isEqualTo("oneOnOnesTab");
        clickOn(dialogButton("Start"));
        driver.settle();
        scrollSessionToTheBottom();
        clickOn("#addActionItemButton");
        clickOn("#actionItemTextField").write("Book the review");
        clickOn("#actionItemOwnerField");
        clickOn("me");
        clickOn(dialogButton("Add"));
        driver.settle();

        clickOn("#overviewTab");
        driver.settle();
        assertThat(lookup("#personActionItemsHeading").<Label>query().getText()).contains("(1)");
        ListView<?> open = lookup("#personActionItemsList").query();
        assertThat(open.getItems()).hasSize(1);
        assertThat(open.lookupAll(".list-cell").stream().map(cell -> ((javafx.scene.control.ListCell<?>) cell)
                .getText()).filter(text -> text != null && text.startsWith("Book the review (me"))).hasSize(1);

        clickOn("#headerRecogniseButton");
        clickOn("#recognitionWhatField").write("Ran a calm incident review");
        clickOn(dialogButton("Recognise"));
        driver.settle();
        Person ada = driver.app().session().workbook().people().list().get(0);
        assertThat(driver.app().session().workbook().recognitions().list())
                .singleElement().satisfies(r -> assertThat(r.personId()).isEqualTo(ada.id()));
    }

    @Test
    void aOneOnOneAtASharedScreenShowsTheSharedNotesAndNothingPrivateOrOfAnyoneElse() throws Exception {
        clickOn("#newNameField").write("Bruno Diaz").push(KeyCode.ENTER);
        driver.settle();
        clickOn("Ada Lovelace");
        clickOn("#oneOnOnesTab");
        clickOn("#newSessionButton");
        clickOn(dialogButton("Start"));
        driver.settle();
        reveal("#sharedNotesField");
        clickOn("#sharedNotesField").write("We agreed on the Q1 focus.");
        reveal("#privateNotesField");
        clickOn("#privateNotesField").write("Seems tired after the move.");
        scrollSessionToTheBottom();
        clickOn("#addActionItemButton");
        clickOn("#actionItemTextField").write("Send the draft");
        clickOn(dialogButton("Add"));
        driver.settle();

        clickOn("#sharedSessionButton");
        driver.settle();

        assertThat(lookup("#sharedBanner").queryLabeled().getText()).contains("Ada Lovelace");
        assertThat(sessions()).hasSize(1);
        List<String> texts = WaitForAsyncUtils.asyncFx(SceneTexts::ofAllWindows).get();
        assertThat(texts).anyMatch(text -> text.contains("We agreed on the Q1 focus."));
        assertThat(texts).anyMatch(text -> text.contains("Send the draft"));
        assertThat(texts).noneMatch(text -> text.contains("Seems tired"));
        assertThat(texts).noneMatch(text -> text.contains("Bruno"));

        clickOn("#leaveSharedButton");
        clickOn(dialogButton("Leave shared screen"));
        driver.settle();
        assertThat(lookup("#sharedBanner").tryQuery()).isEmpty();
        assertThat(lookup("#privateNotesField").queryTextInputControl().getText())
                .isEqualTo("Seems tired after the move.");
    }

    private void typeDate(String pickerId, LocalDate date) throws Exception {
        DatePicker picker = lookup(pickerId).query();
        Node editor = picker.getEditor();
        clickOn(editor);
        push(KeyCode.SHORTCUT, KeyCode.A);
        write(picker.getConverter().toString(date));
        push(KeyCode.TAB);
        driver.settle();
    }

    private static String dueText(LocalDate date) {
        return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).format(date);
    }

    /** Scrolls the session as a user would, until the node is in sight. */
    private void reveal(String query) throws Exception {
        ScrollPane box = lookup("#sessionBox").query();
        Node node = lookup(query).query();
        interact(() -> {
            double contentHeight = box.getContent().getBoundsInLocal().getHeight();
            double viewport = box.getViewportBounds().getHeight();
            double y = box.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
            double room = contentHeight - viewport;
            box.setVvalue(room <= 0 ? 0 : Math.min(1, Math.max(0, (y - 8) / room)));
        });
        driver.settle();
    }

    private void scrollSessionToTheBottom() throws Exception {
        ScrollPane box = lookup("#sessionBox").query();
        interact(() -> box.setVvalue(box.getVmax()));
        driver.settle();
    }

    private List<String> agendaTexts() {
        ListView<AgendaRow> list = lookup("#agendaList").query();
        return list.getItems().stream().map(AgendaRow::text).toList();
    }

    private List<OneOnOne> sessions() {
        Person ada = driver.app().session().workbook().people().list().get(0);
        return driver.app().session().workbook().oneOnOnes().listByPerson(ada.id());
    }

    private OneOnOne sessionOn(LocalDate date) {
        return sessions().stream().filter(s -> s.date().equals(date)).findFirst().orElseThrow();
    }
}
