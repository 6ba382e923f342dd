package org.trackwork.ui.destination;

import javafx.beans.property.ReadOnlyIntegerProperty;

/** The destination area's actions, for the menu bar and the status line of the main window. */
public final class DestinationCommands {

    private final DestinationViewModel viewModel;
    private final DestinationController destination;
    private final GoalsController goals;
    private final HazardsController hazards;

    public DestinationCommands(DestinationViewModel viewModel, DestinationController destination,
                               GoalsController goals, HazardsController hazards) {
        this.viewModel = viewModel;
        this.destination = destination;
        this.goals = goals;
        this.hazards = hazards;
    }

    public void editDestination() {
        destination.editDestination();
    }

    public void changeDestination() {
        destination.changeDestination();
    }

    public void saveJourney() {
        destination.saveJourney();
    }

    public void addGoal() {
        viewModel.partProperty().set(DestinationViewModel.Part.GOALS);
        goals.addGoal();
    }

    public void addStation() {
        viewModel.partProperty().set(DestinationViewModel.Part.GOALS);
        goals.addStation();
    }

    public void checkIn() {
        viewModel.partProperty().set(DestinationViewModel.Part.GOALS);
        goals.checkIn();
    }

    public void raiseHazard() {
        hazards.raise();
        viewModel.partProperty().set(DestinationViewModel.Part.HAZARDS);
    }

    public void showHazards() {
        viewModel.partProperty().set(DestinationViewModel.Part.HAZARDS);
    }

    /** How many hazards are open on the line: the status line shows it. */
    public ReadOnlyIntegerProperty openHazardsProperty() {
        return viewModel.hazards().openCountProperty();
    }
}
