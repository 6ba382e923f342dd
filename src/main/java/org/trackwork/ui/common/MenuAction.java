package org.trackwork.ui.common;

import java.util.Objects;
import javafx.scene.input.KeyCombination;

/**
 * One command in the menu bar: its words (a message key), its shortcut, what it does, and whether a shared screen
 * may run it. An action is shut while a shared screen takes the main window unless it says it is safe there, so a
 * new command cannot reach the workbook or another person there by being forgotten.
 *
 * @param id               the menu item's id, for tests and for the search palette
 * @param textKey          the key of its words in messages.properties
 * @param accelerator      its shortcut, or null
 * @param run              what it does, on the FX thread
 * @param sharedScreenSafe whether it may run while a shared screen takes the main window
 * @param separatorBefore  whether a separator stands above it in its menu
 */
public record MenuAction(String id, String textKey, KeyCombination accelerator, Runnable run,
                         boolean sharedScreenSafe, boolean separatorBefore) {

    public MenuAction {
        Objects.requireNonNull(id);
        Objects.requireNonNull(textKey);
        Objects.requireNonNull(run);
    }

    /** An action shut on a shared screen, with a shortcut written as {@link KeyCombination#valueOf} reads it. */
    public static MenuAction of(String id, String textKey, String accelerator, Runnable run) {
        return new MenuAction(id, textKey, accelerator == null ? null : KeyCombination.valueOf(accelerator), run,
                false, false);
    }

    /** The same action, allowed while a shared screen takes the main window (it shows nothing of anyone else). */
    public MenuAction safeOnSharedScreen() {
        return new MenuAction(id, textKey, accelerator, run, true, separatorBefore);
    }

    /** The same action, with a separator above it. */
    public MenuAction afterSeparator() {
        return new MenuAction(id, textKey, accelerator, run, sharedScreenSafe, true);
    }
}
