package org.trackwork.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.trackwork.domain.Person;
import org.trackwork.service.TwoPeopleWorkbook;
import org.trackwork.ui.UiTestBase;

class SharedScreenUiTest extends UiTestBase {

    private static final String LEAVE = "Leave shared screen";
    private static final String WINDOW_TITLE = "Trackwork — Shared screen";

    /**
     * Opens a workbook of Ada and Bruno, whose one-on-ones have shared and private notes; the one-on-one editor is
     * another area's, so they are written through the repositories.
     */
    @BeforeEach
    void openTwoPeople() throws Exception {
        openTwoPeopleWorkbook();
        assertThat(lookup("#workbookName").queryLabeled().getText()).isEqualTo("team");
    }

    @Test
    void theSharedScreenHoldsNothingPrivateAndNobodyElseInAnyWindowAndUndoBringsNothingBack() throws Exception {
        clickOn("#crewNav");
        clickOn("#newNameField").write("Zoe Quist").push(KeyCode.ENTER);
        driver.settle();

        assertThat(menuItem("undoItem").getText()).isEqualTo("Undo add Zoe Quist");

        enterSharedScreenFor(TwoPeopleWorkbook.ADA);
        assertThat(menuItem("undoItem").getText()).as("an edit's name names people").isEqualTo("Undo");
        assertThat(menuItem("redoItem").getText()).isEqualTo("Redo");
        assertThat(menuItem("undoItem").isDisable()).isTrue();

        List<String> texts = allTexts();
        assertThat(texts).anyMatch(text -> text.contains(TwoPeopleWorkbook.ADA_SHARED_NOTE));
        assertThat(texts).anyMatch(text -> text.contains(TwoPeopleWorkbook.ADA_TASK));
        assertThat(texts).anyMatch(text -> text.contains(TwoPeopleWorkbook.ADA_RECOGNITION));
        assertThat(texts).anyMatch(text -> text.contains(TwoPeopleWorkbook.ADA_PLAN_STRENGTHS));
        assertNothingForbiddenIn(texts);
        assertThat(texts).noneMatch(text -> text.contains("Zoe Quist"));
        assertThat(lookup("#navigation").query().isDisabled()).isTrue();

        push(KeyCode.CONTROL, KeyCode.Z);
        driver.settle();
        assertThat(allTexts()).isEqualTo(texts);

        clickOn("#leaveSharedButton");
        clickOn(dialogButton(LEAVE));
        driver.settle();
        assertThat(lookup("#sharedBanner").tryQuery()).isEmpty();
        assertThat(allTexts()).noneMatch(text -> text.contains(TwoPeopleWorkbook.ADA_SHARED_NOTE));
        assertThat(menuItem("undoItem").getText()).isEqualTo("Undo add Zoe Quist");
        clickOn("#crewNav");
        driver.settle();
        assertThat(lookup("#crewList").<ListView<Person>>query().getItems()).extracting(Person::name)
                .contains("Zoe Quist");
    }

    /**
     * Every shortcut of the menu bar, as the menu bar has it (not a list kept here), is pushed while the shared
     * screen shows; only leaving and quitting are left out, which the tests of leaving cover. The positive control:
     * the same kind of shortcut does fire outside the shared screen.
     */
    @Test
    void noMenuShortcutReachesTheWorkbookOrAnotherPersonWhileTheSharedScreenIsOn() throws Exception {
        clickOn("#crewNav");
        clickOn(TwoPeopleWorkbook.BRUNO);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        driver.settle();
        assertThat(Window.getWindows()).as("outside the shared screen a shortcut opens its dialog").hasSize(2);
        push(KeyCode.ESCAPE);
        driver.settle();
        push(KeyCode.CONTROL, KeyCode.DIGIT2);
        driver.settle();
        assertThat(lookup("#trackNav").<ToggleButton>query().isSelected()).isTrue();
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        clickOn("#searchField").write("Bruno");
        driver.settle();
        var undoBefore = driver.app().session().undoStateProperty().get();

        enterSharedScreenFor(TwoPeopleWorkbook.ADA);
        assertThat(lookup("#searchField").queryTextInputControl().getText()).isEmpty();
        List<String> before = allTexts();

        // the keys go to the window, not into the search field (where Ctrl+Alt+N types an n, as AltGr does)
        interact(() -> lookup("#sharedBanner").query().getScene().getRoot().requestFocus());
        List<KeyCodeCombination> shortcuts = menuShortcuts();
        assertThat(shortcuts).as("the walk reaches every area's menu").hasSizeGreaterThan(30);
        for (KeyCodeCombination shortcut : shortcuts) {
            push(keysOf(shortcut));
            driver.settle();
            assertThat(Window.getWindows()).as("a window opened by " + shortcut.getDisplayText()).hasSize(1);
            assertThat(lookup("#sharedBanner").queryLabeled().getText()).as("still shared after "
                    + shortcut.getDisplayText()).contains(TwoPeopleWorkbook.ADA);
        }

        assertThat(allTexts()).isEqualTo(before);
        assertThat(driver.app().session().undoStateProperty().get()).isEqualTo(undoBefore);

        clickOn("#leaveSharedButton");
        clickOn(dialogButton(LEAVE));
        driver.settle();
        assertThat(lookup("#searchField").queryTextInputControl().getText()).isEqualTo("Bruno");
    }

    /**
     * The shortcut of every item in the menu bar and its submenus, but Quit, the shared-screen toggle and search
     * (which a shared screen may use, over what it shows: SearchUiTest holds that).
     */
    private List<KeyCodeCombination> menuShortcuts() {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        List<KeyCodeCombination> all = new ArrayList<>();
        bar.getMenus().forEach(menu -> collectShortcuts(menu.getItems(), all));
        return all;
    }

    private static void collectShortcuts(List<MenuItem> items, List<KeyCodeCombination> all) {
        for (MenuItem item : items) {
            if (item.getAccelerator() instanceof KeyCodeCombination keys
                    && !List.of("quitItem", "sharedScreenItem", "searchItem").contains(item.getId())) {
                all.add(keys);
            }
            if (item instanceof Menu submenu) {
                collectShortcuts(submenu.getItems(), all);
            }
        }
    }

    private MenuItem menuItem(String id) {
        List<MenuItem> all = new ArrayList<>();
        lookup(".menu-bar").queryAs(MenuBar.class).getMenus().forEach(menu -> all.addAll(menu.getItems()));
        return all.stream().filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private static KeyCode[] keysOf(KeyCodeCombination shortcut) {
        List<KeyCode> keys = new ArrayList<>();
        if (shortcut.getShortcut() == KeyCombination.ModifierValue.DOWN
                || shortcut.getControl() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.CONTROL);
        }
        if (shortcut.getAlt() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.ALT);
        }
        if (shortcut.getShift() == KeyCombination.ModifierValue.DOWN) {
            keys.add(KeyCode.SHIFT);
        }
        keys.add(shortcut.getCode());
        return keys.toArray(KeyCode[]::new);
    }

    @Test
    void leavingAsksFirstAndStaysWhenCancelled() throws Exception {
        enterSharedScreenFor(TwoPeopleWorkbook.ADA);
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        clickOn(dialogButton("Cancel"));
        driver.settle();
        assertThat(lookup("#sharedBanner").queryLabeled().getText()).contains(TwoPeopleWorkbook.ADA);

        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        clickOn(dialogButton(LEAVE));
        driver.settle();
        assertThat(lookup("#sharedBanner").tryQuery()).isEmpty();
        assertThat(lookup("#sharedScreenToggle").<ToggleButton>query().isSelected()).isFalse();
    }

    @Test
    void theSharedScreenMovesToASeparateWindowAndClosingItAsksFirst() throws Exception {
        enterSharedScreenFor(TwoPeopleWorkbook.ADA);
        Window main = mainWindow();
        clickOn("#separateWindowButton");
        driver.settle();

        Stage shared = sharedWindow();
        assertThat(shared).isNotSameAs(main);
        assertThat(shared.isShowing()).isTrue();
        assertThat(shared.getWidth()).isEqualTo(1024);
        List<String> sharedTexts = textsOf(shared);
        assertThat(sharedTexts).anyMatch(text -> text.contains(TwoPeopleWorkbook.ADA_SHARED_NOTE));
        assertNothingForbiddenIn(sharedTexts);
        assertThat(textsOf(main)).noneMatch(text -> text.contains(TwoPeopleWorkbook.ADA_SHARED_NOTE));
        assertThat(lookup("#navigation").query().isDisabled()).isFalse();
        assertThat(lookup("#sharedScreenToggle").<ToggleButton>query().isSelected()).isTrue();

        askToClose(shared);
        clickOn(dialogButton("Cancel"));
        driver.settle();
        assertThat(shared.isShowing()).isTrue();

        askToClose(shared);
        clickOn(dialogButton(LEAVE));
        driver.settle();
        assertThat(shared.isShowing()).isFalse();
        assertThat(lookup("#sharedScreenToggle").<ToggleButton>query().isSelected()).isFalse();
        assertThat(allTexts()).noneMatch(text -> text.contains(TwoPeopleWorkbook.ADA_SHARED_NOTE));
    }

    @Test
    void theSeparateWindowClosesWithTheWorkbook() throws Exception {
        enterSharedScreenFor(TwoPeopleWorkbook.ADA);
        clickOn("#separateWindowButton");
        driver.settle();
        Stage shared = sharedWindow();

        Window main = mainWindow();
        interact(main::requestFocus);
        driver.dialogs().willChoose(dataFolder.resolve("other.trackwork"));
        push(KeyCode.CONTROL, KeyCode.N);
        driver.settle();

        assertThat(lookup("#workbookName").queryLabeled().getText()).isEqualTo("other");
        assertThat(shared.isShowing()).isFalse();
        assertThat(lookup("#sharedScreenToggle").<ToggleButton>query().isSelected()).isFalse();
    }

    /** As the window's close button does; not waited for, since it waits for the user to confirm. */
    private static void askToClose(Stage window) {
        WaitForAsyncUtils.asyncFx(() -> window.fireEvent(new WindowEvent(window, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    /** Ctrl+Shift+S, then the person chosen in the chooser's list. */
    private void enterSharedScreenFor(String name) throws Exception {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.S);
        driver.settle();
        clickOn(lookup(".dialog-pane .combo-box").queryAs(Node.class));
        clickOn(popupCell(name));
        clickOn(dialogButton("OK"));
        driver.settle();
        assertThat(lookup("#sharedBanner").queryLabeled().getText()).contains(name);
    }

    private static void assertNothingForbiddenIn(List<String> texts) {
        for (String forbidden : TwoPeopleWorkbook.forbiddenOnAdasScreen()) {
            assertThat(texts).as("no text contains " + forbidden).noneMatch(text -> text.contains(forbidden));
        }
    }

    private List<String> allTexts() {
        return onFxThread(SceneTexts::ofAllWindows);
    }

    private List<String> textsOf(Window window) {
        return onFxThread(() -> SceneTexts.of(window));
    }

    private static List<String> onFxThread(Callable<List<String>> read) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(read));
    }

    private Stage sharedWindow() {
        return Window.getWindows().stream()
                .filter(window -> window instanceof Stage stage && WINDOW_TITLE.equals(stage.getTitle()))
                .map(Stage.class::cast).findFirst().orElseThrow();
    }

    private Window mainWindow() {
        return lookup("#workbookName").query().getScene().getWindow();
    }

    private Node popupCell(String text) {
        return lookup((Node node) -> node instanceof ListCell<?> cell && text.equals(cell.getText())
                && node.getScene().getWindow() instanceof PopupWindow).query();
    }
}
