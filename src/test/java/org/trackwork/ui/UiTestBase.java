package org.trackwork.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.event.Event;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import org.trackwork.domain.Person;
import org.trackwork.service.TwoPeopleWorkbook;
import org.trackwork.service.Workbook;
import org.trackwork.store.WorkbookFile;

/** A UI test on the whole app, started on a data folder of its own and stopped after each test. */
public abstract class UiTestBase extends FxRobot {

    @TempDir
    protected Path dataFolder;

    protected AppDriver driver;

    @BeforeEach
    void startApp() throws Exception {
        driver = new AppDriver(dataFolder).start(null);
    }

    @AfterEach
    void stopApp() throws Exception {
        driver.stop();
    }

    /**
     * Types the text into whatever has the keyboard focus, as the robot's own {@code write} does (a key-typed
     * event per character at the focused window's focus owner), but in one visit to the FX thread instead of a
     * wait of five FX rounds after every character.
     */
    @Override
    public FxRobot write(String text) {
        // the window the robot itself would type into: the focused one nearest the target window
        Window window = Optional.ofNullable(window(Window::isFocused)).orElseGet(this::targetWindow);
        interact(() -> {
            Scene scene = window.getScene();
            EventTarget target = scene.getFocusOwner() != null ? scene.getFocusOwner() : scene;
            text.codePoints().forEach(codePoint -> Event.fireEvent(target, new KeyEvent(KeyEvent.KEY_TYPED,
                    Character.toString(codePoint), "", KeyCode.UNDEFINED, false, false, false, false)));
        });
        return this;
    }

    /**
     * Opens, with File > Open, a workbook of Ada and Bruno whose one-on-ones have shared and private notes, written
     * through the repositories.
     */
    protected void openTwoPeopleWorkbook() throws Exception {
        Path path = dataFolder.resolve("team.trackwork");
        try (Workbook workbook = new Workbook(WorkbookFile.create(path))) {
            new TwoPeopleWorkbook().writeTo(workbook);
        }
        driver.dialogs().willChoose(path);
        push(KeyCode.CONTROL, KeyCode.O);
        driver.settle();
    }

    /** The names on the crew roster, top to bottom. */
    protected List<String> crewNames() {
        ListView<Person> list = lookup("#crewList").query();
        return list.getItems().stream().map(Person::name).toList();
    }

    /** The message of the dialog that is open. */
    protected String dialogText() {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane .content").queryLabeled().getText();
    }

    /** A button of the dialog that is open, by its text; a button of the window behind is never picked. */
    protected Button dialogButton(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane").lookup((Node node) -> node instanceof Button button
                && text.equals(button.getText())).query();
    }
}
