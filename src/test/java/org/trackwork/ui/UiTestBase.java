package org.trackwork.ui;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

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

    /** A button of the dialog that is open, by its text; a button of the window behind is never picked. */
    protected Button dialogButton(String text) {
        WaitForAsyncUtils.waitForFxEvents();
        return lookup(".dialog-pane").lookup((Node node) -> node instanceof Button button
                && text.equals(button.getText())).query();
    }
}
