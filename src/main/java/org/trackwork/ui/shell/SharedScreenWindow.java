package org.trackwork.ui.shell;

import java.util.List;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.trackwork.ui.common.Messages;

/**
 * The window of its own that the shared screen moves to, so that it can be dragged to a projector or a second
 * monitor while the main window stays the manager's. Closing it is leaving the shared screen, so it asks first.
 */
final class SharedScreenWindow {

    private static final double WIDTH = 1024;
    private static final double HEIGHT = 700;

    private final SharedScreenViewModel viewModel;
    private final Parent view;
    private Stage stage;

    SharedScreenWindow(SharedScreenViewModel viewModel, Parent view) {
        this.viewModel = viewModel;
        this.view = view;
    }

    /** Shows the shared view in its window, styled as the main window is; the view must have no parent. */
    void show(List<String> stylesheets) {
        if (stage != null) {
            return;
        }
        stage = new Stage();
        stage.setTitle(Messages.get("shared.window.title"));
        Scene scene = new Scene(view, WIDTH, HEIGHT);
        scene.getStylesheets().setAll(stylesheets);
        stage.setScene(scene);
        stage.setOnCloseRequest(event -> {
            // the window stays until the user confirms; confirming ends the mode, which closes it
            event.consume();
            viewModel.leave();
        });
        stage.show();
    }

    /** Closes the window and frees the shared view, so that the main window may show it again. */
    void close() {
        if (stage == null) {
            return;
        }
        stage.getScene().setRoot(new Pane());
        stage.close();
        stage = null;
    }
}
