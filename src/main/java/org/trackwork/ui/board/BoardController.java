package org.trackwork.ui.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trackwork.domain.Column;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Person;
import org.trackwork.service.TaskFilter;
import org.trackwork.ui.common.Choices;
import org.trackwork.ui.common.Messages;

/**
 * Binds the track board: the filter bar, the columns of each swimlane (virtualized lists of cards with
 * mouse drag and keyboard moves), and the side panel that edits the open card.
 */
public final class BoardController {

    private final BoardViewModel viewModel;
    private final List<ListView<TaskCard>> lists = new ArrayList<>();
    private UUID focusAfterReload;
    private List<String> shownLanes = List.of();

    @FXML private ComboBox<Person> personFilter;
    @FXML private ComboBox<Goal> goalFilter;
    @FXML private ChoiceBox<TaskFilter.Due> dueFilter;
    @FXML private TextField textFilter;
    @FXML private ChoiceBox<BoardViewModel.Swimlanes> swimlanes;
    @FXML private StackPane boardArea;
    @FXML private ScrollPane laneScroll;

    public BoardController(BoardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        bindFilters();
        viewModel.lanes().addListener((javafx.collections.ListChangeListener<Lane>) change -> showLanes());
        showLanes();
    }

    private void bindFilters() {
        personFilter.getItems().add(null);
        viewModel.people().addListener((javafx.collections.ListChangeListener<Person>) change -> {
            Person chosen = personFilter.getValue();
            personFilter.getItems().setAll(viewModel.people());
            personFilter.getItems().add(0, null);
            personFilter.setValue(chosen);
        });
        personFilter.setCellFactory(list -> nullableCell(Person::name, "board.filter.everyone"));
        personFilter.setButtonCell(nullableCell(Person::name, "board.filter.everyone"));
        personFilter.valueProperty().bindBidirectional(viewModel.personFilterProperty());
        goalFilter.getItems().add(null);
        viewModel.goals().addListener((javafx.collections.ListChangeListener<Goal>) change -> {
            Goal chosen = goalFilter.getValue();
            goalFilter.getItems().setAll(viewModel.goals());
            goalFilter.getItems().add(0, null);
            goalFilter.setValue(chosen);
        });
        goalFilter.setCellFactory(list -> nullableCell(Goal::title, "board.filter.allGoals"));
        goalFilter.setButtonCell(nullableCell(Goal::title, "board.filter.allGoals"));
        goalFilter.valueProperty().bindBidirectional(viewModel.goalFilterProperty());
        dueFilter.getItems().setAll(TaskFilter.Due.values());
        dueFilter.setConverter(Choices.converter(due -> Messages.get("board.filter.due." + due.name())));
        dueFilter.valueProperty().bindBidirectional(viewModel.dueFilterProperty());
        textFilter.textProperty().bindBidirectional(viewModel.textFilterProperty());
        swimlanes.getItems().setAll(BoardViewModel.Swimlanes.values());
        swimlanes.setConverter(Choices.converter(lanes -> Messages.get("board.swimlanes." + lanes.name())));
        swimlanes.valueProperty().bindBidirectional(viewModel.swimlanesProperty());
    }

    @FXML
    private void clearFilters() {
        viewModel.personFilterProperty().set(null);
        viewModel.goalFilterProperty().set(null);
        viewModel.dueFilterProperty().set(TaskFilter.Due.ANY);
        viewModel.textFilterProperty().set("");
    }

    /** Close quarter…: the summary first, then the unfinished cards move on. */
    @FXML
    public void closeQuarter() {
        viewModel.closeQuarter();
    }

    /** Puts the cursor in the Surveyed column's quick-add field, ready to type a card and press Enter. */
    public void addCard() {
        boardArea.lookupAll("#quickAdd" + Column.SURVEYED.name()).stream().findFirst().ifPresent(Node::requestFocus);
    }

    // ---- columns and lanes --------------------------------------------------------------------------------

    private void showLanes() {
        UUID focused = focusAfterReload != null ? focusAfterReload : focusedCard().orElse(null);
        focusAfterReload = null;
        List<Lane> lanes = viewModel.lanes();
        List<String> titles = lanes.stream().map(Lane::title).toList();
        if (titles.equals(shownLanes) && lists.size() == lanes.size() * Column.values().length) {
            // same lanes as shown: refill the lists in place, so scroll positions and selection stay
            for (int i = 0; i < lists.size(); i++) {
                ListView<TaskCard> list = lists.get(i);
                Column column = (Column) list.getProperties().get(Column.class);
                list.getItems().setAll(lanes.get(i / Column.values().length).cards().get(column));
            }
        } else {
            rebuildLanes(lanes);
            shownLanes = titles;
        }
        if (focused != null) {
            Platform.runLater(() -> focusCard(focused));
        }
    }

    private void rebuildLanes(List<Lane> lanes) {
        lists.clear();
        if (lanes.size() == 1 && lanes.get(0).title().isEmpty()) {
            HBox board = laneRow(lanes.get(0), true);
            laneScroll.setVisible(false);
            boardArea.getChildren().setAll(board, laneScroll);
        } else {
            VBox rows = new VBox(16);
            for (int i = 0; i < lanes.size(); i++) {
                Label title = new Label(lanes.get(i).title());
                title.getStyleClass().addAll("title-4", "lane-title");
                HBox row = laneRow(lanes.get(i), i == 0);
                row.setPrefHeight(Region.USE_COMPUTED_SIZE);
                rows.getChildren().addAll(title, row);
            }
            laneScroll.setContent(rows);
            laneScroll.setVisible(true);
            boardArea.getChildren().setAll(laneScroll);
        }
    }

    private HBox laneRow(Lane lane, boolean withHeaders) {
        HBox row = new HBox(12);
        for (Column column : Column.values()) {
            VBox pane = new VBox(6);
            pane.getStyleClass().add("board-column");
            HBox.setHgrow(pane, Priority.ALWAYS);
            pane.setPrefWidth(0);
            if (withHeaders) {
                pane.getChildren().addAll(header(column), quickAdd(column));
            }
            ListView<TaskCard> list = cardList(column, lane.cards().get(column), lane.title().isEmpty());
            pane.getChildren().add(list);
            VBox.setVgrow(list, Priority.ALWAYS);
            row.getChildren().add(pane);
        }
        return row;
    }

    private HBox header(Column column) {
        Label title = new Label();
        title.setId("header" + column.name());
        title.getStyleClass().add("title-4");
        title.textProperty().bind(viewModel.headerProperty(column));
        // the header lives only as long as its lane row: a weak listener, held by the label, lets a rebuilt board
        // free the rows it dropped
        ChangeListener<Boolean> over = (observable, old, now) -> markOver(title, now);
        title.getProperties().put(ChangeListener.class, over);
        viewModel.overLimitProperty(column).addListener(new WeakChangeListener<>(over));
        markOver(title, viewModel.overLimitProperty(column).get());
        Button limit = new Button();
        limit.setId("limit" + column.name());
        limit.setGraphic(new FontIcon("fth-sliders"));
        limit.getStyleClass().add("flat");
        limit.setTooltip(new Tooltip(Messages.get("board.limit.tooltip")));
        limit.setOnAction(event -> viewModel.askLimit(column));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(6, title, spacer, limit);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private static void markOver(Label title, Boolean over) {
        title.getStyleClass().remove("over-limit");
        if (Boolean.TRUE.equals(over)) {
            title.getStyleClass().add("over-limit");
        }
    }

    private TextField quickAdd(Column column) {
        TextField field = new TextField();
        field.setId("quickAdd" + column.name());
        field.setPromptText(Messages.get("board.quickAdd.prompt"));
        field.setOnAction(event -> {
            if (field.getText().isBlank()) {
                return;
            }
            String problem = viewModel.quickAdd(column, field.getText());
            field.getStyleClass().remove("invalid");
            if (problem == null) {
                field.setTooltip(null);
                field.clear();
            } else {
                // the field keeps the text, turns red and says why at once, under the field
                field.getStyleClass().add("invalid");
                Tooltip why = new Tooltip(problem);
                field.setTooltip(why);
                javafx.geometry.Bounds at = field.localToScreen(field.getBoundsInLocal());
                if (at != null) {
                    why.show(field, at.getMinX(), at.getMaxY() + 2);
                }
            }
        });
        return field;
    }

    private ListView<TaskCard> cardList(Column column, List<TaskCard> cards, boolean fill) {
        ListView<TaskCard> list = new ListView<>(javafx.collections.FXCollections.observableArrayList(cards));
        list.setId("list" + column.name());
        list.getStyleClass().add("card-list");
        list.getProperties().put(Column.class, column);
        list.setCellFactory(view -> new CardCell(view, column));
        Label empty = new Label(viewModel.emptyText(column));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        if (!fill) {
            // a swimlane's list is as tall as its cards (up to six), also after it is refilled in place
            list.prefHeightProperty().bind(Bindings.createDoubleBinding(
                    () -> Math.max(90, Math.min(list.getItems().size(), 6) * 74 + 8.0), list.getItems()));
        }
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> onKey(list, column, event));
        list.setOnMouseDragReleased(event -> drop(event, column, null));
        lists.add(list);
        return list;
    }

    private void onKey(ListView<TaskCard> list, Column column, KeyEvent event) {
        TaskCard card = list.getSelectionModel().getSelectedItem();
        int dx = event.getCode() == KeyCode.LEFT ? -1 : event.getCode() == KeyCode.RIGHT ? 1 : 0;
        int dy = event.getCode() == KeyCode.UP ? -1 : event.getCode() == KeyCode.DOWN ? 1 : 0;
        if (event.isShortcutDown() && card != null && (dx != 0 || dy != 0)) {
            focusAfterReload = card.id();
            viewModel.moveByKey(card.id(), lists.indexOf(list) / Column.values().length, dx, dy);
            event.consume();
        } else if (dx != 0 && !event.isShortcutDown()) {
            neighbour(list, dx).ifPresent(next -> focusRow(next, list.getSelectionModel().getSelectedIndex()));
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER && card != null) {
            viewModel.open(card.id());
            event.consume();
        } else if (event.getCode() == KeyCode.DELETE && card != null) {
            viewModel.delete(card.id());
            event.consume();
        }
    }

    /** The column list left or right of this one, in the same swimlane. */
    private Optional<ListView<TaskCard>> neighbour(ListView<TaskCard> list, int dx) {
        int index = lists.indexOf(list);
        int next = index + dx;
        int columns = Column.values().length;
        if (next < 0 || next >= lists.size() || next / columns != index / columns) {
            return Optional.empty();
        }
        return Optional.of(lists.get(next));
    }

    private static void focusRow(ListView<TaskCard> list, int wanted) {
        int row = Math.min(Math.max(0, wanted), list.getItems().size() - 1);
        list.requestFocus();
        if (row >= 0) {
            list.getSelectionModel().select(row);
            list.getFocusModel().focus(row);
        }
    }

    private Optional<UUID> focusedCard() {
        return lists.stream().filter(Node::isFocused).map(l -> l.getSelectionModel().getSelectedItem())
                .filter(java.util.Objects::nonNull).map(TaskCard::id).findFirst();
    }

    private void focusCard(UUID id) {
        for (ListView<TaskCard> list : lists) {
            for (int i = 0; i < list.getItems().size(); i++) {
                if (list.getItems().get(i).id().equals(id)) {
                    list.requestFocus();
                    list.getSelectionModel().select(i);
                    list.getFocusModel().focus(i);
                    list.scrollTo(i);
                    return;
                }
            }
        }
    }

    private void drop(MouseDragEvent event, Column column, TaskCard before) {
        Object dragged = event.getGestureSource() instanceof CardCell cell && cell.getItem() != null
                ? cell.getItem().id() : null;
        if (dragged instanceof UUID id && (before == null || !before.id().equals(id))) {
            focusAfterReload = id;
            viewModel.moveBefore(id, column, before == null ? null : before.id());
        }
        event.consume();
    }

    /** A card: title, link, due date (red when overdue), checklist, owner's initials, and a boulder while blocked. */
    private final class CardCell extends ListCell<TaskCard> {
        private final Label title = new Label();
        private final Label link = new Label();
        private final Label due = new Label();
        private final Label checklistText = new Label();
        private final Label owner = new Label();
        private final Label blocked = new Label();
        private final VBox card;

        CardCell(ListView<TaskCard> list, Column column) {
            title.setWrapText(true);
            title.getStyleClass().add("card-title");
            title.maxWidthProperty().bind(list.widthProperty().subtract(40));
            title.setMinHeight(Region.USE_PREF_SIZE);
            link.getStyleClass().addAll("text-small", "text-muted");
            link.maxWidthProperty().bind(list.widthProperty().subtract(40));
            due.getStyleClass().add("text-small");
            checklistText.getStyleClass().add("text-small");
            owner.getStyleClass().add("avatar-small");
            blocked.getStyleClass().add("blocked");
            blocked.setGraphic(new FontIcon("fth-alert-triangle"));
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox meta = new HBox(8, due, checklistText, blocked, spacer, owner);
            meta.setAlignment(Pos.CENTER_LEFT);
            card = new VBox(4, title, link, meta);
            card.getStyleClass().add("card");
            setPrefWidth(0);
            setOnDragDetected(event -> {
                if (getItem() != null && event.getButton() == MouseButton.PRIMARY) {
                    startFullDrag();
                    getStyleClass().add("dragging");
                }
            });
            setOnMouseReleased(event -> getStyleClass().remove("dragging"));
            setOnMouseDragEntered(event -> getStyleClass().add("drop-target"));
            setOnMouseDragExited(event -> getStyleClass().remove("drop-target"));
            setOnMouseDragReleased(event -> {
                getStyleClass().remove("drop-target");
                drop(event, column, getItem());
            });
            setOnMouseClicked(event -> {
                if (getItem() != null && event.getClickCount() == 2) {
                    viewModel.open(getItem().id());
                }
            });
        }

        @Override
        protected void updateItem(TaskCard item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title());
            link.setText(item.link());
            link.setVisible(!item.link().isEmpty());
            link.setManaged(!item.link().isEmpty());
            due.setText(item.due());
            due.getStyleClass().remove("overdue");
            if (item.overdue()) {
                due.getStyleClass().add("overdue");
            }
            checklistText.setText(item.checklist());
            blocked.setText(item.blocked());
            blocked.setVisible(item.hazard());
            blocked.setManaged(item.hazard());
            owner.setText(item.ownerInitials());
            owner.setVisible(!item.ownerInitials().isEmpty());
            owner.setTooltip(item.owner().isEmpty() ? null : new Tooltip(item.owner()));
            setGraphic(card);
        }
    }

    /** A cell that shows a record's words, or the words for none when the choice is empty. */
    static <T> ListCell<T> nullableCell(java.util.function.Function<T, String> label, String noneKey) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Messages.get(noneKey) : label.apply(item));
            }
        };
    }
}
