package org.trackwork.ui.search;

import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;
import javafx.stage.Window;
import org.trackwork.domain.MarkedText;
import org.trackwork.domain.SearchHit;
import org.trackwork.ui.common.Messages;

/**
 * Binds the top bar's search field to the search palette: typing in the field (Ctrl+K puts the cursor there) lists
 * the hits under it, grouped by kind with the matches in bold; Up and Down choose, Enter opens the chosen one in its
 * area, Esc closes. With nothing typed it lists the recent items.
 */
public final class SearchPalette {

    private static final double WIDTH = 560;

    private final TextField field;
    private final SearchViewModel viewModel;
    private final Popup popup = new Popup();
    private final ListView<SearchRow> list = new ListView<>();
    private final Label empty = new Label();
    private boolean quiet;

    private SearchPalette(TextField field, SearchViewModel viewModel) {
        this.field = field;
        this.viewModel = viewModel;
    }

    /** Makes the field the palette's input. */
    public static SearchPalette attach(TextField field, SearchViewModel viewModel) {
        SearchPalette palette = new SearchPalette(field, viewModel);
        palette.bind();
        return palette;
    }

    private void bind() {
        field.textProperty().bindBidirectional(viewModel.queryProperty());
        list.setId("searchResults");
        list.getStyleClass().add("search-results");
        list.setItems(viewModel.rows());
        list.setCellFactory(view -> new RowCell());
        list.setFocusTraversable(false);
        list.setPrefWidth(WIDTH);
        list.setPrefHeight(420);
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        viewModel.recentProperty().addListener((observable, was, recent) -> empty.setText(emptyText()));
        empty.setText(emptyText());
        VBox box = new VBox(list);
        box.getStyleClass().add("search-palette");
        popup.getContent().add(box);
        popup.setAutoHide(true);
        popup.setHideOnEscape(false);

        viewModel.selectedProperty().addListener((observable, old, index) -> {
            if (index.intValue() >= 0) {
                list.getSelectionModel().select(index.intValue());
                scrollToShow(index.intValue());
            } else {
                list.getSelectionModel().clearSelection();
            }
        });
        viewModel.rows().addListener((ListChangeListener<SearchRow>) change -> {
            int index = viewModel.selectedProperty().get();
            if (index >= 0) {
                list.getSelectionModel().select(index);
            }
        });

        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // the palette opens when asked (Ctrl+K, a click, typing), not when the field merely gets the focus
        field.setOnMouseClicked(event -> open());
        field.focusedProperty().addListener((observable, was, focused) -> {
            if (!focused) {
                close();
            }
        });
        // typing asks the view model to search by itself (its query changes): the popup only has to show
        field.textProperty().addListener((observable, old, now) -> {
            if (field.isFocused() && !quiet) {
                show();
            }
        });
    }

    /** Scrolls only as far as it takes to show the row (the first hit with its heading), not to put it on top. */
    private void scrollToShow(int index) {
        if (index <= 1) {
            list.scrollTo(0);
        } else if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(index);
        }
    }

    private String emptyText() {
        return Messages.get(viewModel.recentProperty().get() ? "search.noRecent" : "search.none");
    }

    /**
     * Sets what the field says without opening the palette, as when the shell puts the typed words away while a
     * shared screen shows and gives them back after.
     */
    public void setQuietly(String text) {
        quiet = true;
        try {
            field.setText(text);
            // after the text: the search it asked for is dropped with the hits
            close();
        } finally {
            quiet = false;
        }
    }

    /** Puts the cursor in the field with what was typed selected, and lists the hits. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
        open();
    }

    /** Lists the hits of what is typed now, as Ctrl+K, a click and Down do. */
    private void open() {
        if (!popup.isShowing()) {
            viewModel.search();
            show();
        }
    }

    private void show() {
        if (!popup.isShowing()) {
            Bounds at = field.localToScreen(field.getBoundsInLocal());
            if (at != null && field.getScene() != null) {
                // under the field, but inside the window: at 1024 px the field is near its right edge
                Window window = field.getScene().getWindow();
                double rightmost = window.getX() + window.getWidth() - WIDTH - 24;
                double x = Math.max(window.getX(), Math.min(at.getMinX(), rightmost));
                popup.show(field, x, at.getMaxY() + 2);
            }
        }
    }

    /**
     * Closes the palette and forgets its hits, as when a shared screen takes the window: what it listed for the
     * whole workbook must not stay in the scene.
     */
    public void close() {
        popup.hide();
        viewModel.clear();
    }

    private void onKey(KeyEvent event) {
        if (!popup.isShowing() && event.getCode() != KeyCode.DOWN) {
            // the keys act on the hits only while they show; Down shows them
            return;
        }
        if (!popup.isShowing()) {
            open();
            event.consume();
            return;
        }
        switch (event.getCode()) {
            case DOWN -> viewModel.move(1);
            case UP -> viewModel.move(-1);
            case ENTER -> openSelected();
            case ESCAPE -> {
                setQuietly("");
                field.getParent().requestFocus();
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void openSelected() {
        if (viewModel.openSelected()) {
            close();
            field.getParent().requestFocus();
        }
    }

    /** A heading, or a hit: its title with the matches in bold, what it belongs to, and an excerpt. */
    private final class RowCell extends ListCell<SearchRow> {

        RowCell() {
            // a click on a hit opens it; one on a heading, the scroll bar or empty space does nothing
            setOnMouseClicked(event -> {
                if (!isEmpty() && getItem() != null && !getItem().isHeading()) {
                    viewModel.select(getIndex());
                    openSelected();
                }
            });
        }

        @Override
        protected void updateItem(SearchRow row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("search-heading", "search-hit");
            setText(null);
            setGraphic(null);
            if (empty || row == null) {
                return;
            }
            if (row.isHeading()) {
                getStyleClass().add("search-heading");
                setText(SearchViewModel.headingOf(row.kind()));
                setMouseTransparent(true);
                return;
            }
            setMouseTransparent(false);
            getStyleClass().add("search-hit");
            SearchHit hit = row.hit();
            TextFlow title = flow(hit.title(), "search-title");
            HBox top = new HBox(8, title);
            if (!hit.context().isBlank()) {
                Label context = new Label(hit.context());
                context.getStyleClass().add("text-muted");
                top.getChildren().add(context);
            }
            if (hit.isPrivate()) {
                Region spacer = new Region();
                HBox.setHgrow(spacer, Priority.ALWAYS);
                Label tag = new Label(Messages.get("search.private"));
                tag.getStyleClass().add("private-tag");
                top.getChildren().addAll(spacer, tag);
            }
            VBox box = new VBox(2, top);
            if (!hit.snippet().isEmpty()) {
                TextFlow snippet = flow(hit.snippet(), "search-snippet");
                snippet.setMaxWidth(WIDTH - 40);
                box.getChildren().add(snippet);
            }
            setGraphic(box);
        }

        private static TextFlow flow(MarkedText text, String styleClass) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add(styleClass);
            for (MarkedText.Part part : text.parts()) {
                Text piece = new Text(part.text());
                piece.getStyleClass().add(part.match() ? "search-match" : "search-text");
                flow.getChildren().add(piece);
            }
            return flow;
        }
    }
}
