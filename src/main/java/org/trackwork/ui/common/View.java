package org.trackwork.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Every FXML view by name, so that a view is loaded by constant and a typo fails at compile time. Some are parts of
 * another view, which includes them by file name; they are named here too, so that every FXML file has a constant
 * (ViewTest holds it).
 */
public enum View {
    SHELL("shell/ShellView.fxml"),
    SHARED_SCREEN("shell/SharedScreenView.fxml"),
    DESTINATION("destination/DestinationView.fxml"),
    /** A part of {@link #DESTINATION}. */
    GOALS("destination/GoalsView.fxml"),
    /** A part of {@link #DESTINATION}. */
    HAZARDS("destination/HazardsView.fxml"),
    /** A part of {@link #DESTINATION}. */
    SHIFTS("destination/ShiftsView.fxml"),
    BOARD("board/BoardView.fxml"),
    /** A part of {@link #BOARD}. */
    CARD_EDITOR("board/CardEditorView.fxml"),
    CREW("crew/CrewView.fxml"),
    /** A part of {@link #CREW}. */
    PERSON("crew/PersonView.fxml"),
    PLAN("crew/PlanView.fxml"),
    ONE_ON_ONES("oneonone/OneOnOnesView.fxml");

    private final String resource;

    View(String resource) {
        this.resource = resource;
    }

    /**
     * Loads the view with its controller and those of the views it includes, each of the class its FXML names.
     */
    /** Where the view's file lies under {@code org/trackwork/ui/}. */
    public String resource() {
        return resource;
    }

    public Parent load(Object... controllers) {
        URL url = View.class.getResource("/org/trackwork/ui/" + resource);
        if (url == null) {
            throw new IllegalStateException("Missing view " + resource);
        }
        FXMLLoader loader = new FXMLLoader(url, Messages.BUNDLE);
        loader.setControllerFactory(type -> java.util.Arrays.stream(controllers).filter(type::isInstance).findFirst()
                .orElseThrow(() -> new IllegalStateException(resource + " wants " + type.getName())));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
