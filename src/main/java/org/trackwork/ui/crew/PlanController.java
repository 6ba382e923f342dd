package org.trackwork.ui.crew;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.domain.PlanStatus;
import org.trackwork.ui.common.Choices;
import org.trackwork.ui.common.Fields;
import org.trackwork.ui.common.Messages;

/** Binds the Plan tab of the person pane: the chosen period's development plan, its goals and their actions. */
public final class PlanController {

    private final PlanViewModel viewModel;

    @FXML private ComboBox<String> periodChooser;
    @FXML private Button newPlanButton;
    @FXML private Button continuePlanButton;
    @FXML private VBox noPlanPane;
    @FXML private ScrollPane planBox;
    @FXML private ChoiceBox<PlanStatus> statusField;
    @FXML private Label statusNote;
    @FXML private TextArea strengthsField;
    @FXML private Label strengthsProblem;
    @FXML private TextArea growthAreasField;
    @FXML private Label growthAreasProblem;
    @FXML private TextArea supportField;
    @FXML private Label supportProblem;
    @FXML private Button editGoalButton;
    @FXML private Button deleteGoalButton;
    @FXML private ListView<DevelopmentGoal> goalList;
    @FXML private Button addActionButton;
    @FXML private Button deleteActionButton;
    @FXML private ListView<DevelopmentAction> actionList;

    public PlanController(PlanViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        periodChooser.setItems(viewModel.periods());
        periodChooser.valueProperty().bindBidirectional(viewModel.periodProperty());
        periodChooser.disableProperty().bind(viewModel.hasNoPlans());
        continuePlanButton.disableProperty().bind(viewModel.hasNoPlans());
        var noPlan = viewModel.hasPlan().not();
        noPlanPane.visibleProperty().bind(noPlan);
        planBox.visibleProperty().bind(viewModel.hasPlan());

        statusField.getItems().setAll(PlanStatus.values());
        statusField.setConverter(Choices.converter(status -> Messages.get("devplan.status." + status.name())));
        statusField.valueProperty().bindBidirectional(viewModel.statusProperty());
        statusField.valueProperty().addListener((observable, old, chosen) -> viewModel.changeStatus(chosen));
        statusNote.textProperty().bind(viewModel.statusNoteProperty());

        strengthsField.textProperty().bindBidirectional(viewModel.strengthsProperty());
        growthAreasField.textProperty().bindBidirectional(viewModel.growthAreasProperty());
        supportField.textProperty().bindBidirectional(viewModel.supportNeededProperty());
        Fields.showProblem(strengthsField, strengthsProblem, viewModel.strengthsProblemProperty());
        Fields.showProblem(growthAreasField, growthAreasProblem, viewModel.growthAreasProblemProperty());
        Fields.showProblem(supportField, supportProblem, viewModel.supportNeededProblemProperty());
        Fields.commitOnFocusLost(strengthsField, viewModel::commitStrengths);
        Fields.commitOnFocusLost(growthAreasField, viewModel::commitGrowthAreas);
        Fields.commitOnFocusLost(supportField, viewModel::commitSupportNeeded);

        goalList.setItems(viewModel.goals());
        goalList.setCellFactory(list -> new GoalCell());
        goalList.setPlaceholder(new Label(Messages.get("devplan.goals.empty")));
        goalList.getSelectionModel().selectedItemProperty().addListener((observable, old, goal) ->
                viewModel.selectGoal(goal));
        viewModel.selectedGoalProperty().addListener((observable, old, goal) -> {
            if (goal != goalList.getSelectionModel().getSelectedItem()) {
                goalList.getSelectionModel().select(goal);
            }
        });
        goalList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                deleteGoal();
                event.consume();
            }
        });
        goalList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                editGoal();
            }
        });
        var noGoal = viewModel.selectedGoalProperty().isNull();
        editGoalButton.disableProperty().bind(noGoal);
        deleteGoalButton.disableProperty().bind(noGoal);
        addActionButton.disableProperty().bind(noGoal);

        actionList.setItems(viewModel.actions());
        actionList.setCellFactory(list -> new ActionCell());
        Label noActions = new Label();
        noActions.textProperty().bind(viewModel.selectedGoalProperty().map(goal ->
                Messages.get("devplan.actions.empty")).orElse(Messages.get("devplan.actions.noGoal")));
        noActions.setWrapText(true);
        actionList.setPlaceholder(noActions);
        actionList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                deleteAction();
                event.consume();
            }
        });
        deleteActionButton.disableProperty().bind(actionList.getSelectionModel().selectedItemProperty().isNull());
    }

    @FXML
    private void newPlan() {
        askPeriod("devplan.new.title").ifPresent(viewModel::createPlan);
    }

    @FXML
    private void continuePlan() {
        askPeriod("devplan.continue.title").ifPresent(viewModel::startFromLastPlan);
    }

    private java.util.Optional<String> askPeriod(String titleKey) {
        if (viewModel.person() == null) {
            return java.util.Optional.empty();
        }
        return viewModel.session().dialogs().askText(Messages.get(titleKey, viewModel.person().name()),
                Messages.get("devplan.period.ask"), viewModel.defaultPeriod(), viewModel::periodProblem);
    }

    @FXML
    private void addGoal() {
        viewModel.session().dialogs().show(new DevelopmentGoalDialog(null)).ifPresent(viewModel::addGoal);
    }

    @FXML
    private void editGoal() {
        DevelopmentGoal goal = viewModel.selectedGoalProperty().get();
        if (goal != null) {
            viewModel.session().dialogs().show(new DevelopmentGoalDialog(goal)).ifPresent(viewModel::editGoal);
        }
    }

    @FXML
    private void deleteGoal() {
        DevelopmentGoal goal = viewModel.selectedGoalProperty().get();
        if (goal != null) {
            viewModel.deleteGoal(goal);
        }
    }

    @FXML
    private void addAction() {
        DevelopmentGoal goal = viewModel.selectedGoalProperty().get();
        if (goal != null) {
            viewModel.session().dialogs().show(new DevelopmentActionDialog(goal))
                    .ifPresent(action -> viewModel.addAction(goal, action));
        }
    }

    @FXML
    private void deleteAction() {
        DevelopmentGoal goal = viewModel.selectedGoalProperty().get();
        DevelopmentAction action = actionList.getSelectionModel().getSelectedItem();
        if (goal != null && action != null) {
            viewModel.deleteAction(goal, action);
        }
    }

    /** A development goal: its title, status and target date. */
    private static final class GoalCell extends ListCell<DevelopmentGoal> {
        GoalCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(DevelopmentGoal goal, boolean empty) {
            super.updateItem(goal, empty);
            setText(empty || goal == null ? null : PlanViewModel.goalLine(goal));
        }
    }

    /** An action with a box to tick it done. */
    private final class ActionCell extends ListCell<DevelopmentAction> {
        private final CheckBox done = new CheckBox();

        ActionCell() {
            done.getStyleClass().add("development-action-done");
            done.setWrapText(true);
            done.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            setPrefWidth(0);
            done.setOnAction(event -> {
                DevelopmentAction action = getItem();
                DevelopmentGoal goal = viewModel.selectedGoalProperty().get();
                if (action != null && goal != null) {
                    viewModel.markDone(goal, action, done.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(DevelopmentAction action, boolean empty) {
            super.updateItem(action, empty);
            setText(null);
            if (empty || action == null) {
                setGraphic(null);
                return;
            }
            done.setText(PlanViewModel.actionLine(action));
            done.setSelected(action.done());
            setGraphic(done);
        }
    }
}
