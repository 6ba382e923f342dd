package org.trackwork.ui.print;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;
import org.trackwork.domain.Destination;
import org.trackwork.domain.Station;
import org.trackwork.service.DestinationSnapshot;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.destination.JourneyStop;
import org.trackwork.ui.destination.JourneyView;

/**
 * Draws the journey of a quarter for the poster: a journey view of its own, off screen, in the light theme
 * whatever the window uses, taken at three times screen resolution so that it prints sharp.
 */
public final class JourneyPicture {

    private static final double WIDTH = 1300;
    private static final double HEIGHT = 640;
    private static final double SCALE = 3;

    private JourneyPicture() {
    }

    /** Call on the FX thread. */
    public static BufferedImage of(DestinationSnapshot snapshot, LocalDate today) {
        JourneyView journey = new JourneyView();
        journey.startDateProperty().set(today);
        journey.horizonProperty().set(snapshot.current().map(Destination::horizon).orElse(null));
        journey.progressProperty().set(snapshot.quarterProgress());
        journey.destinationTitleProperty().set(snapshot.current().map(Destination::title).orElse(""));
        journey.emptyTextProperty().set(Messages.get("journey.empty"));
        for (Station station : snapshot.stations()) {
            journey.getStops().add(new JourneyStop(station.id(), station.title(), station.due(),
                    station.confidence(), station.progress() >= 1, snapshot.hasOpenHazard(station), ""));
        }
        StackPane root = new StackPane(journey);
        Scene scene = new Scene(root, WIDTH, HEIGHT);
        scene.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        root.applyCss();
        root.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        return Images.toAwt(journey.snapshot(parameters, null));
    }
}
