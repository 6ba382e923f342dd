package org.trackwork.ui.common;

import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.Parent;

/**
 * What an area brings to the main window: its view, its menu with shortcuts, what it adds to the File menu and the
 * status line, and the places it can open. The shell builds the navigation, the menu bar and the shortcuts from the
 * areas App registers, so adding an area is its package and one line there.
 */
public interface Area {

    /** The area's name, for ids: its navigation button is {@code <name>Nav}, its menu {@code <name>Menu}. */
    String name();

    /** The key of its name in messages.properties, on its navigation button and in the View menu. */
    String titleKey();

    /** The key of its menu's title in messages.properties. */
    String menuKey();

    /** The Ikonli Feather icon of its navigation button. */
    String icon();

    /** The area's view, built once. */
    Parent view();

    /** The commands of its own menu, in order. */
    List<MenuAction> menu();

    /** What it adds to the File menu (exports of what it shows). */
    default List<MenuAction> fileMenu() {
        return List.of();
    }

    /** What it shows in the status line; hidden while a shared screen takes the main window. */
    default List<Node> statusItems() {
        return List.of();
    }

    /** The kinds of places it opens. */
    default Set<Target.Kind> opens() {
        return Set.of();
    }

    /** Opens a place of a kind it {@link #opens()}; the shell has shown the area already. */
    default void open(Target target) {
    }
}
