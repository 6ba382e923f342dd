package org.trackwork.ui.oneonone;

import atlantafx.base.theme.Styles;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.ui.common.Fields;
import org.trackwork.ui.common.Messages;

/** Binds the One-on-ones tab of the person pane: the sessions by date and the shown session's agenda and notes. */
public final class OneOnOnesController {

    private static final DateTimeFormatter LONG_DATE = Messages.dates(FormatStyle.LONG);
    private final OneOnOnesViewModel viewModel;
    private BiConsumer<UUID, UUID> summaryExport = (personId, sessionId) -> { };

    @FXML private Button newSessionButton;
    @FXML private Button sharedSessionButton;
    @FXML private Button deleteSessionButton;
    @FXML private Button summaryButton;
    @FXML private ListView<OneOnOne> sessionList;
    @FXML private VBox noSessionPane;
    @FXML private ScrollPane sessionBox;
    @FXML private Label sessionTitle;
    @FXML private ListView<AgendaRow> agendaList;
    @FXML private TextField agendaField;
    @FXML private CheckBox raisedByPersonField;
    @FXML private CheckBox recurringField;
    @FXML private Label agendaProblem;
    @FXML private Label sharedNotesHeading;
    @FXML private TextArea sharedNotesField;
    @FXML private Label sharedNotesProblem;
    @FXML private TextArea privateNotesField;
    @FXML private Label privateNotesProblem;
    @FXML private Button editActionButton;
    @FXML private Button sendToBoardButton;
    @FXML private Button deleteActionButton;
    @FXML private ListView<ActionItemRow> actionList;

    public OneOnOnesController(OneOnOnesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        var noSession = viewModel.hasSession().not();
        noSessionPane.visibleProperty().bind(noSession);
        sessionBox.visibleProperty().bind(viewModel.hasSession());
        deleteSessionButton.disableProperty().bind(noSession);
        summaryButton.disableProperty().bind(noSession);

        sessionList.setItems(viewModel.sessions());
        sessionList.setCellFactory(list -> new SessionCell());
        sessionList.setPlaceholder(new Label(Messages.get("oneOnOne.sessions.empty")));
        sessionList.getSelectionModel().selectedItemProperty().addListener((observable, old, picked) ->
                viewModel.select(picked));
        viewModel.sessionProperty().addListener((observable, old, shown) -> selectInList(shown));
        sessionTitle.textProperty().bind(viewModel.sessionProperty().map(s ->
                Messages.get("oneOnOne.title", LONG_DATE.format(s.date()))).orElse(""));
        sessionList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                deleteSession();
                event.consume();
            }
        });

        agendaList.setItems(viewModel.agenda());
        agendaList.setCellFactory(list -> new AgendaCell());
        agendaList.setPlaceholder(wrapping(Messages.get("oneOnOne.agenda.empty")));
        agendaList.setOnKeyPressed(event -> {
            AgendaRow row = agendaList.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.DELETE && row != null && !row.isCarried()) {
                viewModel.deleteAgendaItem(row.item());
                event.consume();
            } else if (event.getCode() == KeyCode.SPACE && row != null) {
                viewModel.tick(row, !row.ticked());
                event.consume();
            }
        });
        raisedByPersonField.textProperty().bind(viewModel.sessionProperty().map(s ->
                Messages.get("oneOnOne.agenda.raisedBy", personName())).orElse(""));
        agendaField.setOnAction(event -> addAgendaItem());
        for (CheckBox option : new CheckBox[] {raisedByPersonField, recurringField}) {
            // Enter on a ticked option adds the point too, as it would in the text field
            option.setOnKeyPressed(event -> {
                if (event.getCode() == KeyCode.ENTER) {
                    addAgendaItem();
                    event.consume();
                }
            });
        }
        agendaField.textProperty().addListener((observable, old, text) -> showAgendaProblem(
                text.isEmpty() ? null : viewModel.agendaProblem(text)));
        showAgendaProblem(null);

        sharedNotesHeading.textProperty().bind(viewModel.sessionProperty().map(s ->
                Messages.get("oneOnOne.sharedNotes", personName())).orElse(""));
        sharedNotesField.textProperty().bindBidirectional(viewModel.sharedNotesProperty());
        privateNotesField.textProperty().bindBidirectional(viewModel.privateNotesProperty());
        Fields.showProblem(sharedNotesField, sharedNotesProblem, viewModel.sharedNotesProblemProperty());
        Fields.showProblem(privateNotesField, privateNotesProblem, viewModel.privateNotesProblemProperty());
        Fields.commitOnFocusLost(sharedNotesField, viewModel::commitSharedNotes);
        Fields.commitOnFocusLost(privateNotesField, viewModel::commitPrivateNotes);

        actionList.setItems(viewModel.actionItems());
        actionList.setCellFactory(list -> new ActionItemCell());
        actionList.setPlaceholder(wrapping(Messages.get("oneOnOne.actions.empty")));
        actionList.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                deleteActionItem();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                editActionItem();
                event.consume();
            }
        });
        actionList.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2) {
                editActionItem();
            }
        });
        var selectedAction = actionList.getSelectionModel().selectedItemProperty();
        editActionButton.disableProperty().bind(selectedAction.isNull());
        deleteActionButton.disableProperty().bind(selectedAction.isNull());
        sendToBoardButton.disableProperty().bind(selectedAction.map(ActionItemRow::onBoard).orElse(true));
    }

    private void selectInList(OneOnOne shown) {
        if (shown == null) {
            sessionList.getSelectionModel().clearSelection();
            return;
        }
        for (OneOnOne listed : sessionList.getItems()) {
            if (listed.id().equals(shown.id()) && listed != sessionList.getSelectionModel().getSelectedItem()) {
                sessionList.getSelectionModel().select(listed);
                return;
            }
        }
    }

    private String personName() {
        Person person = viewModel.person();
        return person == null ? "" : person.name();
    }

    private static Label wrapping(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private void showAgendaProblem(String problem) {
        agendaProblem.setText(problem == null ? "" : problem);
        agendaProblem.setVisible(problem != null);
        agendaProblem.setManaged(problem != null);
        agendaField.pseudoClassStateChanged(Styles.STATE_DANGER, problem != null);
    }

    /** Asks for the date of a new session with the person shown, and holds it. */
    @FXML
    public void newSession() {
        if (viewModel.person() == null) {
            return;
        }
        viewModel.session().dialogs()
                .show(new SessionDialog(personName(), viewModel.today(), viewModel::dateProblem))
                .ifPresent(start -> viewModel.startSession(start.date(), start.atSharedScreen()));
    }

    /** Holds today's session with the person shown at a shared screen. */
    @FXML
    public void startAtSharedScreen() {
        viewModel.startAtSharedScreen();
    }

    /** Says how a session's summary is written to PDF; the app hands in its print commands. */
    public void setSummaryExport(BiConsumer<UUID, UUID> export) {
        summaryExport = export;
    }

    /** Writes the shown session's summary (shared notes and action items, never the private notes) to a PDF. */
    @FXML
    public void exportSummary() {
        OneOnOne shown = viewModel.sessionProperty().get();
        if (shown != null) {
            viewModel.commitAll();
            summaryExport.accept(shown.personId(), shown.id());
        }
    }

    @FXML
    private void deleteSession() {
        OneOnOne shown = viewModel.sessionProperty().get();
        if (shown != null && viewModel.session().dialogs().confirm(Messages.get("oneOnOne.delete.title"),
                Messages.get("oneOnOne.delete.message", LONG_DATE.format(shown.date()), personName()),
                Messages.get("oneOnOne.delete.button"))) {
            viewModel.deleteSession();
        }
    }

    @FXML
    private void addAgendaItem() {
        String text = agendaField.getText();
        if (text.isBlank()) {
            showAgendaProblem(viewModel.agendaProblem(text));
            return;
        }
        if (viewModel.addAgendaItem(text, raisedByPersonField.isSelected(), recurringField.isSelected())) {
            agendaField.clear();
            raisedByPersonField.setSelected(false);
            recurringField.setSelected(false);
            agendaField.requestFocus();
        }
    }

    @FXML
    private void addActionItem() {
        if (viewModel.sessionProperty().get() != null) {
            viewModel.session().dialogs()
                    .show(new ActionItemDialog(null, viewModel::actionItemProblem, personName()))
                    .ifPresent(viewModel::addActionItem);
        }
    }

    @FXML
    private void editActionItem() {
        ActionItemRow row = actionList.getSelectionModel().getSelectedItem();
        if (viewModel.sessionProperty().get() != null && row != null) {
            viewModel.session().dialogs()
                    .show(new ActionItemDialog(row.item(), viewModel::actionItemProblem, personName()))
                    .ifPresent(viewModel::editActionItem);
        }
    }

    @FXML
    private void sendToBoard() {
        ActionItemRow row = actionList.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.sendToBoard(row.item());
        }
    }

    @FXML
    private void deleteActionItem() {
        ActionItemRow row = actionList.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.deleteActionItem(row.item());
        }
    }

    /**
     * The text of a row takes the room left and wraps. It is a label of its own beside the box, so a click on it
     * selects the row and only a click on the box ticks it.
     */
    private static void grow(Label text) {
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
    }

    /** A session: its date, and below it how many of its action items are still open. */
    private static final class SessionCell extends ListCell<OneOnOne> {
        private final Label date = new Label();
        private final Label open = new Label();
        private final VBox box = new VBox(2, date, open);

        SessionCell() {
            open.getStyleClass().add("text-muted");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(OneOnOne session, boolean empty) {
            super.updateItem(session, empty);
            setText(null);
            if (empty || session == null) {
                setGraphic(null);
                return;
            }
            date.setText(OneOnOnesViewModel.sessionDate(session));
            open.setText(OneOnOnesViewModel.openText(session));
            open.setVisible(!open.getText().isEmpty());
            open.setManaged(open.isVisible());
            setGraphic(box);
        }
    }

    /** A box ticked when the point was discussed (or the carried action item is done), the text and its tags. */
    private final class AgendaCell extends ListCell<AgendaRow> {
        private final CheckBox tick = new CheckBox();
        private final Label text = new Label();
        private final Label tags = new Label();
        private final HBox box = new HBox(8, tick, text, tags);
        private final CheckMenuItem recurring = new CheckMenuItem(Messages.get("oneOnOne.agenda.recurring"));
        private final MenuItem delete = new MenuItem(Messages.get("oneOnOne.agenda.delete"));

        AgendaCell() {
            grow(text);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            tags.getStyleClass().add("agenda-tag");
            tags.setMinWidth(Region.USE_PREF_SIZE);
            tick.setOnAction(event -> {
                if (getItem() != null) {
                    viewModel.tick(getItem(), tick.isSelected());
                }
            });
            recurring.setOnAction(event -> {
                if (getItem() != null && !getItem().isCarried()) {
                    viewModel.setRecurring(getItem().item(), recurring.isSelected());
                }
            });
            delete.setOnAction(event -> {
                if (getItem() != null && !getItem().isCarried()) {
                    viewModel.deleteAgendaItem(getItem().item());
                }
            });
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(AgendaRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setContextMenu(null);
                return;
            }
            text.setText(row.text());
            tick.setSelected(row.ticked());
            tags.setText(tagsOf(row));
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("carried"), row.isCarried());
            if (row.isCarried()) {
                setContextMenu(null);
            } else {
                recurring.setSelected(row.item().recurring());
                setContextMenu(new ContextMenu(recurring, delete));
            }
            setGraphic(box);
        }

        private String tagsOf(AgendaRow row) {
            if (row.isCarried()) {
                return Messages.get("oneOnOne.agenda.carriedTag", OneOnOnesViewModel.carriedFrom(row.carried()),
                        viewModel.ownerName(row.carried().item()));
            }
            String who = row.item().raisedByPerson() ? personName() : Messages.get("oneOnOne.owner.me");
            return row.item().recurring() ? Messages.get("oneOnOne.agenda.recurringTag", who) : who;
        }
    }

    /** An action item with a box to tick it done, and where its card stands when it went to the board. */
    private final class ActionItemCell extends ListCell<ActionItemRow> {
        private final CheckBox done = new CheckBox();
        private final Label text = new Label();
        private final Label board = new Label();
        private final HBox box = new HBox(8, done, text, board);

        ActionItemCell() {
            grow(text);
            box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
            board.getStyleClass().add("board-tag");
            board.setMinWidth(Region.USE_PREF_SIZE);
            done.setOnAction(event -> {
                OneOnOne shown = viewModel.sessionProperty().get();
                if (getItem() != null && shown != null) {
                    viewModel.markDone(shown.id(), getItem().item(), done.isSelected());
                }
            });
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ActionItemRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            ActionItem item = row.item();
            text.setText(viewModel.actionLine(item));
            done.setSelected(item.done());
            board.setText(row.onBoard() ? OneOnOnesViewModel.boardLine(row) : "");
            board.setVisible(row.onBoard());
            board.setManaged(row.onBoard());
            setGraphic(box);
        }
    }
}
