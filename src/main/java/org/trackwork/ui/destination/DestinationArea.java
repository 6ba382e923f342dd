package org.trackwork.ui.destination;

import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trackwork.ui.common.Area;
import org.trackwork.ui.common.MenuAction;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.Target;
import org.trackwork.ui.common.View;
import org.trackwork.ui.common.WorkbookSession;

/**
 * The destination area: the destination, the journey view, the quarter's goals and stations, hazards and shifts. It
 * puts its commands in the Destination menu and the count of open hazards in the status line.
 */
public final class DestinationArea implements Area {

    private final DestinationViewModel viewModel;
    private final DestinationController destination;
    private final GoalsController goals;
    private final HazardsController hazards;
    private final Parent view;

    public DestinationArea(WorkbookSession session) {
        this.viewModel = new DestinationViewModel(session);
        this.destination = new DestinationController(viewModel);
        this.goals = new GoalsController(viewModel);
        this.hazards = new HazardsController(viewModel);
        this.view = View.DESTINATION.load(destination, goals, hazards, new ShiftsController(viewModel));
    }

    @Override
    public String name() {
        return "destination";
    }

    @Override
    public String titleKey() {
        return "area.destination";
    }

    @Override
    public String menuKey() {
        return "menu.destination";
    }

    @Override
    public String icon() {
        return "fth-flag";
    }

    @Override
    public Parent view() {
        return view;
    }

    @Override
    public List<MenuAction> menu() {
        return List.of(
                MenuAction.of("editDestinationItem", "menu.destination.edit", "Shortcut+E", this::editDestination),
                MenuAction.of("changeDestinationItem", "menu.destination.change", "Shortcut+Shift+E",
                        this::changeDestination),
                MenuAction.of("addGoalItem", "menu.destination.addGoal", "Shortcut+G", this::addGoal)
                        .afterSeparator(),
                MenuAction.of("addStationItem", "menu.destination.addStation", "Shortcut+Shift+G", this::addStation),
                MenuAction.of("checkInItem", "menu.destination.checkIn", "Shortcut+I", this::checkIn),
                MenuAction.of("raiseHazardItem", "menu.destination.raiseHazard", "Shortcut+Shift+H",
                        this::raiseHazard),
                MenuAction.of("saveJourneyItem", "menu.destination.saveJourney", "Shortcut+Shift+J",
                        destination::saveJourney).afterSeparator());
    }

    @Override
    public List<Node> statusItems() {
        Button count = new Button();
        count.setId("hazardCount");
        count.getStyleClass().addAll("flat", "hazard-count");
        count.setGraphic(new FontIcon("fth-alert-triangle"));
        count.textProperty().bind(openHazardsProperty().map(open -> Messages.get("status.hazards", open)));
        count.visibleProperty().bind(openHazardsProperty().greaterThan(0)
                .and(viewModel.session().workbookProperty().isNotNull()));
        count.managedProperty().bind(count.visibleProperty());
        count.setOnAction(event -> viewModel.session().navigator().open(Target.of(Target.Kind.HAZARDS, null)));
        return List.of(count);
    }

    @Override
    public Set<Target.Kind> opens() {
        return Set.of(Target.Kind.DESTINATION, Target.Kind.SHIFT, Target.Kind.GOAL, Target.Kind.STATION, Target.Kind.HAZARD,
                Target.Kind.HAZARDS);
    }

    @Override
    public void open(Target target) {
        switch (target.kind()) {
            case GOAL, STATION -> {
                viewModel.partProperty().set(DestinationViewModel.Part.GOALS);
                viewModel.goals().select(target.id());
            }
            case HAZARD -> {
                viewModel.partProperty().set(DestinationViewModel.Part.HAZARDS);
                viewModel.hazards().select(target.id());
            }
            case HAZARDS -> viewModel.partProperty().set(DestinationViewModel.Part.HAZARDS);
            case SHIFT -> viewModel.partProperty().set(DestinationViewModel.Part.SHIFTS);
            default -> { }
        }
    }

    private void editDestination() {
        destination.editDestination();
    }

    private void changeDestination() {
        destination.changeDestination();
    }

    private void addGoal() {
        viewModel.partProperty().set(DestinationViewModel.Part.GOALS);
        goals.addGoal();
    }

    private void addStation() {
        viewModel.partProperty().set(DestinationViewModel.Part.GOALS);
        goals.addStation();
    }

    private void checkIn() {
        viewModel.partProperty().set(DestinationViewModel.Part.GOALS);
        goals.checkIn();
    }

    private void raiseHazard() {
        hazards.raise();
        viewModel.partProperty().set(DestinationViewModel.Part.HAZARDS);
    }

    /** How many hazards are open on the line: the status line shows it. */
    public ReadOnlyIntegerProperty openHazardsProperty() {
        return viewModel.hazards().openCountProperty();
    }

    /** The destination of the quarter in view, for the journey poster. */
    public DestinationViewModel viewModel() {
        return viewModel;
    }
}
