package org.trackwork.ui.destination;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.trackwork.domain.Confidence;
import org.trackwork.ui.common.Messages;

/** The journey from the start date to the destination's horizon: track, stations, boulders and the train. */
public class JourneyView extends Control {

    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>(this, "startDate");
    private final ObjectProperty<LocalDate> horizon = new SimpleObjectProperty<>(this, "horizon");
    private final StringProperty destinationTitle = new SimpleStringProperty(this, "destinationTitle", "");
    private final StringProperty emptyText = new SimpleStringProperty(this, "emptyText", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private final ObservableList<JourneyStop> stops = FXCollections.observableArrayList();
    private final ObjectProperty<Consumer<UUID>> onOpen = new SimpleObjectProperty<>(this, "onOpen");
    private final ObjectProperty<Function<Confidence, String>> confidenceText = new SimpleObjectProperty<>(this,
            "confidenceText", confidence -> Messages.get("confidence." + confidence.name()));

    public JourneyView() {
        getStyleClass().add("journey-view");
    }

    /** The left end of the line, usually today; null means today. */
    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    /** The right end of the line, the destination's horizon; null means a year after the start. */
    public ObjectProperty<LocalDate> horizonProperty() {
        return horizon;
    }

    public StringProperty destinationTitleProperty() {
        return destinationTitle;
    }

    /** Shown when there are no stops, saying what to do next. */
    public StringProperty emptyTextProperty() {
        return emptyText;
    }

    /** How far the train has come, 0 at the start and 1 at the destination; values outside are clamped. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObservableList<JourneyStop> getStops() {
        return stops;
    }

    /** Called with a stop's id when its station, label or boulder is clicked. */
    public ObjectProperty<Consumer<UUID>> onOpenProperty() {
        return onOpen;
    }

    /** Names a confidence in the tooltips; the default reads the application's messages. */
    public ObjectProperty<Function<Confidence, String>> confidenceTextProperty() {
        return confidenceText;
    }

    /** The date the line starts at: the start date, or today. */
    LocalDate effectiveStart() {
        LocalDate start = startDate.get();
        return start == null ? LocalDate.now() : start;
    }

    /** The date the line ends at: the horizon, or a year after the start when there is none. */
    LocalDate effectiveHorizon() {
        LocalDate end = horizon.get();
        return end == null ? effectiveStart().plusYears(1) : end;
    }

    /** Where a date lies between start (0) and horizon (1); dates outside are clamped, no date is the horizon. */
    double fractionOf(LocalDate date) {
        if (date == null) {
            return 1;
        }
        LocalDate start = effectiveStart();
        // A horizon already passed leaves a line one day long rather than a division by zero.
        long span = Math.max(1, ChronoUnit.DAYS.between(start, effectiveHorizon()));
        return clamp(ChronoUnit.DAYS.between(start, date) / (double) span);
    }

    double clampedProgress() {
        return clamp(progress.get());
    }

    void open(UUID stopId) {
        Consumer<UUID> handler = onOpen.get();
        if (handler != null) {
            handler.accept(stopId);
        }
    }

    /** A picture of the control as it is laid out now, the size of the control; call on the FX thread. */
    public WritableImage snapshotImage() {
        applyCss();
        layout();
        // A snapshot's viewport lies in the parent's coordinates, as the node's own position does.
        Bounds bounds = localToParent(getLayoutBounds());
        SnapshotParameters parameters = new SnapshotParameters();
        // Transparent, so that the rounded corners do not come out white on the dark theme.
        parameters.setFill(Color.TRANSPARENT);
        parameters.setViewport(new Rectangle2D(bounds.getMinX(), bounds.getMinY(),
                Math.ceil(bounds.getWidth()), Math.ceil(bounds.getHeight())));
        return snapshot(parameters, null);
    }

    /** Writes an image as a PNG file without javafx-swing, so that it works headless too. */
    public static void writePng(Image image, Path file) throws IOException {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        picture.setRGB(0, 0, width, height, argb, 0, width);
        try (OutputStream out = Files.newOutputStream(file)) {
            if (!ImageIO.write(picture, "png", out)) {
                throw new IOException("No PNG writer is available to write " + file + ".");
            }
        }
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new JourneyViewSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return JourneyView.class.getResource("journey-view.css").toExternalForm();
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
    }
}
