package org.trackwork.ui.board;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trackwork.domain.ChecklistItem;
import org.trackwork.domain.Person;
import org.trackwork.domain.Task;
import org.trackwork.ui.common.Choices;
import org.trackwork.ui.common.DateFields;
import org.trackwork.ui.common.Fields;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.Target;
import org.trackwork.ui.common.WrappingCell;

/**
 * Binds the card panel at the side of the board: title, description, owner, link, due date, checklist, hazard and
 * history of the card the board opened. Each change is saved as it is made; Esc closes the panel.
 */
public final class CardEditorController {

    private final BoardViewModel viewModel;
    private boolean filling;

    @FXML private VBox editor;
    @FXML private TextField taskTitle;
    @FXML private Label taskProblem;
    @FXML private TextArea taskDescription;
    @FXML private ComboBox<Person> taskOwner;
    @FXML private Button recogniseOwnerButton;
    @FXML private ComboBox<LinkChoice> taskLink;
    @FXML private DatePicker taskDue;
    @FXML private Label taskDueProblem;
    @FXML private ListView<ChecklistItem> checklist;
    @FXML private TextField newItem;
    @FXML private Button hazardButton;
    @FXML private ListView<String> history;

    public CardEditorController(BoardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void recogniseOwner() {
        Person owner = taskOwner.getValue();
        if (owner != null) {
            // the crew area recognises people; the dialog opens over the board, which stays
            viewModel.session().navigator().open(Target.of(Target.Kind.RECOGNISE, owner.id()));
        }
    }

    @FXML
    private void initialize() {
        editor.visibleProperty().bind(viewModel.editingProperty().isNotNull());
        editor.managedProperty().bind(editor.visibleProperty());
        recogniseOwnerButton.disableProperty().bind(taskOwner.valueProperty().isNull());
        taskOwner.setCellFactory(list -> BoardController.nullableCell(Person::name, "board.editor.nobody"));
        taskOwner.setButtonCell(BoardController.nullableCell(Person::name, "board.editor.nobody"));
        taskLink.setConverter(Choices.converter(LinkChoice::label));
        checklist.setCellFactory(list -> new ChecklistCell());
        checklist.setPlaceholder(new Label(Messages.get("board.editor.noItems")));
        history.setItems(viewModel.editingHistory());
        history.setCellFactory(list -> new WrappingCell());
        editor.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                closeEditor();
                event.consume();
            }
        });
        history.setPlaceholder(new Label(Messages.get("board.editor.noHistory")));
        viewModel.editingProperty().addListener((observable, old, task) -> fill(old, task));

        taskTitle.setOnAction(event -> commitTitle());
        taskTitle.focusedProperty().addListener((observable, was, now) -> {
            if (!now) {
                commitTitle();
            }
        });
        taskDescription.focusedProperty().addListener((observable, was, now) -> {
            if (!now && !filling) {
                String description = taskDescription.getText();
                report(viewModel.update(task -> task.withDescription(description)));
            }
        });
        taskOwner.valueProperty().addListener((observable, old, person) -> {
            if (!filling) {
                viewModel.update(task -> task.withOwner(person == null ? null : person.id()));
            }
        });
        taskLink.valueProperty().addListener((observable, old, choice) -> {
            if (!filling && choice != null) {
                viewModel.update(task -> task.linkedTo(choice.goalId(), choice.stationId()));
            }
        });
        Fields.showProblem(taskDue, taskDueProblem, DateFields.strict(taskDue));
        taskDue.valueProperty().addListener((observable, old, date) -> {
            if (!filling) {
                viewModel.update(task -> task.withDue(date));
            }
        });
        newItem.setOnAction(event -> {
            if (!newItem.getText().isBlank()) {
                String problem = viewModel.addChecklistItem(newItem.getText());
                report(problem);
                if (problem == null) {
                    newItem.clear();
                }
            }
        });
    }

    private void commitTitle() {
        if (!filling && viewModel.editingProperty().get() != null) {
            String title = taskTitle.getText();
            report(viewModel.update(task -> task.withTitle(title)));
        }
    }

    private void report(String problem) {
        taskProblem.setText(problem == null ? "" : problem);
        taskProblem.setVisible(problem != null);
        taskProblem.setManaged(problem != null);
    }

    private void fill(Task old, Task task) {
        if (task == null) {
            return;
        }
        filling = true;
        try {
            boolean otherCard = old == null || !old.id().equals(task.id());
            if (otherCard || !taskTitle.isFocused()) {
                taskTitle.setText(task.title());
            }
            if (otherCard || !taskDescription.isFocused()) {
                taskDescription.setText(task.description());
            }
            taskOwner.getItems().setAll(viewModel.people());
            taskOwner.getItems().add(0, null);
            taskOwner.setValue(viewModel.people().stream().filter(p -> p.id().equals(task.ownerId())).findFirst()
                    .orElse(null));
            List<LinkChoice> links = viewModel.linkChoices();
            taskLink.getItems().setAll(links);
            taskLink.setValue(links.stream().filter(choice -> Objects.equals(choice.stationId(),
                    task.stationId()) && (task.stationId() != null
                    || Objects.equals(choice.goalId(), task.goalId()))).findFirst().orElse(links.get(0)));
            taskDue.setValue(task.due());
            checklist.getItems().setAll(task.checklist());
            boolean blocked = viewModel.openHazardOf(task.id()).isPresent();
            hazardButton.setText(Messages.get(blocked ? "board.editor.resolve" : "board.editor.raise"));
            if (otherCard) {
                report(null);
                Platform.runLater(taskTitle::requestFocus);
            }
        } finally {
            filling = false;
        }
    }

    /** Closes the card panel; what was typed in the title or description is saved first, not thrown away. */
    @FXML
    private void closeEditor() {
        commitText();
        viewModel.closeEditor();
    }

    private void commitText() {
        if (!filling && viewModel.isEditing()) {
            String title = taskTitle.getText();
            String description = taskDescription.getText();
            report(viewModel.update(task -> task.withTitle(title).withDescription(description)));
        }
    }

    @FXML
    private void deleteOpen() {
        Task task = viewModel.editingProperty().get();
        if (task != null) {
            viewModel.delete(task.id());
        }
    }

    @FXML
    private void toggleHazard() {
        viewModel.raiseOrResolveHazardOfOpenCard();
    }

    /** A checklist line: tick, text, and buttons to move it up or down or remove it. */
    private final class ChecklistCell extends ListCell<ChecklistItem> {
        private final CheckBox tick = new CheckBox();
        private final Button up = iconButton("fth-arrow-up", "board.editor.itemUp");
        private final Button down = iconButton("fth-arrow-down", "board.editor.itemDown");
        private final Button remove = iconButton("fth-x", "board.editor.itemRemove");
        private final HBox row;

        ChecklistCell() {
            tick.setWrapText(true);
            tick.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(tick, Priority.ALWAYS);
            row = new HBox(2, tick, up, down, remove);
            row.setAlignment(Pos.CENTER_LEFT);
            setPrefWidth(0);
            tick.setOnAction(event -> viewModel.tick(getItem().id(), tick.isSelected()));
            up.setOnAction(event -> viewModel.moveChecklistItem(getItem().id(), -1));
            down.setOnAction(event -> viewModel.moveChecklistItem(getItem().id(), 1));
            remove.setOnAction(event -> viewModel.removeChecklistItem(getItem().id()));
        }

        @Override
        protected void updateItem(ChecklistItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            tick.setText(item.text());
            tick.setSelected(item.done());
            setGraphic(row);
        }
    }

    private static Button iconButton(String icon, String tooltipKey) {
        Button button = new Button();
        button.setGraphic(new FontIcon(icon));
        button.getStyleClass().addAll("flat", "small");
        button.setTooltip(new Tooltip(Messages.get(tooltipKey)));
        return button;
    }
}
