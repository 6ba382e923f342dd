package org.trackwork.ui.crew;

import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trackwork.domain.Person;
import org.trackwork.ui.common.Messages;

/** Binds the crew roster view to its view model; the pane of the selected person has a controller of its own. */
public final class CrewController {

    private final CrewViewModel viewModel;
    private final PersonController person;

    @FXML private TextField newNameField;
    @FXML private Button addButton;
    @FXML private Label newNameProblem;
    @FXML private ListView<Person> crewList;
    @FXML private Button renameButton;
    @FXML private Button removeButton;
    @FXML private Button archiveButton;
    @FXML private FontIcon archiveIcon;
    @FXML private Tooltip archiveTooltip;
    @FXML private CheckBox showArchivedBox;

    public CrewController(CrewViewModel viewModel) {
        this.viewModel = viewModel;
        this.person = new PersonController(viewModel.person());
    }

    /** The controller of the person pane, which CrewView.fxml includes. */
    public PersonController personController() {
        return person;
    }

    @FXML
    private void initialize() {
        newNameField.textProperty().bindBidirectional(viewModel.newNameProperty());
        newNameField.setOnAction(event -> viewModel.add());
        addButton.disableProperty().bind(viewModel.canAdd().not());
        newNameProblem.textProperty().bind(viewModel.newNameProblemProperty());
        newNameProblem.visibleProperty().bind(newNameProblem.textProperty().isNotEmpty());
        newNameProblem.managedProperty().bind(newNameProblem.visibleProperty());

        crewList.setItems(viewModel.visiblePeople());
        crewList.setCellFactory(list -> new PersonCell());
        // a row's recognition line changes with the snapshot even when the person record does not
        viewModel.visiblePeople().addListener((ListChangeListener<Person>) change -> crewList.refresh());
        crewList.setPlaceholder(new Label(Messages.get("crew.empty")));
        crewList.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, person) -> viewModel.selectedProperty().set(person));
        viewModel.selectedProperty().addListener((observable, old, person) -> {
            if (person != crewList.getSelectionModel().getSelectedItem()) {
                crewList.getSelectionModel().select(person);
            }
        });
        // the list selects on press, before the field being typed in loses focus: save the typing first
        crewList.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_PRESSED, event -> person.commitTyping());
        crewList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                removePerson();
                event.consume();
            }
        });
        renameButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        removeButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        archiveButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        var archivedSelected = viewModel.selectedProperty().map(Person::archived).orElse(false);
        archiveButton.textProperty().bind(archivedSelected.map(archived ->
                Messages.get(archived ? "crew.restore" : "crew.archive")));
        archiveTooltip.textProperty().bind(archivedSelected.map(archived ->
                Messages.get(archived ? "crew.restore.tooltip" : "crew.archive.tooltip")));
        archivedSelected.addListener((observable, was, archived) ->
                archiveIcon.setIconLiteral(archived ? "fth-rotate-ccw" : "fth-archive"));
        showArchivedBox.selectedProperty().bindBidirectional(viewModel.showArchivedProperty());
        crewList.setContextMenu(rosterMenu(archivedSelected));
    }

    /** A right click on someone in the roster offers what the Crew menu does for them. */
    private ContextMenu rosterMenu(javafx.beans.value.ObservableValue<Boolean> archivedSelected) {
        MenuItem recognise = new MenuItem(Messages.get("person.recognise"));
        recognise.setOnAction(event -> recognise());
        MenuItem rename = new MenuItem(Messages.get("menu.crew.rename"));
        rename.setOnAction(event -> renamePerson());
        MenuItem archive = new MenuItem();
        archive.textProperty().bind(archivedSelected.map(archived ->
                Messages.get(archived ? "crew.restore" : "crew.archive")));
        archive.setOnAction(event -> archiveOrRestore());
        MenuItem remove = new MenuItem(Messages.get("menu.crew.remove"));
        remove.setOnAction(event -> removePerson());
        ContextMenu menu = new ContextMenu(recognise, rename, archive, new SeparatorMenuItem(), remove);
        menu.setOnShowing(event -> menu.getItems().forEach(item ->
                item.setDisable(viewModel.selectedProperty().get() == null)));
        return menu;
    }

    /** Archives the selected person, or restores them when they are archived. */
    @FXML
    public void archiveOrRestore() {
        viewModel.archiveOrRestoreSelected();
    }

    /** Recognises the selected person through the Recognise dialog. */
    public void recognise() {
        person.recognise();
    }

    /** Recognises someone shown elsewhere (a card's owner), without leaving the area the user is in. */
    public void recognise(Person someone) {
        person.recognise(someone);
    }

    /** Writes the summary of the selected person's shown one-on-one to a PDF. */
    public void exportOneOnOneSummary() {
        person.exportOneOnOneSummary();
    }

    /** Says how a one-on-one's summary is written to PDF. */
    public void setSummaryExport(BiConsumer<UUID, UUID> export) {
        person.setSummaryExport(export);
    }

    /** Starts a one-on-one with the selected person. */
    public void newOneOnOne() {
        person.newOneOnOne();
    }

    /** Holds today's one-on-one with the selected person at a shared screen. */
    public void oneOnOneAtSharedScreen() {
        person.oneOnOneAtSharedScreen();
    }

    @FXML
    private void onAdd() {
        viewModel.add();
        newNameField.requestFocus();
    }

    /** Puts the cursor in the new-name field, ready to type a name and press Enter. */
    public void addPerson() {
        newNameField.requestFocus();
    }

    @FXML
    public void renamePerson() {
        viewModel.selected().ifPresent(person -> viewModel.session().dialogs()
                .askText(Messages.get("crew.rename.title"), Messages.get("crew.rename.label", person.name()),
                        person.name(), CrewViewModel::problemWith)
                .ifPresent(name -> viewModel.rename(person, name)));
    }

    @FXML
    public void removePerson() {
        viewModel.selected().ifPresent(person -> {
            if (viewModel.session().dialogs().confirm(Messages.get("crew.remove.title"),
                    Messages.get("crew.remove.message", person.name()), Messages.get("crew.remove.button"))) {
                viewModel.remove(person);
            }
        });
    }

    /**
     * A roster row: an initials avatar, the name, the role, when they were last recognised, and marks for the
     * manager, an archived person and someone due for recognition.
     */
    private final class PersonCell extends ListCell<Person> {
        private final Label avatar = new Label();
        private final Label name = new Label();
        private final Label role = new Label();
        private final Label recognised = new Label();
        private final Label managerTag = new Label(Messages.get("crew.manager"));
        private final Label archivedTag = new Label(Messages.get("crew.archivedTag"));
        private final Label dueTag = new Label(Messages.get("crew.recognitionDue"));
        private final javafx.scene.layout.HBox row;

        PersonCell() {
            avatar.getStyleClass().add("avatar");
            name.getStyleClass().add("person-name");
            role.getStyleClass().add("person-role");
            recognised.getStyleClass().add("recognised");
            managerTag.getStyleClass().add("manager-tag");
            archivedTag.getStyleClass().add("archived-tag");
            dueTag.getStyleClass().add("recognition-due-tag");
            for (Label tag : new Label[] {managerTag, archivedTag, dueTag}) {
                // the name gives way first: a tag cut short says nothing
                tag.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            javafx.scene.layout.VBox text = new javafx.scene.layout.VBox(2, name, role, recognised);
            javafx.scene.layout.Pane gap = new javafx.scene.layout.Pane();
            javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
            javafx.scene.layout.HBox tags = new javafx.scene.layout.HBox(6, managerTag, dueTag, archivedTag);
            tags.setAlignment(javafx.geometry.Pos.CENTER_RIGHT);
            row = new javafx.scene.layout.HBox(12, avatar, text, gap, tags);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            // size to the list, not to the content, so a long name never brings a sideways scroll bar
            setPrefWidth(0);
            text.setMinWidth(0);
        }

        @Override
        protected void updateItem(Person person, boolean empty) {
            super.updateItem(person, empty);
            if (empty || person == null) {
                mark("archived", false);
                mark("recognition-due", false);
                setGraphic(null);
                setText(null);
                return;
            }
            avatar.setText(person.initials());
            name.setText(person.name());
            role.setText(person.role().isEmpty() ? Messages.get("crew.noRole") : person.role());
            recognised.setText(viewModel.recognitionText(person));
            boolean due = viewModel.recognitionDue(person);
            show(managerTag, person.manager());
            show(archivedTag, person.archived());
            show(dueTag, due);
            mark("archived", person.archived());
            mark("recognition-due", due);
            setText(null);
            setGraphic(row);
        }

        private void show(Label tag, boolean shown) {
            tag.setVisible(shown);
            tag.setManaged(shown);
        }

        private void mark(String styleClass, boolean on) {
            getStyleClass().remove(styleClass);
            if (on) {
                getStyleClass().add(styleClass);
            }
        }
    }
}
