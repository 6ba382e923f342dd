package org.trackwork.ui.common;

import javafx.scene.control.ListCell;

/** A line of text in a list that wraps to the list's width instead of running off its edge. */
public final class WrappingCell extends ListCell<String> {

    public WrappingCell() {
        setWrapText(true);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty ? null : item);
    }
}
