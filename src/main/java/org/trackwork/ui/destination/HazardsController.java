package org.trackwork.ui.destination;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.trackwork.domain.Hazard;
import org.trackwork.ui.common.Messages;

/** Binds the hazard list and its actions: raise, escalate to the leader, resolve with a note. */
public final class HazardsController {

    private final HazardsViewModel viewModel;
    private final GoalsViewModel goals;

    @FXML private TableView<HazardRow> hazardTable;
    @FXML private TableColumn<HazardRow, String> severityColumn;
    @FXML private TableColumn<HazardRow, String> descriptionColumn;
    @FXML private TableColumn<HazardRow, String> targetColumn;
    @FXML private TableColumn<HazardRow, String> raisedColumn;
    @FXML private TableColumn<HazardRow, String> statusColumn;
    @FXML private Button escalateButton;
    @FXML private Button resolveButton;
    @FXML private CheckBox showResolved;

    public HazardsController(DestinationViewModel destination) {
        this.viewModel = destination.hazards();
        this.goals = destination.goals();
    }

    @FXML
    private void initialize() {
        hazardTable.setItems(viewModel.rows());
        column(severityColumn, HazardRow::severity);
        column(descriptionColumn, row -> row.hazard().description());
        column(targetColumn, HazardRow::target);
        column(raisedColumn, HazardRow::raised);
        column(statusColumn, HazardRow::status);
        Label empty = new Label(Messages.get("hazards.empty"));
        empty.setWrapText(true);
        hazardTable.setPlaceholder(empty);
        hazardTable.getSelectionModel().selectedItemProperty().addListener((observable, old, row) ->
                viewModel.selectedProperty().set(row));
        viewModel.selectedProperty().addListener((observable, old, row) -> {
            if (row != hazardTable.getSelectionModel().getSelectedItem()) {
                hazardTable.getSelectionModel().select(row);
            }
        });
        showResolved.selectedProperty().bindBidirectional(viewModel.showResolvedProperty());
        escalateButton.disableProperty().bind(viewModel.selectedProperty().map(row ->
                !row.hazard().isOpen() || row.hazard().escalatedOn() != null).orElse(true));
        resolveButton.disableProperty().bind(viewModel.selectedProperty().map(row -> !row.hazard().isOpen())
                .orElse(true));
    }

    private static void column(TableColumn<HazardRow, String> column, Function<HazardRow, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    /** Raises a hazard, on the goal or station selected in the plan when there is one. */
    @FXML
    public void raise() {
        HazardTarget preselected = goals.selectedProperty().get() == null ? null : viewModel.targets().stream()
                .filter(target -> target.id().equals(goals.selectedProperty().get().id())).findFirst().orElse(null);
        if (viewModel.targets().isEmpty()) {
            viewModel.session().dialogs().showError(Messages.get("hazard.raise.title"),
                    Messages.get("hazard.problem.nothingToRaiseOn"));
            return;
        }
        viewModel.session().dialogs().show(new HazardDialog(viewModel.targets(), preselected, viewModel.crew(),
                viewModel.session().today())).ifPresent(viewModel::raise);
    }

    @FXML
    private void escalate() {
        HazardRow row = viewModel.selectedProperty().get();
        if (row != null) {
            viewModel.escalate(row.hazard());
        }
    }

    @FXML
    private void resolve() {
        HazardRow row = viewModel.selectedProperty().get();
        if (row == null) {
            return;
        }
        Hazard hazard = row.hazard();
        viewModel.session().dialogs().askText(Messages.get("hazard.resolve.title"),
                        Messages.get("hazard.resolve.label", hazard.description()), "",
                        note -> HazardsViewModel.problemWithNote(hazard, note))
                .ifPresent(note -> viewModel.resolve(hazard, note));
    }
}
