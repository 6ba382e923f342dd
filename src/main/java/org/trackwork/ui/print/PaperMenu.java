package org.trackwork.ui.print;

import javafx.beans.property.ObjectProperty;
import javafx.scene.control.Menu;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.trackwork.print.PaperSize;
import org.trackwork.ui.common.Messages;

/** Fills File > Paper Size with one choice per paper, kept in step with the paper the documents use. */
public final class PaperMenu {

    private PaperMenu() {
    }

    public static void fill(Menu menu, ObjectProperty<PaperSize> paper) {
        ToggleGroup group = new ToggleGroup();
        for (PaperSize size : PaperSize.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("print.paper." + size.name()));
            item.setId("paper" + size.name());
            item.setToggleGroup(group);
            item.setSelected(paper.get() == size);
            item.setOnAction(event -> paper.set(size));
            paper.addListener((observable, old, now) -> item.setSelected(now == size));
            menu.getItems().add(item);
        }
    }
}
