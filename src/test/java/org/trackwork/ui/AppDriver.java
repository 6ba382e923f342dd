package org.trackwork.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.trackwork.App;
import org.trackwork.AppEnvironment;

/** Starts and stops the whole app for UI tests, on a data folder of the test's own. */
public final class AppDriver {

    /**
     * Tests run on a fixed day, so quarters and sample dates do not depend on when they run; the clock still ticks
     * from 10:00 that day, so backups taken one after another get names of their own.
     */
    public static final Clock CLOCK = Clock.offset(Clock.systemUTC(),
            Duration.between(Instant.now(), Instant.parse("2026-11-27T10:00:00Z")));

    private final Path dataFolder;
    private App app;
    private TestDialogService dialogs;

    public AppDriver(Path dataFolder) {
        this.dataFolder = dataFolder;
    }

    /** Starts the app on the given workbook (null: the last one or the default one) and waits until it is open. */
    public AppDriver start(Path workbook) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = (App) FxToolkit.setupApplication(() -> new App(new AppEnvironment(dataFolder, workbook, CLOCK,
                owner -> dialogs = new TestDialogService(owner))));
        settle();
        return this;
    }

    /** Stops the app; a dialog a failed test left open is closed first, so it cannot block the next test. */
    public void stop() throws TimeoutException {
        FxToolkit.cleanupStages();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    /** Waits until the writer thread and the FX thread have nothing left to do, as a user would wait. */
    public void settle() throws Exception {
        for (int i = 0; i < 4; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            app.awaitWriter();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public App app() {
        return app;
    }

    public TestDialogService dialogs() {
        return dialogs;
    }
}
