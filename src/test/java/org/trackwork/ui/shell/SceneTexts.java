package org.trackwork.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Window;

/**
 * Every text a scene graph holds, in any form a user could come to see: labels and cells, text fields, tooltips,
 * tab titles and tab pages not on top, the items of lists, tables and combo boxes, and menus. Call on the FX thread.
 */
public final class SceneTexts {

    private final List<String> texts = new ArrayList<>();

    private SceneTexts() {
    }

    /** The texts of every window that is showing, dialogs and popups included. */
    public static List<String> ofAllWindows() {
        SceneTexts collector = new SceneTexts();
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window.getScene() != null) {
                collector.collect(window.getScene().getRoot());
            }
        }
        return collector.texts;
    }

    /** The texts of one window's scene. */
    public static List<String> of(Window window) {
        SceneTexts collector = new SceneTexts();
        collector.collect(window.getScene().getRoot());
        return collector.texts;
    }

    private void collect(Node node) {
        if (node == null) {
            return;
        }
        if (node instanceof Labeled labeled) {
            add(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            add(input.getText());
            add(input.getPromptText());
        }
        if (node instanceof Text text) {
            add(text.getText());
        }
        if (node instanceof Control control) {
            tooltip(control.getTooltip());
        }
        if (node instanceof ListView<?> list) {
            list.getItems().forEach(this::addItem);
        }
        if (node instanceof TableView<?> table) {
            table.getItems().forEach(this::addItem);
        }
        if (node instanceof TreeView<?> tree && tree.getRoot() != null) {
            addItem(tree.getRoot().getValue());
        }
        if (node instanceof ComboBox<?> combo) {
            combo.getItems().forEach(this::addItem);
        }
        if (node instanceof ComboBoxBase<?> combo) {
            addItem(combo.getValue());
        }
        if (node instanceof ChoiceBox<?> choice) {
            choice.getItems().forEach(this::addItem);
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                add(tab.getText());
                tooltip(tab.getTooltip());
                collect(tab.getContent());
            }
        }
        if (node instanceof MenuBar bar) {
            bar.getMenus().forEach(this::menuItem);
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::collect);
        }
    }

    private void menuItem(MenuItem item) {
        add(item.getText());
        if (item instanceof Menu menu) {
            menu.getItems().forEach(this::menuItem);
        }
    }

    private void tooltip(Tooltip tooltip) {
        if (tooltip != null) {
            add(tooltip.getText());
        }
    }

    private void addItem(Object item) {
        add(Objects.toString(item, null));
    }

    private void add(String text) {
        if (text != null && !text.isEmpty()) {
            texts.add(text);
        }
    }
}
