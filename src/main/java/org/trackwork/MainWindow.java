package org.trackwork;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
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

/**
 * One main window and everything that belongs to it alone: its writer thread, its dialogs, its session on a
 * workbook, its areas and its printing. App makes one; a second window would be a second of these.
 */
public final class MainWindow {

    private final Stage stage;
    private final FxTaskRunner runner;
    private final WorkbookSession session;
    private final ShellViewModel shell;
    private final ShellController shellController;
    private final List<Runnable> onClose = new ArrayList<>();
    private double normalWidth;
    private double normalHeight;

    /** Builds the window's content in the stage and shows it; the workbook is opened after, by {@link #open}. */
    MainWindow(Stage stage, AppEnvironment environment, SettingsFile settingsFile, Settings startSettings) {
        this.stage = stage;
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
        shellController = new ShellController(shell, areas, sharedScreen, runner.saveStateProperty(), print);
        Parent root = View.SHELL.load(shellController);

        Settings settings = shell.settings();
        Scene scene = new Scene(root, settings.windowWidth(), settings.windowHeight());
        scene.getStylesheets().add(Objects.requireNonNull(
                MainWindow.class.getResource("/org/trackwork/ui/trackwork.css")).toExternalForm());
        applyTheme(shell.darkThemeProperty().get());
        shell.darkThemeProperty().addListener((observable, old, dark) -> applyTheme(dark));
        stage.setScene(scene);
        stage.setMaximized(settings.maximized());
        keepNormalSize(settings);
        stage.setMinWidth(800);
        stage.setMinHeight(560);
        stage.titleProperty().bind(shell.workbookNameProperty().concat(" — Trackwork"));
        stage.show();
    }

    /**
     * Remembers the size to come back to: the last one the window had before it was maximised, not the screen's
     * (the size may change just before the window says it is maximised: then the size before counts).
     */
    private void keepNormalSize(Settings settings) {
        normalWidth = settings.windowWidth();
        normalHeight = settings.windowHeight();
        double[] before = {normalWidth, normalHeight};
        ChangeListener<Number> width = (observable, old, now) -> {
            if (!stage.isMaximized()) {
                before[0] = normalWidth;
                normalWidth = now.doubleValue();
            }
        };
        ChangeListener<Number> height = (observable, old, now) -> {
            if (!stage.isMaximized()) {
                before[1] = normalHeight;
                normalHeight = now.doubleValue();
            }
        };
        ChangeListener<Boolean> maximised = (observable, was, maximized) -> {
            if (maximized && normalWidth == stage.getWidth()) {
                normalWidth = before[0];
                normalHeight = before[1];
            }
        };
        stage.widthProperty().addListener(width);
        stage.heightProperty().addListener(height);
        stage.maximizedProperty().addListener(maximised);
        onClose.add(() -> {
            stage.widthProperty().removeListener(width);
            stage.heightProperty().removeListener(height);
            stage.maximizedProperty().removeListener(maximised);
        });
    }

    private static void applyTheme(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    /** Opens the workbook asked for at start (null: the last one, or the default one). */
    void open(Path workbook) {
        shell.openAtStart(workbook);
    }

    /** Remembers the window's size and closes its workbook after everything asked of the writer is done. */
    void close() {
        shell.rememberWindow(normalWidth, normalHeight, stage.isMaximized());
        // the stage may outlive the window (tests show the next one in it): nothing of this one stays on it
        onClose.forEach(Runnable::run);
        shellController.dispose();
        stage.titleProperty().unbind();
        Workbook open = session.workbook();
        runner.shutdown(() -> {
            if (open != null) {
                open.close();
            }
        });
    }

    public FxTaskRunner runner() {
        return runner;
    }

    public WorkbookSession session() {
        return session;
    }

    /** For tests: waits until the writer thread has done everything asked of it so far. */
    public void awaitWriter() throws Exception {
        runner.awaitIdle(30, TimeUnit.SECONDS);
    }
}
