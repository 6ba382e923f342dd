package org.trackwork;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.service.DataFolder;
import org.trackwork.service.Settings;
import org.trackwork.service.SettingsFile;
import org.trackwork.ui.common.FxTaskRunner;
import org.trackwork.ui.common.WorkbookSession;

/** The application: reads the settings, shows the main window on the workbook asked for, and closes it at the end. */
public class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final AppEnvironment environment;
    private SettingsFile settingsFile;
    private Settings startSettings;
    private MainWindow window;

    public App() {
        this(AppEnvironment.fromSystem());
    }

    public App(AppEnvironment environment) {
        this.environment = Objects.requireNonNull(environment);
    }

    /** Reads the settings before there is a window, on the launcher thread rather than the FX thread. */
    @Override
    public void init() {
        settingsFile = new SettingsFile(DataFolder.settings(environment.dataFolder()));
        startSettings = settingsFile.load();
    }

    @Override
    public void start(Stage primaryStage) {
        if (startSettings == null) {
            init();
        }
        window = new MainWindow(primaryStage, environment, settingsFile, startSettings);
        window.open(requestedWorkbook());
    }

    private Path requestedWorkbook() {
        if (environment.workbook() != null) {
            return environment.workbook();
        }
        Parameters parameters = getParameters();
        List<String> raw = parameters == null ? List.of() : parameters.getRaw();
        return raw.isEmpty() ? null : Path.of(raw.get(0)).toAbsolutePath();
    }

    /** The writer thread of the main window; tests use it to wait for it. */
    public FxTaskRunner runner() {
        return window.runner();
    }

    public WorkbookSession session() {
        return window.session();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        LOG.info("Trackwork stopped");
    }

    /** For tests: waits until the writer thread has done everything asked of it so far. */
    public void awaitWriter() throws Exception {
        window.awaitWriter();
    }
}
