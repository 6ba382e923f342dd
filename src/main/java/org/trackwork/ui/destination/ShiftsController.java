package org.trackwork.ui.destination;

import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WrappingCell;

/** Binds the shift timeline and the selected shift's crew checklist. */
public final class ShiftsController {

    private final ShiftsViewModel viewModel;

    @FXML private ListView<ShiftRow> shiftList;
    @FXML private ListView<TalkRow> talkList;
    @FXML private ListView<String> earlierList;

    public ShiftsController(DestinationViewModel destination) {
        this.viewModel = destination.shifts();
    }

    @FXML
    private void initialize() {
        shiftList.setItems(viewModel.shifts());
        shiftList.setCellFactory(list -> new ShiftCell(list));
        Label noShifts = new Label(Messages.get("shifts.empty"));
        noShifts.setWrapText(true);
        shiftList.setPlaceholder(noShifts);
        shiftList.getSelectionModel().selectedItemProperty().addListener((observable, old, row) -> {
            if (row != null) {
                viewModel.selectedProperty().set(row);
            }
        });
        viewModel.selectedProperty().addListener((observable, old, row) -> {
            if (row != shiftList.getSelectionModel().getSelectedItem()) {
                shiftList.getSelectionModel().select(row);
            }
        });
        earlierList.setItems(viewModel.earlierDestinations());
        earlierList.setPlaceholder(new Label(Messages.get("shift.earlier.empty")));
        earlierList.setCellFactory(list -> new WrappingCell());
        talkList.setItems(viewModel.talks());
        talkList.setCellFactory(list -> new TalkCell());
        talkList.setPlaceholder(new Label(Messages.get("shift.checklist.empty")));
    }

    /** A shift on the timeline: from where to where, when, why, and how many have heard. */
    private static final class ShiftCell extends ListCell<ShiftRow> {
        private final Label change = new Label();
        private final Label meta = new Label();
        private final Label reason = new Label();
        private final VBox box = new VBox(3, change, meta, reason);

        ShiftCell(ListView<ShiftRow> list) {
            change.getStyleClass().add("goal-title");
            change.setWrapText(true);
            meta.getStyleClass().add("text-muted");
            reason.setWrapText(true);
            // the texts wrap to the list's width: a reason is read in full, not cut short
            for (Label label : new Label[] {change, reason}) {
                label.maxWidthProperty().bind(list.widthProperty().subtract(30));
                label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ShiftRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            change.setText(item.change());
            meta.setText(item.date() + " · " + item.heard());
            reason.setText(item.reason());
            setGraphic(box);
        }
    }

    /** A crew member with a tick for "has heard about the change", and when. */
    private final class TalkCell extends ListCell<TalkRow> {
        private final CheckBox heard = new CheckBox();

        TalkCell() {
            setPrefWidth(0);
            heard.setWrapText(true);
            heard.setOnAction(event -> {
                TalkRow item = getItem();
                if (item != null) {
                    viewModel.setHeard(item, heard.isSelected());
                }
            });
        }

        @Override
        protected void updateItem(TalkRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            heard.setText(item.name() + " — " + item.when());
            heard.setSelected(item.heard());
            setGraphic(heard);
        }
    }
}
