package org.trackwork;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.service.DataFolder;
import org.trackwork.service.Settings;
import org.trackwork.service.SettingsFile;
import org.trackwork.service.Workbook;
import org.trackwork.service.WorkbookBackups;
import org.trackwork.service.WorkbookOpener;
import org.trackwork.ui.board.BoardArea;
import org.trackwork.ui.common.Area;
import org.trackwork.ui.common.DialogService;
import org.trackwork.ui.common.FxTaskRunner;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.View;
import org.trackwork.ui.common.WorkbookSession;
import org.trackwork.ui.crew.CrewArea;
import org.trackwork.ui.destination.DestinationArea;
import org.trackwork.ui.print.FxPagePrinter;
import org.trackwork.ui.print.JourneyPicture;
import org.trackwork.ui.print.PrintCommands;
import org.trackwork.ui.shell.SharedScreenController;
import org.trackwork.ui.shell.ShellController;
import org.trackwork.ui.shell.ShellViewModel;

/** Starts the main window on a workbook: wires view models to the writer thread and the dialogs. */
public class App extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(App.class);

    private final AppEnvironment environment;
    private SettingsFile settingsFile;
    private Settings startSettings;
    private FxTaskRunner runner;
    private WorkbookSession session;
    private ShellViewModel shell;
    private Stage stage;
    private double normalWidth;
    private double normalHeight;

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
        stage = primaryStage;
        if (startSettings == null) {
            init();
        }
        Path dataFolder = environment.dataFolder();
        DialogService dialogs = environment.dialogs().apply(() -> stage);
        runner = new FxTaskRunner(
                failure -> dialogs.notifyError(Messages.get("edit.failed", WorkbookSession.reason(failure))),
                failure -> dialogs.notifyError(Messages.get("read.failed", WorkbookSession.readReason(failure))));
        session = new WorkbookSession(runner, dialogs, environment.clock());
        session.workbookProperty().addListener((observable, old, now) -> runner.forgetFailure());
        shell = new ShellViewModel(session,
                new WorkbookOpener(new WorkbookBackups(DataFolder.backups(dataFolder), environment.clock())),
                settingsFile, startSettings, dataFolder);

        // the areas, in the order of the navigation: adding an area is its package and one line here
        DestinationArea destination = new DestinationArea(session);
        BoardArea board = new BoardArea(session);
        CrewArea crew = new CrewArea(session);
        List<Area> areas = List.of(destination, board, crew);

        PrintCommands print = new PrintCommands(session, new FxPagePrinter(() -> stage), crew::selected,
                crew::shownPlan, JourneyPicture::of);
        print.keepPaper(startSettings.paper(), shell::rememberPaper);
        crew.setSummaryExport(print::exportOneOnOneSummary);
        Parent sharedScreen = View.SHARED_SCREEN.load(new SharedScreenController(shell));
        Parent root = View.SHELL.load(new ShellController(shell, areas, sharedScreen, runner.saveStateProperty(),
                print));

        Settings settings = shell.settings();
        Scene scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(Objects.requireNonNull(
                App.class.getResource("/org/trackwork/ui/trackwork.css")).toExternalForm());
        applyTheme(shell.darkThemeProperty().get());
        shell.darkThemeProperty().addListener((observable, old, dark) -> applyTheme(dark));
        stage.setScene(scene);
        stage.setMaximized(settings.maximized());
        normalWidth = settings.windowWidth();
        normalHeight = settings.windowHeight();
        // the size to come back to is the last one the window had before it was maximised, not the screen's
        // (the size may change just before the window says it is maximised: then the size before counts)
        double[] before = {normalWidth, normalHeight};
        stage.widthProperty().addListener((observable, old, width) -> {
            if (!stage.isMaximized()) {
                before[0] = normalWidth;
                normalWidth = width.doubleValue();
            }
        });
        stage.heightProperty().addListener((observable, old, height) -> {
            if (!stage.isMaximized()) {
                before[1] = normalHeight;
                normalHeight = height.doubleValue();
            }
        });
        stage.maximizedProperty().addListener((observable, was, maximized) -> {
            if (maximized && normalWidth == stage.getWidth()) {
                normalWidth = before[0];
                normalHeight = before[1];
            }
        });
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.titleProperty().bind(shell.workbookNameProperty().concat(" — Trackwork"));
        stage.show();
        shell.openAtStart(requestedWorkbook());
    }

    private Path requestedWorkbook() {
        if (environment.workbook() != null) {
            return environment.workbook();
        }
        Parameters parameters = getParameters();
        List<String> raw = parameters == null ? List.of() : parameters.getRaw();
        return raw.isEmpty() ? null : Path.of(raw.get(0)).toAbsolutePath();
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** The session of the running window; tests use it to wait for the writer thread. */
    public FxTaskRunner runner() {
        return runner;
    }

    public WorkbookSession session() {
        return session;
    }

    @Override
    public void stop() {
        if (stage != null && shell != null) {
            shell.rememberWindow(normalWidth, normalHeight, stage.isMaximized());
        }
        if (runner != null) {
            Workbook open = session.workbook();
            runner.shutdown(() -> {
                if (open != null) {
                    open.close();
                }
            });
        }
        LOG.info("Trackwork stopped");
    }

    /** For tests: waits until the writer thread has done everything asked of it so far. */
    public void awaitWriter() throws Exception {
        runner.awaitIdle(30, TimeUnit.SECONDS);
    }
}
