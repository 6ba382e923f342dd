package org.trackwork.ui.crew;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.trackwork.domain.Person;
import org.trackwork.service.OneOnOneAgenda;
import org.trackwork.ui.common.DateFields;
import org.trackwork.ui.common.Fields;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.Target;
import org.trackwork.ui.common.View;
import org.trackwork.ui.common.WrappingCell;
import org.trackwork.ui.oneonone.OneOnOnesController;
import org.trackwork.ui.oneonone.OneOnOnesViewModel;

/** Binds the pane of the selected crew member: the Overview, Plan, One-on-ones and Recognition tabs. */
public final class PersonController {

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);
    private final PersonViewModel viewModel;
    private final OneOnOnesController oneOnOnes;

    @FXML private VBox noPersonPane;
    @FXML private VBox personBox;
    @FXML private Label personAvatar;
    @FXML private Label personTitle;
    @FXML private Label personArchivedTag;
    @FXML private TabPane personTabs;
    @FXML private Tab planTab;
    @FXML private Tab oneOnOnesTab;
    @FXML private Tab recognitionTab;
    @FXML private Button headerRecogniseButton;
    @FXML private Label actionItemsHeading;
    @FXML private ListView<OneOnOneAgenda.Carried> actionItemsList;
    @FXML private Label lastOneOnOne;
    @FXML private TextField nameField;
    @FXML private Label nameProblem;
    @FXML private TextField roleField;
    @FXML private Label roleProblem;
    @FXML private DatePicker startDateField;
    @FXML private TextArea partField;
    @FXML private Label partProblem;
    @FXML private Label startDateProblem;
    @FXML private ListView<String> goalsList;
    @FXML private Label tasksHeading;
    @FXML private ListView<String> tasksList;
    @FXML private Button recogniseButton;
    @FXML private Button deleteRecognitionButton;
    @FXML private ListView<RecognitionRow> recognitionList;

    public PersonController(PersonViewModel viewModel) {
        this.viewModel = viewModel;
        this.oneOnOnes = new OneOnOnesController(viewModel.oneOnOnes());
    }

    @FXML
    private void initialize() {
        planTab.setContent(View.PLAN.load(new PlanController(viewModel.plan())));
        oneOnOnesTab.setContent(View.ONE_ON_ONES.load(oneOnOnes));
        var noPerson = viewModel.personProperty().isNull();
        noPersonPane.visibleProperty().bind(noPerson);
        personBox.visibleProperty().bind(noPerson.not());
        personAvatar.textProperty().bind(viewModel.personProperty().map(Person::initials));
        personTitle.textProperty().bind(viewModel.personProperty().map(Person::name));
        personArchivedTag.visibleProperty().bind(viewModel.personProperty().map(Person::archived).orElse(false));
        personArchivedTag.managedProperty().bind(personArchivedTag.visibleProperty());

        nameField.textProperty().bindBidirectional(viewModel.nameProperty());
        roleField.textProperty().bindBidirectional(viewModel.roleProperty());
        partField.textProperty().bindBidirectional(viewModel.partInDestinationProperty());
        startDateField.valueProperty().bindBidirectional(viewModel.startDateProperty());
        Fields.showProblem(nameField, nameProblem, viewModel.nameProblemProperty());
        Fields.showProblem(roleField, roleProblem, viewModel.roleProblemProperty());
        Fields.showProblem(partField, partProblem, viewModel.partProblemProperty());
        Fields.showProblem(startDateField, startDateProblem, DateFields.strict(startDateField));

        nameField.setOnAction(event -> viewModel.commitName());
        roleField.setOnAction(event -> viewModel.commitRole());
        Fields.commitOnFocusLost(nameField, viewModel::commitName);
        Fields.commitOnFocusLost(roleField, viewModel::commitRole);
        Fields.commitOnFocusLost(partField, viewModel::commitPartInDestination);
        partField.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                viewModel.commitPartInDestination();
                event.consume();
            }
        });
        startDateField.valueProperty().addListener((observable, old, date) -> viewModel.commitStartDate());

        goalsList.setItems(viewModel.goals());
        goalsList.setCellFactory(list -> new WrappingCell());
        goalsList.setPlaceholder(new Label(Messages.get("person.goals.empty")));
        tasksList.setItems(viewModel.tasks());
        tasksList.setCellFactory(list -> new WrappingCell());
        tasksList.setPlaceholder(new Label(Messages.get("person.tasks.empty")));
        tasksHeading.textProperty().bind(viewModel.openTasksProperty().map(open ->
                Messages.get("person.tasks.heading", open)));

        recognitionList.setItems(viewModel.recognitions());
        recognitionList.setCellFactory(list -> new RecognitionCell());
        recognitionList.setPlaceholder(new Label(Messages.get("person.recognition.empty")));
        recognitionList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                deleteRecognition();
                event.consume();
            }
        });
        recogniseButton.disableProperty().bind(noPerson);
        headerRecogniseButton.disableProperty().bind(noPerson);

        OneOnOnesViewModel sessions = viewModel.oneOnOnes();
        actionItemsList.setItems(sessions.openActionItems());
        actionItemsList.setCellFactory(list -> new ListCell<>() {
            {
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(OneOnOneAgenda.Carried open, boolean empty) {
                super.updateItem(open, empty);
                setText(empty || open == null ? null : Messages.get("person.actionItem",
                        sessions.actionLine(open.item()), OneOnOnesViewModel.carriedFrom(open)));
            }
        });
        actionItemsList.setPlaceholder(new Label(Messages.get("person.actionItems.empty")));
        actionItemsHeading.textProperty().bind(Bindings.size(sessions.openActionItems()).map(open ->
                Messages.get("person.actionItems.heading", open)));
        lastOneOnOne.textProperty().bind(sessions.lastSessionDateProperty().map(date ->
                Messages.get("person.lastOneOnOne", DATE.format(date))).orElse(Messages.get("person.noOneOnOne")));
        deleteRecognitionButton.disableProperty().bind(
                recognitionList.getSelectionModel().selectedItemProperty().isNull());
    }

    /** Saves what was typed in the pane; the roster calls it before a click there selects someone else. */
    public void commitTyping() {
        viewModel.commitAll();
    }

    /** Opens the Recognise dialog for the person shown and saves what it gives. */
    @FXML
    public void recognise() {
        if (pickedSomeone()) {
            personTabs.getSelectionModel().select(recognitionTab);
            recognise(viewModel.personProperty().get());
        }
    }

    /** Opens the Recognise dialog for one crew member and saves what it gives. */
    public void recognise(Person someone) {
        viewModel.session().dialogs()
                .show(new RecognitionDialog(someone, viewModel.quarterGoals(), viewModel.today()))
                .ifPresent(recognition -> viewModel.recognise(someone, recognition));
    }

    /** Shows one of the person's tabs: their plan, one-on-ones, recognition, or else the overview. */
    public void showTab(Target.Kind kind) {
        personTabs.getSelectionModel().select(switch (kind) {
            case PLAN -> planTab;
            case ONE_ON_ONE -> oneOnOnesTab;
            case RECOGNITION -> recognitionTab;
            default -> personTabs.getTabs().get(0);
        });
    }

    /** Says how a one-on-one's summary is written to PDF. */
    public void setSummaryExport(BiConsumer<UUID, UUID> export) {
        oneOnOnes.setSummaryExport(export);
    }

    /** Writes the summary of the one-on-one shown to a PDF. */
    public void exportOneOnOneSummary() {
        if (pickedSomeone()) {
            personTabs.getSelectionModel().select(oneOnOnesTab);
            if (viewModel.oneOnOnes().sessionProperty().get() == null) {
                viewModel.session().dialogs().notify(Messages.get("oneOnOne.summary.none"));
                return;
            }
            oneOnOnes.exportSummary();
        }
    }

    /** Shows the One-on-ones tab and asks for the date of a new session with the person shown. */
    public void newOneOnOne() {
        if (pickedSomeone()) {
            personTabs.getSelectionModel().select(oneOnOnesTab);
            oneOnOnes.newSession();
        }
    }

    /** Holds today's one-on-one with the person shown at a shared screen. */
    public void oneOnOneAtSharedScreen() {
        if (pickedSomeone()) {
            personTabs.getSelectionModel().select(oneOnOnesTab);
            oneOnOnes.startAtSharedScreen();
        }
    }

    private boolean pickedSomeone() {
        if (viewModel.personProperty().get() == null) {
            viewModel.session().dialogs().notify(Messages.get("crew.pickFirst"));
            return false;
        }
        return true;
    }

    @FXML
    private void deleteRecognition() {
        RecognitionRow row = recognitionList.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.deleteRecognition(row);
        }
    }

    /** A recognition: its date, what was appreciated and the goal it helped. */
    private static final class RecognitionCell extends ListCell<RecognitionRow> {
        private final Label date = new Label();
        private final Label what = new Label();
        private final Label goal = new Label();
        private final VBox box = new VBox(2, date, what, goal);

        RecognitionCell() {
            date.getStyleClass().add("text-muted");
            what.setWrapText(true);
            goal.getStyleClass().add("goal-tag");
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RecognitionRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            date.setText(row.dateText());
            what.setText(row.what());
            goal.setText(row.goalTitle().isEmpty() ? "" : Messages.get("person.recognition.goal", row.goalTitle()));
            goal.setVisible(!row.goalTitle().isEmpty());
            goal.setManaged(goal.isVisible());
            setGraphic(box);
        }
    }
}
