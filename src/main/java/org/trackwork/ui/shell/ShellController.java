package org.trackwork.ui.shell;

import atlantafx.base.controls.CustomTextField;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trackwork.domain.Quarter;
import org.trackwork.service.SharedPersonView;
import org.trackwork.store.WorkbookGone;
import org.trackwork.ui.common.Area;
import org.trackwork.ui.common.MenuAction;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.Navigator;
import org.trackwork.ui.common.SaveState;
import org.trackwork.ui.common.Target;
import org.trackwork.ui.print.PaperMenu;
import org.trackwork.ui.print.PrintCommands;
import org.trackwork.ui.search.SearchPalette;
import org.trackwork.ui.search.SearchViewModel;

/**
 * Binds the main window to its view model: the menu bar, navigation and status line are built from the registered
 * areas, and every menu command not marked safe for a shared screen is shut while one takes the main window.
 */
public final class ShellController implements Navigator {

    private final ShellViewModel viewModel;
    private final List<Area> areas;
    private final List<MenuAction> exports;
    private final Parent sharedScreenView;
    private final SharedScreenViewModel sharedScreen;
    private final SharedScreenWindow sharedScreenWindow;
    private final ObservableValue<SaveState> saveState;
    private final PrintCommands print;
    private final Map<String, ToggleButton> navButtons = new LinkedHashMap<>();
    private final EventHandler<WindowEvent> onHidden = this::windowHidden;
    private final ChangeListener<Boolean> onFocus = this::windowFocused;
    private ObservableValue<Window> mainWindow;
    private Menu openRecentMenu;
    private SearchPalette palette;
    private MenuItem undoItem;
    private MenuItem redoItem;

    @FXML private MenuBar menuBar;
    @FXML private Label workbookName;
    @FXML private ComboBox<Quarter> quarterPicker;
    @FXML private CustomTextField searchField;
    @FXML private ToggleButton sharedScreenToggle;
    @FXML private ToggleButton darkThemeToggle;
    @FXML private VBox navigation;
    @FXML private StackPane content;
    @FXML private VBox noWorkbookPane;
    @FXML private FontIcon saveIcon;
    @FXML private Label saveLabel;
    @FXML private HBox statusItems;
    @FXML private HBox busyBox;
    @FXML private ProgressBar busyBar;
    @FXML private Label busyLabel;

    /**
     * @param areas the areas, in the order of the navigation
     * @param print printing, which adds its commands to the File menu
     */
    public ShellController(ShellViewModel viewModel, List<Area> areas, Parent sharedScreenView,
                           ObservableValue<SaveState> saveState, PrintCommands print) {
        this.viewModel = viewModel;
        this.areas = List.copyOf(areas);
        this.print = print;
        this.exports = print.fileMenu();
        this.sharedScreenView = sharedScreenView;
        this.sharedScreen = viewModel.sharedScreen();
        this.sharedScreenWindow = new SharedScreenWindow(sharedScreen, sharedScreenView);
        this.saveState = saveState;
        viewModel.session().setNavigator(this);
    }

    @FXML
    private void initialize() {
        workbookName.textProperty().bind(viewModel.workbookNameProperty());
        bindQuarterPicker();
        palette = SearchPalette.attach(searchField, new SearchViewModel(viewModel.session(),
                () -> Optional.ofNullable(sharedScreen.personProperty().get())
                        .filter(shown -> sharedScreen.inMainWindowProperty().get())
                        .map(SharedPersonView::personId)));
        buildMenus();
        bindNavigation();
        bindUndo();
        darkThemeToggle.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        bindSharedScreen();
        bindRecent();
        bindStatusLine();
    }

    // ---- the menu bar, built from the shell's commands and the areas' -----------------------------------

    private void buildMenus() {
        openRecentMenu = new Menu(Messages.get("menu.file.recent"));
        openRecentMenu.setId("openRecentMenu");
        Menu paperMenu = new Menu(Messages.get("menu.file.paper"));
        paperMenu.setId("paperMenu");
        PaperMenu.fill(paperMenu, print.paperProperty());

        Menu file = MenuBarItems.menu("fileMenu", "menu.file");
        MenuBarItems.add(file, MenuAction.of("newItem", "menu.file.new", "Shortcut+N", viewModel::newWorkbook));
        MenuBarItems.add(file, MenuAction.of("sampleItem", "menu.file.sample", "Shortcut+Alt+N", viewModel::newSampleWorkbook));
        MenuBarItems.add(file, MenuAction.of("openItem", "menu.file.open", "Shortcut+O", viewModel::openWorkbook));
        file.getItems().add(openRecentMenu);
        MenuBarItems.add(file, MenuAction.of("saveCopyItem", "menu.file.saveCopy", "Shortcut+Alt+S", viewModel::saveCopyAs)
                .afterSeparator());
        MenuBarItems.add(file, MenuAction.of("restoreItem", "menu.file.restore", "Shortcut+Alt+R",
                viewModel::restoreFromBackup));
        MenuBarItems.add(file, MenuAction.of("checkItem", "menu.file.check", "Shortcut+Alt+K", viewModel::checkWorkbook));
        exports.forEach(action -> MenuBarItems.add(file, action));
        areas.forEach(area -> area.fileMenu().forEach(action -> MenuBarItems.add(file, action)));
        file.getItems().add(paperMenu);
        MenuBarItems.add(file, MenuAction.of("quitItem", "menu.file.quit", "Shortcut+Q", Platform::exit).safeOnSharedScreen()
                .afterSeparator());

        Menu edit = MenuBarItems.menu("editMenu", "menu.edit");
        // undo and redo refuse by themselves while the shared screen shows, and say nothing of what they would undo
        undoItem = MenuBarItems.add(edit, MenuAction.of("undoItem", "menu.edit.undo", "Shortcut+Z", this::undo)
                .safeOnSharedScreen());
        redoItem = MenuBarItems.add(edit, MenuAction.of("redoItem", "menu.edit.redo", "Shortcut+Shift+Z", this::redo)
                .safeOnSharedScreen());
        // search on a shared screen searches only what that screen shows, through queries of its own
        MenuBarItems.add(edit, MenuAction.of("searchItem", "menu.edit.search", "Shortcut+K", this::find).safeOnSharedScreen()
                .afterSeparator());

        Menu view = MenuBarItems.menu("viewMenu", "menu.view");
        for (int i = 0; i < areas.size(); i++) {
            Area area = areas.get(i);
            MenuBarItems.add(view, MenuAction.of(area.name() + "Item", area.titleKey(),
                    i < 9 ? "Shortcut+" + (i + 1) : null, () -> show(area)));
        }
        MenuBarItems.add(view, MenuAction.of("sharedScreenItem", "menu.view.shared", "Shortcut+Shift+S", this::toggleSharedScreen)
                .safeOnSharedScreen().afterSeparator());
        CheckMenuItem dark = new CheckMenuItem(Messages.get("menu.view.dark"));
        dark.setId("darkThemeItem");
        dark.setAccelerator(KeyCombination.valueOf("Shortcut+Shift+D"));
        dark.selectedProperty().bindBidirectional(viewModel.darkThemeProperty());
        dark.getProperties().put(MenuAction.class, MenuAction.of("darkThemeItem", "menu.view.dark", null, () -> { })
                .safeOnSharedScreen());
        view.getItems().add(dark);

        menuBar.getMenus().setAll(file, edit, view);
        for (Area area : areas) {
            Menu own = MenuBarItems.menu(area.name() + "Menu", area.menuKey());
            area.menu().forEach(action -> MenuBarItems.add(own, () -> {
                show(area);
                action.run().run();
            }, action));
            menuBar.getMenus().add(own);
        }
    }

    // ---- navigation -----------------------------------------------------------------------------------------

    private void show(Area area) {
        viewModel.areaProperty().set(area.name());
    }

    /**
     * Opens a place in the area that knows it, after showing that area. While the shared screen takes the window it
     * only turns the shared screen to the page for that place: nothing else may show.
     */
    @Override
    public void open(Target target) {
        if (sharedScreen.inMainWindowProperty().get()) {
            sharedScreen.show(target.kind());
            return;
        }
        areas.stream().filter(area -> area.opens().contains(target.kind())).findFirst().ifPresent(area -> {
            if (!target.kind().inPlace()) {
                show(area);
            }
            area.open(target);
        });
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
        ToggleGroup group = new ToggleGroup();
        for (Area area : areas) {
            ToggleButton button = new ToggleButton(Messages.get(area.titleKey()), new FontIcon(area.icon()));
            button.setId(area.name() + "Nav");
            button.getStyleClass().add("nav-button");
            button.setMaxWidth(Double.MAX_VALUE);
            button.setToggleGroup(group);
            button.setUserData(area);
            navButtons.put(area.name(), button);
            navigation.getChildren().add(button);
        }
        if (viewModel.areaProperty().get() == null || !navButtons.containsKey(viewModel.areaProperty().get())) {
            viewModel.areaProperty().set(areas.get(0).name());
        }
        group.selectedToggleProperty().addListener((observable, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            } else {
                show((Area) selected.getUserData());
            }
        });
        viewModel.areaProperty().addListener((observable, old, area) -> {
            navButtons.get(area).setSelected(true);
            showContent();
        });
        navButtons.get(viewModel.areaProperty().get()).setSelected(true);
        viewModel.session().workbookProperty().addListener((observable, old, workbook) -> showContent());
        showContent();
    }

    private Parent shownArea() {
        String name = viewModel.areaProperty().get();
        return areas.stream().filter(area -> area.name().equals(name)).findFirst().orElse(areas.get(0)).view();
    }

    /** Shows the shared screen in the main window or in its own, never in both: it is one view, moved. */
    private void showContent() {
        boolean inMainWindow = sharedScreen.inMainWindowProperty().get();
        if (inMainWindow || sharedScreen.personProperty().get() == null) {
            sharedScreenWindow.close();
        }
        Parent view = inMainWindow ? sharedScreenView
                : viewModel.session().workbook() == null ? noWorkbookPane
                : shownArea();
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
            if (old != null) {
                forget(old);
            }
            if (window != null) {
                window.addEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
                window.focusedProperty().addListener(onFocus);
            }
        });
        navigation.disableProperty().bind(shared);
        quarterPicker.disableProperty().bind(shared);
        MenuBarItems.unsafeOnSharedScreen(menuBar).forEach(item -> item.disableProperty().bind(shared));
        hideSearchWhileShared(shared);
    }

    private void windowHidden(WindowEvent event) {
        sharedScreen.end();
    }

    private void windowFocused(ObservableValue<? extends Boolean> focus, Boolean was, Boolean focused) {
        if (focused) {
            viewModel.windowCameToFront();
        }
    }

    /** Takes this window's handlers off a stage it no longer shows (a stage may be shown again by another). */
    private void forget(Window window) {
        window.removeEventHandler(WindowEvent.WINDOW_HIDDEN, onHidden);
        window.focusedProperty().removeListener(onFocus);
    }

    /** Lets go of the stage when the window closes, so nothing of it stays reachable from there. */
    public void dispose() {
        Window window = mainWindow == null ? null : mainWindow.getValue();
        if (window != null) {
            forget(window);
        }
    }

    /**
     * What the manager typed in the search box (a name, perhaps) must not stand in the top bar while the report
     * looks on: it is put away while the shared screen takes the main window, and given back after.
     */
    private void hideSearchWhileShared(BooleanBinding shared) {
        String[] typed = {""};
        shared.addListener((observable, was, now) -> {
            // the palette closes either way: what it listed was searched in the other scope
            if (now) {
                typed[0] = searchField.getText();
                palette.setQuietly("");
            } else {
                palette.setQuietly(typed[0]);
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
        // what the areas show down here (the open hazards) is about the workbook: put away on the shared screen
        for (Area area : areas) {
            for (Node item : area.statusItems()) {
                HBox holder = new HBox(item);
                holder.setAlignment(Pos.CENTER_LEFT);
                holder.visibleProperty().bind(sharedScreen.inMainWindowProperty().not());
                holder.managedProperty().bind(holder.visibleProperty());
                statusItems.getChildren().add(holder);
            }
        }
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

    /** Never while the shared screen takes the main window: undo must not bring back what it does not show. */
    private void undo() {
        if (!sharedScreen.inMainWindowProperty().get()) {
            viewModel.session().undo();
        }
    }

    private void redo() {
        if (!sharedScreen.inMainWindowProperty().get()) {
            viewModel.session().redo();
        }
    }

    private void find() {
        palette.focus();
    }

    @FXML
    private void toggleSharedScreen() {
        // the toggle follows the mode, which only changes once the user has chosen or confirmed
        sharedScreenToggle.setSelected(sharedScreen.personProperty().get() != null);
        viewModel.toggleSharedScreen();
    }
}
