package org.trackwork.ui.shell;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.trackwork.ui.common.MenuAction;
import org.trackwork.ui.common.Messages;

/**
 * Menu items made from {@link MenuAction}s, each keeping its action, and the walk that finds every item a shared
 * screen must shut: those whose action is not marked safe there, and any item that has no action at all.
 */
final class MenuBarItems {

    private MenuBarItems() {
    }

    /** A menu of the bar, titled by a message key. */
    static Menu menu(String id, String textKey) {
        Menu menu = new Menu(Messages.get(textKey));
        menu.setId(id);
        return menu;
    }

    static MenuItem add(Menu menu, MenuAction action) {
        return add(menu, action.run(), action);
    }

    static MenuItem add(Menu menu, Runnable run, MenuAction action) {
        if (action.separatorBefore() && !menu.getItems().isEmpty()) {
            menu.getItems().add(new SeparatorMenuItem());
        }
        MenuItem item = new MenuItem(Messages.get(action.textKey()));
        item.setId(action.id());
        item.setAccelerator(action.accelerator());
        item.setOnAction(event -> run.run());
        item.getProperties().put(MenuAction.class, action);
        menu.getItems().add(item);
        return item;
    }

    /**
     * Every item of the menu bar, submenus included, that is not marked safe for a shared screen; a disabled menu
     * does not stop its items' shortcuts, so each is shut by itself.
     */
    static List<MenuItem> unsafeOnSharedScreen(MenuBar menuBar) {
        List<MenuItem> unsafe = new ArrayList<>();
        for (Menu menu : menuBar.getMenus()) {
            collectUnsafe(menu.getItems(), unsafe);
        }
        return unsafe;
    }

    private static void collectUnsafe(List<MenuItem> items, List<MenuItem> unsafe) {
        for (MenuItem item : items) {
            if (item instanceof SeparatorMenuItem) {
                continue;
            }
            MenuAction action = (MenuAction) item.getProperties().get(MenuAction.class);
            if (action == null || !action.sharedScreenSafe()) {
                unsafe.add(item);
            }
            if (item instanceof Menu submenu) {
                collectUnsafe(submenu.getItems(), unsafe);
            }
        }
    }
}
