package org.trackwork.ui.board;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.trackwork.domain.Column;
import org.trackwork.ui.common.Messages;

/** Binds the three board columns to the view model. */
public final class BoardController {

    private final BoardViewModel viewModel;

    @FXML private ListView<TaskCard> surveyedList;
    @FXML private ListView<TaskCard> layingList;
    @FXML private ListView<TaskCard> laidList;
    @FXML private Label surveyedHeader;
    @FXML private Label layingHeader;
    @FXML private Label laidHeader;

    public BoardController(BoardViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        Map.of(Column.SURVEYED, surveyedList, Column.LAYING, layingList, Column.LAID, laidList)
                .forEach((column, list) -> {
                    list.setItems(viewModel.visibleCards(column));
                    list.setCellFactory(view -> new CardCell(view));
                    Label empty = new Label();
                    empty.textProperty().bind(viewModel.emptyText(column));
                    empty.setWrapText(true);
                    list.setPlaceholder(empty);
                });
        Map.of(Column.SURVEYED, surveyedHeader, Column.LAYING, layingHeader, Column.LAID, laidHeader)
                .forEach((column, header) -> header.textProperty().bind(Bindings.createStringBinding(
                        () -> Messages.get("board.column.header", Messages.get("column." + column.name()),
                                viewModel.visibleCards(column).size()),
                        viewModel.visibleCards(column))));
    }

    /** A card: title, owner's initials, due date (marked when overdue) and checklist progress. */
    private static final class CardCell extends ListCell<TaskCard> {
        private final Label title = new Label();
        private final Label owner = new Label();
        private final Label due = new Label();
        private final Label checklist = new Label();
        private final VBox card;

        CardCell(ListView<TaskCard> list) {
            title.setWrapText(true);
            title.getStyleClass().add("card-title");
            owner.getStyleClass().add("avatar-small");
            due.getStyleClass().add("text-small");
            checklist.getStyleClass().add("text-small");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox meta = new HBox(8, due, checklist, spacer, owner);
            meta.setAlignment(Pos.CENTER_LEFT);
            card = new VBox(6, title, meta);
            card.getStyleClass().add("card");
            setPrefWidth(0);
            // the title wraps to the column's width, so a long title is read in full rather than cut; the list's
            // width is known before the cell's, which keeps the first layout from wrapping at zero width
            title.maxWidthProperty().bind(list.widthProperty().subtract(40));
            title.setMinHeight(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(TaskCard item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            title.setText(item.title());
            owner.setText(item.ownerInitials());
            owner.setVisible(!item.ownerInitials().isEmpty());
            due.setText(item.due());
            due.getStyleClass().remove("overdue");
            if (item.overdue()) {
                due.getStyleClass().add("overdue");
            }
            checklist.setText(item.checklist());
            setGraphic(card);
        }
    }
}
