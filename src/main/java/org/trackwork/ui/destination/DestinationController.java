package org.trackwork.ui.destination;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.trackwork.ui.common.FailureText;
import org.trackwork.ui.common.Messages;

/** Binds the destination area: the destination card, the journey view and the tabs beneath. */
public final class DestinationController {

    private final DestinationViewModel viewModel;

    @FXML private Label destinationTitle;
    @FXML private Label destinationStatement;
    @FXML private Label whyItMatters;
    @FXML private Label horizon;
    @FXML private Label progressText;
    @FXML private ProgressBar quarterProgress;
    @FXML private Button editButton;
    @FXML private Button changeButton;
    @FXML private JourneyView journey;
    @FXML private TabPane parts;
    @FXML private Tab goalsTab;
    @FXML private Tab hazardsTab;
    @FXML private Tab shiftsTab;

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
        horizon.textProperty().bind(viewModel.horizonTextProperty());
        progressText.textProperty().bind(viewModel.progressTextProperty());
        quarterProgress.progressProperty().bind(viewModel.progressProperty());
        // progress toward no destination means nothing: the card then only asks for one
        for (javafx.scene.Node part : new javafx.scene.Node[] {quarterProgress, progressText}) {
            part.visibleProperty().bind(viewModel.hasDestinationProperty());
            part.managedProperty().bind(part.visibleProperty());
        }
        editButton.textProperty().bind(viewModel.hasDestinationProperty().map(has ->
                Messages.get(has ? "destination.edit" : "destination.set")));
        changeButton.disableProperty().bind(viewModel.hasDestinationProperty().not());

        journey.startDateProperty().bind(viewModel.journeyStartProperty());
        journey.horizonProperty().bind(viewModel.horizonProperty());
        journey.progressProperty().bind(viewModel.progressProperty());
        journey.destinationTitleProperty().bind(viewModel.titleProperty());
        journey.emptyTextProperty().set(Messages.get("journey.empty"));
        journey.confidenceTextProperty().set(confidence -> Messages.get("confidence." + confidence.name()));
        journey.getStops().setAll(viewModel.stops());
        viewModel.stops().addListener((javafx.collections.ListChangeListener<JourneyStop>) change ->
                journey.getStops().setAll(viewModel.stops()));
        journey.onOpenProperty().set(viewModel::open);

        Map<DestinationViewModel.Part, Tab> tabs = Map.of(DestinationViewModel.Part.GOALS, goalsTab,
                DestinationViewModel.Part.HAZARDS, hazardsTab, DestinationViewModel.Part.SHIFTS, shiftsTab);
        viewModel.partProperty().addListener((observable, old, part) ->
                parts.getSelectionModel().select(tabs.get(part)));
        parts.getSelectionModel().selectedItemProperty().addListener((observable, old, tab) ->
                tabs.forEach((part, candidate) -> {
                    if (candidate == tab) {
                        viewModel.partProperty().set(part);
                    }
                }));
        hazardsTab.textProperty().bind(viewModel.hazards().openCountProperty().map(count ->
                Messages.get("destination.tab.hazardsCount", count)));
    }

    /** Writes the destination (or sets the first one). */
    @FXML
    public void editDestination() {
        viewModel.session().dialogs()
                .show(new DestinationDialog(viewModel.current().orElse(null), false, viewModel.today(),
                        viewModel.latestStationDue()))
                .ifPresent(viewModel::writeDestination);
    }

    /** Changes destination: a new one, the reason, and a shift for the crew to hear about. */
    @FXML
    public void changeDestination() {
        if (viewModel.current().isEmpty()) {
            editDestination();
            return;
        }
        viewModel.session().dialogs().show(new DestinationDialog(null, true, viewModel.today(),
                        viewModel.latestStationDue()))
                .ifPresent(viewModel::changeDestination);
    }

    /** Saves the journey picture as it is on screen to a PNG file. */
    @FXML
    public void saveJourney() {
        var dialogs = viewModel.session().dialogs();
        dialogs.chooseFileToSave(Messages.get("journey.save.title"), Messages.get("journey.save.name"),
                Messages.get("journey.save.type"), ".png").ifPresent(path -> {
                    var image = journey.snapshotImage();
                    viewModel.session().runner().run(org.trackwork.service.BackgroundTask.wrap(() -> {
                        JourneyView.writePng(image, path);
                        return path;
                    }).onSuccess(saved -> dialogs.notify(Messages.get("journey.save.done", saved.getFileName())))
                            .onFailure(failure -> dialogs.showError(Messages.get("journey.save.title"),
                                    Messages.get("journey.save.failed", FailureText.ofFile(failure)))));
                });
    }


    public void showPart(DestinationViewModel.Part part) {
        viewModel.partProperty().set(part);
    }
}
