package org.trackwork.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every dialog, file chooser and notification goes through here, so tests can answer them. */
public interface DialogService {

    void showError(String title, String message);

    boolean confirm(String title, String message, String confirmButton);

    /**
     * Asks for one line of text; the OK button stays disabled while the validator returns a message.
     *
     * @param validator returns null when the text is acceptable, else what is wrong
     */
    Optional<String> askText(String title, String label, String initial, Function<String, String> validator);

    <T> Optional<T> choose(String title, String label, List<T> choices);

    Optional<Path> chooseWorkbookToOpen(Path folder);

    Optional<Path> chooseWorkbookToSave(String title, Path folder, String suggestedName);

    /** A short non-blocking message that goes away by itself. */
    void notify(String message);

    /** A non-blocking message about something that failed. */
    void notifyError(String message);
}
