package org.trackwork.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.trackwork.domain.Person;
import org.trackwork.domain.SearchKind;
import org.trackwork.service.TwoPeopleWorkbook;
import org.trackwork.ui.UiTestBase;
import org.trackwork.ui.shell.SceneTexts;

/** The search palette as a manager uses it: Ctrl+K, type, arrows, Enter lands on the item in its area. */
class SearchUiTest extends UiTestBase {

    @BeforeEach
    void openTwoPeople() throws Exception {
        openTwoPeopleWorkbook();
    }

    @Test
    void typingAWordOfACardAndPressingEnterOpensTheCardOnTheBoard() throws Exception {
        push(KeyCode.CONTROL, KeyCode.K);
        driver.settle();
        assertThat(rows()).as("with nothing typed, the recent items").isNotEmpty();

        write("invoice exp");
        driver.settle();
        assertThat(headings()).contains("Cards");
        assertThat(hitTitles()).contains(TwoPeopleWorkbook.BRUNO_TASK);
        assertThat(selectedRow().hit().title().plain()).isEqualTo(TwoPeopleWorkbook.BRUNO_TASK);
        assertThat(selectedRow().hit().title().parts()).anyMatch(part -> part.match()
                && part.text().equalsIgnoreCase("invoice"));

        push(KeyCode.ENTER);
        driver.settle();
        assertThat(lookup("#trackNav").<javafx.scene.control.ToggleButton>query().isSelected()).isTrue();
        assertThat(lookup("#taskEditor").query().isVisible()).isTrue();
        assertThat(lookup("#taskTitleField").<TextInputControl>query().getText())
                .isEqualTo(TwoPeopleWorkbook.BRUNO_TASK);
        assertThat(lookup("#searchResults").tryQuery()).as("the palette closed").isEmpty();
    }

    @Test
    void arrowsChooseAmongTheHitsAndEnterOpensAPersonsOneOnOne() throws Exception {
        push(KeyCode.CONTROL, KeyCode.K);
        write("roadmap");
        driver.settle();
        assertThat(hitTitles()).isNotEmpty();
        List<SearchKind> kinds = rows().stream().filter(row -> !row.isHeading()).map(SearchRow::kind).toList();
        assertThat(kinds).contains(SearchKind.ONE_ON_ONE);
        while (selectedRow().kind() != SearchKind.ONE_ON_ONE) {
            push(KeyCode.DOWN);
        }
        push(KeyCode.ENTER);
        driver.settle();
        assertThat(lookup("#crewNav").<javafx.scene.control.ToggleButton>query().isSelected()).isTrue();
        assertThat(lookup("#crewList").<ListView<Person>>query().getSelectionModel().getSelectedItem().name())
                .isEqualTo(TwoPeopleWorkbook.BRUNO);
        assertThat(lookup("#sharedNotesField").<TextInputControl>query().getText())
                .contains(TwoPeopleWorkbook.BRUNO_SHARED_NOTE);

        push(KeyCode.CONTROL, KeyCode.K);
        write("struggles");
        driver.settle();
        assertThat(selectedRow().kind()).isEqualTo(SearchKind.ONE_ON_ONE_PRIVATE);
        assertThat(lookup(".private-tag").queryAll()).as("a private note is marked so").isNotEmpty();
        push(KeyCode.ESCAPE);
        driver.settle();
        assertThat(lookup("#searchField").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void onASharedScreenSearchFindsOnlyWhatThatScreenShows() throws Exception {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        driver.settle();
        clickOn(lookup(".dialog-pane .combo-box").queryAs(Node.class));
        clickOn(lookup((Node node) -> node instanceof ListCell<?> cell && TwoPeopleWorkbook.ADA.equals(cell.getText())
                && node.getScene().getWindow() instanceof PopupWindow).<Node>query());
        clickOn(dialogButton("OK"));
        driver.settle();

        for (String typed : List.of("", "Ada", "offer", "Bruno", "budget", "roadmap", "billing")) {
            push(KeyCode.CONTROL, KeyCode.K);
            interact(() -> lookup("#searchField").queryTextInputControl().setText(typed));
            driver.settle();
            List<String> shown = onFxThread(() -> SceneTexts.of(results().getScene().getWindow()));
            for (String forbidden : TwoPeopleWorkbook.forbiddenOnAdasScreen()) {
                assertThat(shown).as("searching " + typed + " shows no " + forbidden)
                        .noneMatch(text -> text.contains(forbidden));
            }
            assertThat(rows()).noneMatch(row -> row.kind() == SearchKind.ONE_ON_ONE_PRIVATE);
            push(KeyCode.ESCAPE);
        }
        push(KeyCode.CONTROL, KeyCode.K);
        write("onboarding demo");
        driver.settle();
        assertThat(hitTitles()).as("her own shared notes are found").isNotEmpty();
        push(KeyCode.ESCAPE);

        push(KeyCode.CONTROL, KeyCode.K);
        write("launch outage");
        driver.settle();
        assertThat(selectedRow().kind()).isEqualTo(SearchKind.RECOGNITION);
        push(KeyCode.ENTER);
        driver.settle();
        assertThat(lookup("#sharedTabs").<TabPane>query().getSelectionModel().getSelectedItem().getId())
                .as("Enter turns the shared screen to the hit's page").isEqualTo("sharedRecognitionTab");
        assertThat(lookup("#sharedBanner").queryLabeled().getText()).contains(TwoPeopleWorkbook.ADA);
    }

    private ListView<SearchRow> results() {
        return lookup("#searchResults").query();
    }

    private List<SearchRow> rows() {
        return List.copyOf(results().getItems());
    }

    private SearchRow selectedRow() {
        return results().getSelectionModel().getSelectedItem();
    }

    private List<String> headings() {
        return rows().stream().filter(SearchRow::isHeading).map(row -> SearchViewModel.headingOf(row.kind()))
                .toList();
    }

    private List<String> hitTitles() {
        return rows().stream().filter(row -> !row.isHeading()).map(row -> row.hit().title().plain()).toList();
    }

    private static List<String> onFxThread(Callable<List<String>> read) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }
}
