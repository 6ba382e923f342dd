package org.trackwork.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import atlantafx.base.controls.CustomTextField;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trackwork.domain.Quarter;
import org.trackwork.ui.common.Messages;
import org.trackwork.store.WorkbookGone;
import org.trackwork.ui.common.SaveState;
import org.trackwork.ui.board.BoardController;
import org.trackwork.ui.crew.CrewController;
import org.trackwork.ui.destination.DestinationCommands;
import org.trackwork.ui.print.PaperMenu;
import org.trackwork.ui.print.PrintCommands;

/** Binds the main window to its view model: menus, top bar, navigation, content and status line. */
public final class ShellController {

    private final ShellViewModel viewModel;
    private final Map<Area, Parent> areaViews;
    private final Parent sharedScreenView;
    private final SharedScreenViewModel sharedScreen;
    private final SharedScreenWindow sharedScreenWindow;
    private final CrewController crew;
    private final DestinationCommands destination;
    private final BoardController board;
    private final javafx.beans.value.ObservableValue<SaveState> saveState;
    private final PrintCommands print;
    private ObservableValue<Window> mainWindow;

    @FXML private Menu openRecentMenu;
    @FXML private MenuItem quitItem;
    @FXML private MenuItem undoItem;
    @FXML private MenuItem sharedScreenItem;
    @FXML private Menu viewMenu;
    @FXML private MenuItem redoItem;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private Menu fileMenu;
    @FXML private Menu paperMenu;
    @FXML private Menu editMenu;
    @FXML private Menu crewMenu;
    @FXML private Menu trackMenu;
    @FXML private Menu destinationMenu;
    @FXML private Button hazardCount;
    @FXML private Label workbookName;
    @FXML private ComboBox<Quarter> quarterPicker;
    @FXML private CustomTextField searchField;
    @FXML private ToggleButton sharedScreenToggle;
    @FXML private ToggleButton darkThemeToggle;
    @FXML private VBox navigation;
    @FXML private ToggleGroup areaGroup;
    @FXML private ToggleButton destinationNav;
    @FXML private ToggleButton trackNav;
    @FXML private ToggleButton crewNav;
    @FXML private StackPane content;
    @FXML private VBox noWorkbookPane;
    @FXML private FontIcon saveIcon;
    @FXML private Label saveLabel;
    @FXML private HBox busyBox;
    @FXML private ProgressBar busyBar;
    @FXML private Label busyLabel;

    public ShellController(ShellViewModel viewModel, Map<Area, Parent> areaViews, Parent sharedScreenView,
                           CrewController crew, DestinationCommands destination, BoardController board,
                           javafx.beans.value.ObservableValue<SaveState> saveState, PrintCommands print) {
        this.viewModel = viewModel;
        this.print = print;
        this.destination = destination;
        this.board = board;
        this.areaViews = areaViews;
        this.sharedScreenView = sharedScreenView;
        this.sharedScreen = viewModel.sharedScreen();
        this.sharedScreenWindow = new SharedScreenWindow(sharedScreen, sharedScreenView);
        this.crew = crew;
        this.saveState = saveState;
    }

    @FXML
    private void initialize() {
        workbookName.textProperty().bind(viewModel.workbookNameProperty());
        bindQuarterPicker();
        searchField.textProperty().bindBidirectional(viewModel.session().searchTextProperty());
        bindNavigation();
        bindUndo();
        darkThemeItem.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        darkThemeToggle.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        bindSharedScreen();
        bindRecent();
        bindStatusLine();
        PaperMenu.fill(paperMenu, print.paperProperty());
    }

    private void bindQuarterPicker() {
        quarterPicker.setItems(viewModel.quarters());
        quarterPicker.setConverter(new StringConverter<>() {
            @Override
            public String toString(Quarter quarter) {
                return quarter == null ? "" : quarter.toString();
            }

            @Override
            public Quarter fromString(String text) {
                return Quarter.parse(text);
            }
        });
        quarterPicker.valueProperty().bindBidirectional(viewModel.session().quarterProperty());
    }

    private void bindNavigation() {
        Map<Area, ToggleButton> buttons = Map.of(Area.DESTINATION, destinationNav, Area.TRACK, trackNav,
                Area.CREW, crewNav);
        buttons.forEach((area, button) -> button.setUserData(area));
        areaGroup.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            } else {
                viewModel.areaProperty().set((Area) selected.getUserData());
            }
        });
        viewModel.areaProperty().addListener((observable, old, area) -> {
            buttons.get(area).setSelected(true);
            showContent();
        });
        buttons.get(viewModel.areaProperty().get()).setSelected(true);
        viewModel.session().workbookProperty().addListener((observable, old, workbook) -> showContent());
        showContent();
    }

    /** Shows the shared screen in the main window or in its own, never in both: it is one view, moved. */
    private void showContent() {
        boolean inMainWindow = sharedScreen.inMainWindowProperty().get();
        if (inMainWindow || sharedScreen.personProperty().get() == null) {
            sharedScreenWindow.close();
        }
        Parent view = inMainWindow ? sharedScreenView
                : viewModel.session().workbook() == null ? noWorkbookPane
                : areaViews.get(viewModel.areaProperty().get());
        if (!content.getChildren().equals(List.of(view))) {
            content.getChildren().setAll(view);
        }
        if (sharedScreen.inSeparateWindowProperty().get()) {
            sharedScreenWindow.show(content.getScene() == null ? List.of() : content.getScene().getStylesheets());
        }
    }

    private void bindUndo() {
        var undoState = viewModel.session().undoStateProperty();
        // an edit's description names people, so the shared screen shows the plain words only; in a separate
        // window it has no menu, and the main window is the manager's own again
        BooleanBinding shared = sharedScreen.inMainWindowProperty();
        undoItem.textProperty().bind(Bindings.createStringBinding(() -> undoText(
                undoState.get().nextUndo(), shared.get(), "menu.edit.undoWhat", "menu.edit.undo"),
                undoState, shared));
        redoItem.textProperty().bind(Bindings.createStringBinding(() -> undoText(
                undoState.get().nextRedo(), shared.get(), "menu.edit.redoWhat", "menu.edit.redo"),
                undoState, shared));
        undoItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> undoState.get().nextUndo().isEmpty(), undoState).or(shared));
        redoItem.disableProperty().bind(Bindings.createBooleanBinding(
                () -> undoState.get().nextRedo().isEmpty(), undoState).or(shared));
    }

    private static String undoText(Optional<String> what, boolean shared, String namedKey, String plainKey) {
        return what.filter(description -> !shared).map(description -> Messages.get(namedKey, description))
                .orElse(Messages.get(plainKey));
    }

    private void bindSharedScreen() {
        BooleanBinding shared = sharedScreen.inMainWindowProperty();
        sharedScreen.personProperty().addListener((observable, old, person) -> {
            sharedScreenToggle.setSelected(person != null);
            showContent();
        });
        sharedScreen.inSeparateWindowProperty().addListener((observable, old, now) -> showContent());
        // the shared window must not outlive the main window, nor keep the app running without it
        mainWindow = content.sceneProperty().flatMap(Scene::windowProperty);
        mainWindow.addListener((observable, old, window) -> {
            if (window != null) {
                window.addEventHandler(WindowEvent.WINDOW_HIDDEN, event -> sharedScreen.end());
                window.focusedProperty().addListener((focus, was, focused) -> {
                    if (focused) {
                        viewModel.windowCameToFront();
                    }
                });
            }
        });
        navigation.disableProperty().bind(shared);
        quarterPicker.disableProperty().bind(shared);
        searchField.disableProperty().bind(shared);
        // a disabled menu does not stop its items' shortcuts: each item is shut one by one
        for (Menu menu : List.of(fileMenu, editMenu, viewMenu, destinationMenu, trackMenu, crewMenu)) {
            menu.getItems().stream()
                    .filter(item -> item != quitItem && item != undoItem && item != redoItem
                            && item != sharedScreenItem && item != darkThemeItem)
                    .forEach(item -> item.disableProperty().bind(shared));
        }
        hideSearchWhileShared(shared);
    }

    /**
     * What the manager typed in the search box (a name, perhaps) must not stand in the top bar while the report
     * looks on: it is put away while the shared screen takes the main window, and given back after.
     */
    private void hideSearchWhileShared(BooleanBinding shared) {
        String[] typed = {""};
        shared.addListener((observable, was, now) -> {
            if (now) {
                typed[0] = searchField.getText();
                searchField.clear();
            } else {
                searchField.setText(typed[0]);
                typed[0] = "";
            }
        });
    }

    private void bindRecent() {
        ListChangeListener<Path> rebuild = change -> fillRecentMenu();
        viewModel.recentWorkbooks().addListener(rebuild);
        fillRecentMenu();
    }

    private void fillRecentMenu() {
        openRecentMenu.getItems().clear();
        for (Path path : viewModel.recentWorkbooks()) {
            MenuItem item = new MenuItem(path.getFileName() + "  —  " + path.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> viewModel.open(path));
            openRecentMenu.getItems().add(item);
        }
        if (openRecentMenu.getItems().isEmpty()) {
            MenuItem none = new MenuItem(Messages.get("menu.file.recent.none"));
            none.setDisable(true);
            openRecentMenu.getItems().add(none);
        }
    }

    private void bindStatusLine() {
        hazardCount.textProperty().bind(destination.openHazardsProperty().map(count ->
                Messages.get("status.hazards", count)));
        hazardCount.visibleProperty().bind(destination.openHazardsProperty().greaterThan(0)
                .and(viewModel.session().workbookProperty().isNotNull())
                .and(sharedScreen.inMainWindowProperty().not()));
        hazardCount.managedProperty().bind(hazardCount.visibleProperty());
        saveState.addListener((observable, old, state) -> showSaveState(state));
        viewModel.session().goneProperty().addListener((observable, old, gone) -> showSaveState(saveState.getValue()));
        showSaveState(saveState.getValue());
        busyBox.visibleProperty().bind(viewModel.busyProperty());
        busyBox.managedProperty().bind(viewModel.busyProperty());
        busyLabel.textProperty().bind(viewModel.busyMessageProperty());
        busyBar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
    }

    private void showSaveState(SaveState state) {
        WorkbookGone why = viewModel.session().goneProperty().get();
        boolean gone = why != null;
        saveLabel.setText(gone ? Messages.get("status.gone." + why.reason().name(),
                viewModel.session().workbook().name())
                : Messages.get("status.save." + state.name()));
        saveIcon.setIconLiteral(gone ? "fth-alert-octagon" : switch (state) {
            case SAVED -> "fth-check-circle";
            case SAVING -> "fth-upload-cloud";
            case FAILED -> "fth-alert-triangle";
        });
        saveIcon.getStyleClass().removeAll("save-failed");
        if (gone || state == SaveState.FAILED) {
            saveIcon.getStyleClass().add("save-failed");
        }
    }

    @FXML
    private void newWorkbook() {
        viewModel.newWorkbook();
    }

    @FXML
    private void newSampleWorkbook() {
        viewModel.newSampleWorkbook();
    }

    @FXML
    private void openWorkbook() {
        viewModel.openWorkbook();
    }

    @FXML
    private void saveCopyAs() {
        viewModel.saveCopyAs();
    }

    @FXML
    private void restoreFromBackup() {
        viewModel.restoreFromBackup();
    }

    @FXML
    private void checkWorkbook() {
        viewModel.checkWorkbook();
    }

    @FXML
    private void printPlan() {
        print.printPlan();
    }

    @FXML
    private void exportPlanPdf() {
        print.exportPlanPdf();
    }

    @FXML
    private void exportAllPlans() {
        print.exportAllPlans();
    }

    @FXML
    private void printAllPlans() {
        print.printAllPlans();
    }

    @FXML
    private void exportJourneyPoster() {
        print.exportJourneyPoster();
    }

    @FXML
    private void exportOneOnOneSummary() {
        showCrew();
        crew.exportOneOnOneSummary();
    }

    @FXML
    private void quit() {
        Platform.exit();
    }

    /** Never while the shared screen takes the main window: undo must not bring back what it does not show. */
    @FXML
    private void undo() {
        if (!sharedScreen.inMainWindowProperty().get()) {
            viewModel.session().undo();
        }
    }

    @FXML
    private void redo() {
        if (!sharedScreen.inMainWindowProperty().get()) {
            viewModel.session().redo();
        }
    }

    @FXML
    private void find() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    private void showDestination() {
        viewModel.areaProperty().set(Area.DESTINATION);
    }

    @FXML
    private void showTrack() {
        viewModel.areaProperty().set(Area.TRACK);
    }

    @FXML
    private void showCrew() {
        viewModel.areaProperty().set(Area.CREW);
    }

    @FXML
    private void toggleSharedScreen() {
        // the toggle follows the mode, which only changes once the user has chosen or confirmed
        sharedScreenToggle.setSelected(sharedScreen.personProperty().get() != null);
        viewModel.toggleSharedScreen();
    }

    @FXML
    private void editDestination() {
        showDestination();
        destination.editDestination();
    }

    @FXML
    private void changeDestination() {
        showDestination();
        destination.changeDestination();
    }

    @FXML
    private void addGoal() {
        showDestination();
        destination.addGoal();
    }

    @FXML
    private void addStation() {
        showDestination();
        destination.addStation();
    }

    @FXML
    private void checkIn() {
        showDestination();
        destination.checkIn();
    }

    @FXML
    private void raiseHazard() {
        showDestination();
        destination.raiseHazard();
    }

    @FXML
    private void saveJourney() {
        showDestination();
        destination.saveJourney();
    }

    @FXML
    private void showHazards() {
        showDestination();
        destination.showHazards();
    }

    @FXML
    private void addCard() {
        showTrack();
        board.addCard();
    }

    @FXML
    private void closeQuarter() {
        showTrack();
        board.closeQuarter();
    }

    @FXML
    private void addPerson() {
        showCrew();
        crew.addPerson();
    }

    @FXML
    private void renamePerson() {
        showCrew();
        crew.renamePerson();
    }

    @FXML
    private void archivePerson() {
        showCrew();
        crew.archiveOrRestore();
    }

    @FXML
    private void recognisePerson() {
        showCrew();
        crew.recognise();
    }

    @FXML
    private void newOneOnOne() {
        showCrew();
        crew.newOneOnOne();
    }

    @FXML
    private void sharedOneOnOne() {
        showCrew();
        crew.oneOnOneAtSharedScreen();
    }

    @FXML
    private void removePerson() {
        showCrew();
        crew.removePerson();
    }
}
