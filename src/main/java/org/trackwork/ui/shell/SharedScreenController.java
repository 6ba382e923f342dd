package org.trackwork.ui.shell;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.service.SharedPersonView;
import org.trackwork.ui.common.Messages;

/**
 * Shows one crew member's shared record under the shared-screen banner: Overview, Plan, One-on-ones and Recognition,
 * read-only. When the mode ends every page is emptied, so nothing of the person stays in the scene graph.
 */
public final class SharedScreenController {

    private final SharedScreenViewModel viewModel;

    @FXML private Label banner;
    @FXML private Button separateWindowButton;
    @FXML private Label initials;
    @FXML private Label sharedName;
    @FXML private Label sharedRole;
    @FXML private VBox overviewBox;
    @FXML private HBox planChooserBox;
    @FXML private ComboBox<DevelopmentPlan> planChooser;
    @FXML private Label planStatus;
    @FXML private VBox planBox;
    @FXML private VBox oneOnOnesBox;
    @FXML private VBox recognitionBox;
    @FXML private TabPane tabs;

    public SharedScreenController(ShellViewModel shell) {
        this.viewModel = shell.sharedScreen();
    }

    @FXML
    private void initialize() {
        separateWindowButton.visibleProperty().bind(viewModel.inSeparateWindowProperty().not());
        separateWindowButton.managedProperty().bind(separateWindowButton.visibleProperty());
        planChooserBox.visibleProperty().bind(planChooser.valueProperty().isNotNull());
        planChooserBox.managedProperty().bind(planChooserBox.visibleProperty());
        planChooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(DevelopmentPlan plan) {
                return plan == null ? "" : plan.period();
            }

            @Override
            public DevelopmentPlan fromString(String text) {
                return null;
            }
        });
        planChooser.valueProperty().addListener((observable, old, plan) -> showPlan(plan));
        viewModel.pageProperty().addListener((observable, old, page) ->
                tabs.getSelectionModel().select(page.ordinal()));
        tabs.getSelectionModel().selectedIndexProperty().addListener((observable, old, index) -> {
            if (index.intValue() >= 0) {
                viewModel.pageProperty().set(SharedScreenViewModel.Page.values()[index.intValue()]);
            }
        });
        viewModel.personProperty().addListener((observable, old, person) -> show(person));
        show(viewModel.personProperty().get());
    }

    private void show(SharedPersonView person) {
        String period = planChooser.getValue() == null ? null : planChooser.getValue().period();
        if (person == null) {
            for (Label label : new Label[] {banner, initials, sharedName, sharedRole}) {
                label.setText("");
            }
            planChooser.setValue(null);
            planChooser.getItems().clear();
            for (VBox page : List.of(overviewBox, planBox, oneOnOnesBox, recognitionBox)) {
                page.getChildren().clear();
            }
            return;
        }
        banner.setText(Messages.get("shared.banner", person.name()));
        initials.setText(person.initials());
        sharedName.setText(person.name());
        sharedRole.setText(person.role().isBlank() ? Messages.get("shared.role.none") : person.role());
        overviewBox.getChildren().setAll(SharedScreenSections.overview(person));
        oneOnOnesBox.getChildren().setAll(SharedScreenSections.oneOnOnes(person));
        recognitionBox.getChildren().setAll(SharedScreenSections.recognition(person));
        planChooser.getItems().setAll(person.plans());
        // after a refresh the same period stays chosen; a new person starts at their newest plan
        planChooser.setValue(person.plans().stream().filter(plan -> plan.period().equals(period)).findFirst()
                .orElse(person.plans().isEmpty() ? null : person.plans().get(0)));
        showPlan(planChooser.getValue());
    }

    private void showPlan(DevelopmentPlan plan) {
        planStatus.setText(plan == null ? "" : SharedScreenSections.planStatus(plan));
        planBox.getChildren().setAll(plan == null ? SharedScreenSections.emptyPlan() : SharedScreenSections.plan(plan));
    }

    @FXML
    private void showInSeparateWindow() {
        viewModel.showInSeparateWindow();
    }

    @FXML
    private void leave() {
        viewModel.leave();
    }
}
