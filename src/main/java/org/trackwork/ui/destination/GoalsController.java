package org.trackwork.ui.destination;

import java.util.UUID;
import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Station;
import org.trackwork.ui.common.Messages;

/** Binds the quarter's plan (goals with their stations) and the selected station's check-ins. */
public final class GoalsController {

    private final GoalsViewModel viewModel;
    private final DestinationViewModel destination;

    @FXML private ListView<PlanRow> planList;
    @FXML private ListView<String> checkInList;
    @FXML private Button addStationButton;
    @FXML private Button editButton;
    @FXML private Button checkInButton;
    @FXML private Button deleteButton;

    public GoalsController(DestinationViewModel destination) {
        this.destination = destination;
        this.viewModel = destination.goals();
    }

    @FXML
    private void initialize() {
        planList.setItems(viewModel.rows());
        planList.setCellFactory(list -> new PlanCell());
        Label empty = new Label();
        empty.setWrapText(true);
        empty.textProperty().bind(viewModel.session().quarterProperty().map(quarter ->
                Messages.get("goals.empty", quarter)));
        planList.setPlaceholder(empty);
        planList.getSelectionModel().selectedItemProperty().addListener((observable, old, row) ->
                viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((observable, old, row) -> {
            if (row != planList.getSelectionModel().getSelectedItem()) {
                planList.getSelectionModel().select(row);
                if (row != null) {
                    planList.scrollTo(row);
                }
            }
        });
        planList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                deleteSelected();
            } else if (event.getCode() == KeyCode.ENTER) {
                editSelected();
            }
        });
        planList.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                editSelected();
            }
        });
        checkInList.setItems(viewModel.checkIns());
        Label noCheckIns = new Label(Messages.get("checkIn.empty"));
        noCheckIns.setWrapText(true);
        checkInList.setPlaceholder(noCheckIns);
        var nothingSelected = viewModel.selectedProperty().isNull();
        addStationButton.disableProperty().bind(nothingSelected);
        editButton.disableProperty().bind(nothingSelected);
        deleteButton.disableProperty().bind(nothingSelected);
        checkInButton.disableProperty().bind(viewModel.selectedProperty().map(row -> !row.isStation())
                .orElse(true));
    }

    @FXML
    public void addGoal() {
        if (destination.current().isEmpty()) {
            viewModel.session().dialogs().showError(Messages.get("goal.add.title",
                    viewModel.session().quarterProperty().get()), Messages.get("goal.problem.noDestination"));
            return;
        }
        UUID destinationId = destination.current().get().id();
        viewModel.session().dialogs().show(new GoalDialog(null, destinationId,
                        viewModel.session().quarterProperty().get(), viewModel.nextGoalPosition(),
                        viewModel.snapshot().people()))
                .ifPresent(goal -> viewModel.saveGoal(null, goal));
    }

    @FXML
    public void addStation() {
        viewModel.selectedGoal().ifPresent(goal -> viewModel.session().dialogs()
                .show(new StationDialog(null, false, goal.id(), viewModel.nextStationPosition(goal.id()),
                        goal.quarter().lastDay(), destination.horizonProperty().get()))
                .ifPresent(answer -> viewModel.saveStation(null, answer.station(), answer.countsLaidTasks())));
    }

    @FXML
    private void editSelected() {
        PlanRow row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        var dialogs = viewModel.session().dialogs();
        if (row.isStation()) {
            Station station = row.station();
            dialogs.show(new StationDialog(station, viewModel.countsLaidTasks(station), station.goalId(),
                    station.position(), station.due(), destination.horizonProperty().get()))
                    .ifPresent(answer -> viewModel.saveStation(station, answer.station(), answer.countsLaidTasks()));
        } else {
            Goal goal = row.goal();
            dialogs.show(new GoalDialog(goal, goal.destinationId(), goal.quarter(), goal.position(),
                    viewModel.snapshot().people())).ifPresent(after -> viewModel.saveGoal(goal, after));
        }
    }

    @FXML
    public void checkIn() {
        PlanRow row = viewModel.selectedProperty().get();
        if (row != null && row.isStation()) {
            viewModel.session().dialogs().show(new CheckInDialog(row.station(), viewModel.session().clock()))
                    .ifPresent(checkIn -> viewModel.checkIn(row.station(), checkIn));
        }
    }

    @FXML
    private void deleteSelected() {
        PlanRow row = viewModel.selectedProperty().get();
        if (row != null && viewModel.session().dialogs().confirm(Messages.get("plan.delete.title"),
                Messages.get(row.isStation() ? "plan.delete.station" : "plan.delete.goal", row.title()),
                Messages.get("plan.delete"))) {
            viewModel.deleteSelected();
        }
    }

    /** A goal with its progress, or a station beneath it with its confidence, and a boulder when a hazard is open. */
    private static final class PlanCell extends ListCell<PlanRow> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final FontIcon boulder = new FontIcon("fth-alert-triangle");
        private final ProgressBar progress = new ProgressBar();
        private final Label percent = new Label();
        private final Label confidence = new Label();
        private final HBox row;

        PlanCell() {
            detail.getStyleClass().add("text-muted");
            boulder.getStyleClass().add("hazard-marker");
            VBox text = new VBox(2, title, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            progress.setPrefWidth(120);
            percent.setMinWidth(44);
            confidence.setMinWidth(70);
            confidence.getStyleClass().add("confidence-tag");
            row = new HBox(10, text, boulder, confidence, progress, percent);
            row.setAlignment(Pos.CENTER_LEFT);
            // the cell takes the list's width, so long titles shorten instead of scrolling the list sideways
            setPrefWidth(0);
            title.setMinWidth(0);
            detail.setMinWidth(0);
            text.setMinWidth(0);
        }

        @Override
        protected void updateItem(PlanRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title());
            title.getStyleClass().setAll("label", item.isStation() ? "station-title" : "goal-title");
            detail.setText(item.detail());
            boulder.setVisible(item.hazard());
            boulder.setManaged(item.hazard());
            confidence.setText(Messages.get("confidence." + item.confidence().name()));
            confidence.getStyleClass().setAll("label", "confidence-tag",
                    item.confidence().name().toLowerCase().replace('_', '-'));
            progress.setProgress(item.progress());
            percent.setText(Math.round(item.progress() * 100) + " %");
            row.setPadding(new Insets(0, 0, 0, item.isStation() ? 24 : 0));
            setGraphic(row);
        }
    }
}
