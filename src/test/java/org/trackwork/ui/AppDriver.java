package org.trackwork.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Window;
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

    /**
     * Waits until the writer thread and the FX thread have nothing left to do, as a user would wait: until every
     * task handed to the writer has been handed back (a result may hand over another), then for the pulse that
     * lays the window out.
     */
    public void settle() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        do {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the writer thread did not become idle");
            }
            app.awaitWriter();
            WaitForAsyncUtils.waitForFxEvents(1);
        } while (!app.runner().idle());
        awaitPulse();
    }

    /** Waits for the next pulse of the FX thread to have laid out the scenes. */
    private static void awaitPulse() throws Exception {
        CountDownLatch laidOut = new CountDownLatch(1);
        Platform.runLater(() -> {
            Scene scene = Window.getWindows().stream().filter(Window::isShowing).map(Window::getScene)
                    .filter(Objects::nonNull).findFirst().orElse(null);
            if (scene == null) {
                laidOut.countDown();
                return;
            }
            Runnable once = new Runnable() {
                @Override
                public void run() {
                    laidOut.countDown();
                    // not removed while the scene walks its listeners
                    Platform.runLater(() -> scene.removePostLayoutPulseListener(this));
                }
            };
            scene.addPostLayoutPulseListener(once);
            Platform.requestNextPulse();
        });
        if (!laidOut.await(10, TimeUnit.SECONDS)) {
            throw new TimeoutException("no pulse came");
        }
    }

    public App app() {
        return app;
    }

    public TestDialogService dialogs() {
        return dialogs;
    }
}
