package org.trackwork.ui.crew;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.trackwork.domain.Person;
import org.trackwork.ui.common.Messages;

/** Binds the crew roster view to its view model. */
public final class CrewController {

    private final CrewViewModel viewModel;

    @FXML private TextField newNameField;
    @FXML private Button addButton;
    @FXML private Label newNameProblem;
    @FXML private ListView<Person> crewList;
    @FXML private Button renameButton;
    @FXML private Button removeButton;

    public CrewController(CrewViewModel viewModel) {
        this.viewModel = viewModel;
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
        crewList.setPlaceholder(new Label(Messages.get("crew.empty")));
        crewList.getSelectionModel().selectedItemProperty().addListener(
                (observable, old, person) -> viewModel.selectedProperty().set(person));
        viewModel.selectedProperty().addListener((observable, old, person) -> {
            if (person != crewList.getSelectionModel().getSelectedItem()) {
                crewList.getSelectionModel().select(person);
            }
        });
        crewList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                removePerson();
                event.consume();
            }
        });
        renameButton.disableProperty().bind(viewModel.selectedProperty().isNull());
        removeButton.disableProperty().bind(viewModel.selectedProperty().isNull());
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

    /** A roster row: an initials avatar, the name, the role and a mark for the manager. */
    private static final class PersonCell extends ListCell<Person> {
        private final Label avatar = new Label();
        private final Label name = new Label();
        private final Label role = new Label();
        private final Label managerTag = new Label(Messages.get("crew.manager"));
        private final javafx.scene.layout.HBox row;

        PersonCell() {
            avatar.getStyleClass().add("avatar");
            name.getStyleClass().add("person-name");
            role.getStyleClass().add("person-role");
            managerTag.getStyleClass().add("manager-tag");
            javafx.scene.layout.VBox text = new javafx.scene.layout.VBox(2, name, role);
            row = new javafx.scene.layout.HBox(12, avatar, text, managerTag);
            row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(Person person, boolean empty) {
            super.updateItem(person, empty);
            if (empty || person == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            avatar.setText(person.initials());
            name.setText(person.name());
            role.setText(person.role().isEmpty() ? Messages.get("crew.noRole") : person.role());
            managerTag.setVisible(person.manager());
            managerTag.setManaged(person.manager());
            setText(null);
            setGraphic(row);
        }
    }
}
