package org.trackwork;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
import org.trackwork.ui.board.BoardController;
import org.trackwork.ui.board.BoardViewModel;
import org.trackwork.ui.common.DialogService;
import org.trackwork.ui.common.FxTaskRunner;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.View;
import org.trackwork.ui.common.WorkbookSession;
import org.trackwork.ui.crew.CrewController;
import org.trackwork.ui.crew.CrewViewModel;
import org.trackwork.ui.destination.DestinationCommands;
import org.trackwork.ui.destination.DestinationController;
import org.trackwork.ui.destination.DestinationViewModel;
import org.trackwork.ui.destination.GoalsController;
import org.trackwork.ui.destination.HazardsController;
import org.trackwork.ui.destination.ShiftsController;
import org.trackwork.ui.print.FxPagePrinter;
import org.trackwork.ui.print.JourneyPicture;
import org.trackwork.ui.print.PrintCommands;
import org.trackwork.ui.shell.Area;
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

        CrewViewModel crewModel = new CrewViewModel(session);
        CrewController crew = new CrewController(crewModel);
        PrintCommands print = new PrintCommands(session, new FxPagePrinter(() -> stage), crewModel::selected,
                () -> Optional.ofNullable(crewModel.person().plan().planProperty().get()), JourneyPicture::of);
        print.keepPaper(startSettings.paper(), shell::rememberPaper);
        crew.setSummaryExport(print::exportOneOnOneSummary);
        Map<Area, Parent> areas = new EnumMap<>(Area.class);
        DestinationViewModel destination = new DestinationViewModel(session);
        DestinationController destinationController = new DestinationController(destination);
        GoalsController goalsController = new GoalsController(destination);
        HazardsController hazardsController = new HazardsController(destination);
        areas.put(Area.DESTINATION, View.DESTINATION.load(destinationController, goalsController, hazardsController,
                new ShiftsController(destination)));
        DestinationCommands destinationCommands = new DestinationCommands(destination, destinationController,
                goalsController, hazardsController);
        BoardController board = new BoardController(new BoardViewModel(session));
        board.setRecogniser(crew::recognise);
        areas.put(Area.TRACK, View.BOARD.load(board));
        areas.put(Area.CREW, View.CREW.load(crew, crew.personController()));
        Parent sharedScreen = View.SHARED_SCREEN.load(new SharedScreenController(shell));
        Parent root = View.SHELL.load(new ShellController(shell, areas, sharedScreen, crew, destinationCommands, board,
                runner.saveStateProperty(), print));

        Settings settings = shell.settings();
        Scene scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(Objects.requireNonNull(
                App.class.getResource("/org/trackwork/ui/trackwork.css")).toExternalForm());
        applyTheme(shell.darkThemeProperty().get());
        shell.darkThemeProperty().addListener((observable, old, dark) -> applyTheme(dark));
        stage.setScene(scene);
        stage.setMaximized(settings.maximized());
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
            shell.rememberWindow(stage.getWidth(), stage.getHeight(), stage.isMaximized());
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
