package org.trackwork.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Every dialog, file chooser and notification goes through here, so tests can answer them. */
public interface DialogService {

    void showError(String title, String message);

    /** Tells the user something that went well and waits for OK, as a check's result. */
    void showMessage(String title, String message);

    boolean confirm(String title, String message, String confirmButton);

    /**
     * Asks for one line of text; the OK button stays disabled while the validator returns a message.
     *
     * @param validator returns null when the text is acceptable, else what is wrong
     */
    Optional<String> askText(String title, String label, String initial, Function<String, String> validator);

    /**
     * Asks the user what to do, with a button for each answer, the first one the default; closing the dialog
     * answers nothing.
     *
     * @param details a longer text under the message, such as a list of what was found; empty for none
     */
    <T> Optional<T> ask(String title, String message, String details, List<T> answers,
                        Function<? super T, String> labelOf);

    /** Lets the user pick one of the choices, each shown as its {@code toString()}. */
    default <T> Optional<T> choose(String title, String label, List<T> choices) {
        return choose(title, label, choices, String::valueOf);
    }

    /** Lets the user pick one of the choices, each shown by the label the function gives it. */
    <T> Optional<T> choose(String title, String label, List<T> choices, Function<? super T, String> labelOf);

    /** Shows a dialog of the app's own (a form) over the main window and waits for its result. */
    <R> Optional<R> show(javafx.scene.control.Dialog<R> dialog);

    /** Asks where to save a file of one type, such as a PNG picture. */
    Optional<Path> chooseFileToSave(String title, String suggestedName, String typeName, String extension);

    Optional<Path> chooseWorkbookToOpen(Path folder);

    Optional<Path> chooseWorkbookToSave(String title, Path folder, String suggestedName);

    /**
     * Shows the progress of long work with a Cancel button, until the work closes it; the main window waits.
     *
     * @param onCancel run on the FX thread when the user cancels or closes the window
     */
    ProgressHandle showProgress(String title, Runnable onCancel);

    /** A short non-blocking message that goes away by itself. */
    void notify(String message);

    /** A non-blocking message about something that failed. */
    void notifyError(String message);
}
