package org.trackwork.ui.destination;

import javafx.fxml.FXML;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trackwork.ui.common.Messages;

/** Binds the destination area to its view model. */
public final class DestinationController {

    private final DestinationViewModel viewModel;

    @FXML private Label destinationTitle;
    @FXML private Label destinationStatement;
    @FXML private Label whyItMatters;
    @FXML private Label horizon;
    @FXML private Label goalsHeading;
    @FXML private ListView<GoalLine> goalList;
    @FXML private ListView<String> hazardList;

    public DestinationController(DestinationViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        destinationTitle.textProperty().bind(viewModel.titleProperty());
        destinationStatement.textProperty().bind(viewModel.statementProperty());
        whyItMatters.textProperty().bind(viewModel.whyItMattersProperty());
        whyItMatters.visibleProperty().bind(whyItMatters.textProperty().isNotEmpty());
        whyItMatters.managedProperty().bind(whyItMatters.visibleProperty());
        horizon.textProperty().bind(viewModel.horizonProperty());
        goalsHeading.textProperty().bind(viewModel.goalsHeadingProperty());
        goalList.setItems(viewModel.goalLines());
        goalList.setCellFactory(list -> new GoalLineCell());
        Label emptyGoals = new Label();
        emptyGoals.setWrapText(true);
        emptyGoals.textProperty().bind(goalsHeading.textProperty().map(heading -> viewModel.emptyGoalsText()));
        goalList.setPlaceholder(emptyGoals);
        hazardList.setItems(viewModel.hazardLines());
        hazardList.setCellFactory(list -> new WrappingCell());
        Label emptyHazards = new Label(Messages.get("destination.hazards.empty"));
        emptyHazards.setWrapText(true);
        hazardList.setPlaceholder(emptyHazards);
    }

    /** A line of text that wraps to the list's width instead of running off its edge. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }

    /** A goal with its progress bar, or a station indented beneath its goal. */
    private static final class GoalLineCell extends ListCell<GoalLine> {
        private final Label title = new Label();
        private final Label detail = new Label();
        private final ProgressBar progress = new ProgressBar();
        private final Label percent = new Label();
        private final HBox row;

        GoalLineCell() {
            detail.getStyleClass().add("text-muted");
            title.setMinWidth(Region.USE_PREF_SIZE);
            VBox text = new VBox(2, title, detail);
            HBox.setHgrow(text, Priority.ALWAYS);
            progress.setPrefWidth(120);
            percent.setMinWidth(40);
            row = new HBox(12, text, progress, percent);
            row.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(GoalLine line, boolean empty) {
            super.updateItem(line, empty);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            title.setText(line.title());
            title.getStyleClass().setAll("label", line.station() ? "station-title" : "goal-title");
            detail.setText(line.detail());
            progress.setProgress(line.progress());
            percent.setText(Math.round(line.progress() * 100) + " %");
            row.setPadding(new Insets(0, 0, 0, line.station() ? 24 : 0));
            setGraphic(row);
        }
    }
}
