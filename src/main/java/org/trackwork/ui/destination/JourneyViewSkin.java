package org.trackwork.ui.destination;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Polyline;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.trackwork.domain.Confidence;
import org.trackwork.ui.common.Messages;

/** Draws a {@link JourneyView} with shapes: track, stations and their labels, boulders, the train and the flag. */
public class JourneyViewSkin extends SkinBase<JourneyView> {

    static final String STOP_ID = "stopId";

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);
    private static final double STATION_RADIUS = 7;
    private static final double RAIL_OFFSET = 4.5;
    private static final double TRACK_HALF = 9;
    /** Room above the track for the train, the flag and boulders, kept free of labels. */
    private static final double TRAIN_ZONE = 48;
    private static final double BELOW_GAP = 6;
    private static final double ROW_GAP = 5;
    private static final double LABEL_GAP = 10;
    private static final double LABEL_MAX_WIDTH = 180;
    private static final double TOOLTIP_TEXT_WIDTH = 320;
    /** A locomotive's length, so that the train fits behind the start at progress 0. */
    private static final double START_INSET = 62;
    /** Room right of the track's end for the flag's cloth. */
    private static final double END_INSET = 30;

    private final Line laidSleepers = styled(new Line(), "sleepers", "laid");
    private final Line plannedSleepers = styled(new Line(), "sleepers", "planned");
    private final Line[] laidRails = {styled(new Line(), "rail", "laid"), styled(new Line(), "rail", "laid")};
    private final Line[] plannedRails = {styled(new Line(), "rail", "planned"), styled(new Line(), "rail", "planned")};
    private final Group leaders = layer();
    private final Group stations = layer();
    private final Group boulders = layer();
    private final Group labels = layer();
    private final Node train = Locomotive.create();
    private final Node flag = destinationFlag();
    private final Label title = styled(new Label(), "destination-title");
    private final Label startDate = styled(new Label(), "journey-date");
    private final Label horizonDate = styled(new Label(), "journey-date");
    private final Label empty = styled(new Label(), "empty-text");
    private final List<StopNodes> stopNodes = new ArrayList<>();

    /** The nodes drawn for one stop; the boulder is null when no hazard lies on it. */
    private record StopNodes(JourneyStop stop, Circle station, Label label, Line leader, Node boulder) {
    }

    public JourneyViewSkin(JourneyView view) {
        super(view);
        title.textProperty().bind(view.destinationTitleProperty());
        empty.textProperty().bind(view.emptyTextProperty());
        Group track = new Group(laidSleepers, plannedSleepers, laidRails[0], laidRails[1], plannedRails[0],
                plannedRails[1]);
        track.setMouseTransparent(true);
        getChildren().addAll(track, leaders, stations, boulders, flag, train, labels, title, startDate,
                horizonDate, empty);
        registerChangeListener(view.startDateProperty(), observable -> datesChanged());
        registerChangeListener(view.horizonProperty(), observable -> datesChanged());
        registerChangeListener(view.progressProperty(), observable -> view.requestLayout());
        registerChangeListener(view.destinationTitleProperty(), observable -> view.requestLayout());
        registerChangeListener(view.emptyTextProperty(), observable -> view.requestLayout());
        registerChangeListener(view.confidenceTextProperty(), observable -> rebuildStops());
        registerListChangeListener(view.getStops(), change -> rebuildStops());
        datesChanged();
        rebuildStops();
    }

    @Override
    public void dispose() {
        // The labels are bound to the control, which outlives this skin when another one replaces it.
        title.textProperty().unbind();
        empty.textProperty().unbind();
        super.dispose();
    }

    private void datesChanged() {
        JourneyView view = getSkinnable();
        startDate.setText(DATE.format(view.effectiveStart()));
        horizonDate.setText(DATE.format(view.effectiveHorizon()));
        // Every station and the train move with the dates; their places are worked out in layout.
        view.requestLayout();
    }

    private void rebuildStops() {
        stopNodes.clear();
        leaders.getChildren().clear();
        stations.getChildren().clear();
        boulders.getChildren().clear();
        labels.getChildren().clear();
        for (JourneyStop stop : getSkinnable().getStops()) {
            StopNodes nodes = createStopNodes(stop);
            stopNodes.add(nodes);
            leaders.getChildren().add(nodes.leader());
            stations.getChildren().add(nodes.station());
            labels.getChildren().add(nodes.label());
            if (nodes.boulder() != null) {
                boulders.getChildren().add(nodes.boulder());
            }
        }
        getSkinnable().requestLayout();
    }

    private StopNodes createStopNodes(JourneyStop stop) {
        Tooltip tooltip = tooltipFor(stop);
        Circle station = styled(new Circle(STATION_RADIUS), "station", cssClass(stop.confidence()));
        station.setAccessibleText(stop.label());
        Label label = styled(new Label(stop.label()), "station-label");
        if (stop.done()) {
            station.getStyleClass().add("done");
            label.getStyleClass().add("done");
        }
        Line leader = styled(new Line(), "station-leader");
        leader.setMouseTransparent(true);
        Node boulder = stop.hazard() ? Boulder.create(stop.id()) : null;
        for (Node node : boulder == null ? List.of(station, label) : List.of(station, label, boulder)) {
            node.getProperties().put(STOP_ID, stop.id());
            Tooltip.install(node, tooltip);
            node.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY) {
                    getSkinnable().open(stop.id());
                }
            });
        }
        return new StopNodes(stop, station, label, leader, boulder);
    }

    private Tooltip tooltipFor(JourneyStop stop) {
        Label heading = styled(new Label(stop.label()), "text-bold");
        List<String> facts = new ArrayList<>();
        if (stop.due() != null) {
            facts.add(DATE.format(stop.due()));
        }
        Function<Confidence, String> names = getSkinnable().confidenceTextProperty().get();
        if (!stop.done() && names != null) {
            facts.add(names.apply(stop.confidence()));
        }
        VBox lines = new VBox(2, heading);
        if (!facts.isEmpty()) {
            lines.getChildren().add(styled(new Label(String.join("  ·  ", facts)), "text-muted"));
        }
        if (!stop.detail().isBlank()) {
            // A Text wraps to a known height; a wrapping Label in a tooltip's graphic leaves it far too tall.
            Text detail = new Text(stop.detail());
            detail.setStyle("-fx-fill: -color-fg-default;");
            if (detail.getLayoutBounds().getWidth() > TOOLTIP_TEXT_WIDTH) {
                detail.setWrappingWidth(TOOLTIP_TEXT_WIDTH);
            }
            lines.getChildren().add(detail);
        }
        // The popup has none of the control's stylesheet, so the dot takes its colour from the theme inline.
        Circle dot = new Circle(5);
        dot.setStyle("-fx-fill: " + (stop.done() ? "-color-success-emphasis" : themeColour(stop.confidence())) + ";");
        Tooltip tooltip = new Tooltip();
        tooltip.setGraphic(new HBox(8, dot, lines));
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.setShowDuration(Duration.seconds(20));
        return tooltip;
    }

    @Override
    protected void layoutChildren(double x, double y, double width, double height) {
        double left = x + START_INSET;
        double right = x + width - END_INSET;
        double span = Math.max(0, right - left);
        double labelHeight = snapSizeY(startDate.prefHeight(-1));
        Rows rows = Rows.fit(y, height, labelHeight);
        double trackY = rows.trackY();

        double trainX = snapPositionX(left + getSkinnable().clampedProgress() * span);
        layoutTrack(x, trainX, right, trackY);
        // The train's nose marks the progress: the track behind it is laid, and at 1 it stops at the buffer.
        train.setLayoutX(trainX - Locomotive.NOSE);
        train.setLayoutY(trackY + 2);
        flag.setLayoutX(right);
        flag.setLayoutY(trackY);

        // The outermost rows share their line with the title (top) and the two dates (bottom).
        double[] rowFrom = new double[rows.count()];
        double[] rowTo = new double[rows.count()];
        Arrays.fill(rowFrom, x);
        Arrays.fill(rowTo, x + width);
        double titleWidth = Math.min(title.prefWidth(-1), width * 0.5);
        title.setVisible(!title.getText().isBlank());
        layoutInArea(title, x + width - titleWidth, rows.top(rows.topmost()), titleWidth, rows.height(), 0,
                HPos.RIGHT, VPos.CENTER);
        if (title.isVisible()) {
            rowTo[rows.topmost()] = x + width - titleWidth - LABEL_GAP;
        }
        double bottom = rows.top(rows.bottommost());
        double startWidth = startDate.prefWidth(-1);
        double horizonWidth = horizonDate.prefWidth(-1);
        startDate.resizeRelocate(x, bottom, startWidth, labelHeight);
        horizonDate.resizeRelocate(x + width - horizonWidth, bottom, horizonWidth, labelHeight);
        horizonDate.setVisible(startWidth + LABEL_GAP < width - horizonWidth);
        rowFrom[rows.bottommost()] = x + startWidth + LABEL_GAP;
        rowTo[rows.bottommost()] = horizonDate.isVisible() ? x + width - horizonWidth - LABEL_GAP : x + width;
        layoutStops(new LabelLayout(x, x + width, LABEL_GAP, rowFrom, rowTo), rows, left, span, trackY,
                labelHeight, Math.min(LABEL_MAX_WIDTH, width));

        empty.setVisible(stopNodes.isEmpty());
        double emptyWidth = Math.min(empty.prefWidth(-1), width);
        double belowTrack = trackY + TRACK_HALF + BELOW_GAP;
        layoutInArea(empty, x + (width - emptyWidth) / 2, belowTrack, emptyWidth,
                Math.max(labelHeight, bottom - belowTrack), 0, HPos.CENTER, VPos.CENTER);
    }

    /**
     * The label rows above and below the track that fit the height, numbered in the order they are tried:
     * nearest below, nearest above, then outward. The room for the train lies between the track and the rows above.
     */
    private record Rows(double trackY, double height, int above, int below) {

        static Rows fit(double y, double available, double labelHeight) {
            double rowHeight = labelHeight + ROW_GAP;
            double fixed = TRAIN_ZONE + 2 * TRACK_HALF + BELOW_GAP;
            // Two rows at least: the title's and the dates'.
            int count = Math.max(2, (int) Math.floor((available - fixed) / rowHeight));
            int above = count / 2;
            double slack = Math.max(0, available - fixed - count * rowHeight);
            // A whole-pixel track keeps the rails crisp.
            return new Rows(Math.round(y + slack / 2 + above * rowHeight + TRAIN_ZONE + TRACK_HALF), rowHeight,
                    above, count - above);
        }

        int count() {
            return above + below;
        }

        /** Even rows lie below the track and odd ones above; below has at most one row more than above. */
        double top(int row) {
            int ring = row / 2;
            return row % 2 == 0 ? trackY + TRACK_HALF + BELOW_GAP + ring * height
                    : trackY - TRACK_HALF - TRAIN_ZONE - (ring + 1) * height;
        }

        int topmost() {
            return 2 * above - 1;
        }

        int bottommost() {
            return 2 * (below - 1);
        }
    }

    private void layoutTrack(double startX, double trainX, double endX, double trackY) {
        setLine(laidSleepers, startX, trainX, trackY);
        setLine(plannedSleepers, trainX, endX, trackY);
        for (int rail = 0; rail < 2; rail++) {
            double railY = trackY + (rail == 0 ? -RAIL_OFFSET : RAIL_OFFSET);
            setLine(laidRails[rail], startX, trainX, railY);
            setLine(plannedRails[rail], trainX, endX, railY);
        }
    }

    private void layoutStops(LabelLayout layout, Rows rows, double left, double span, double trackY,
                             double labelHeight, double maxLabelWidth) {
        int count = stopNodes.size();
        double[] centres = new double[count];
        double[] widths = new double[count];
        for (int i = 0; i < count; i++) {
            StopNodes nodes = stopNodes.get(i);
            centres[i] = snapPositionX(left + getSkinnable().fractionOf(nodes.stop().due()) * span);
            widths[i] = snapSizeX(Math.min(nodes.label().prefWidth(-1), maxLabelWidth));
        }
        int[] rowOf = layout.rows(centres, widths);
        for (int i = 0; i < count; i++) {
            StopNodes nodes = stopNodes.get(i);
            double stationX = centres[i];
            nodes.station().setCenterX(stationX);
            nodes.station().setCenterY(trackY);
            if (nodes.boulder() != null) {
                nodes.boulder().setLayoutX(stationX);
                nodes.boulder().setLayoutY(trackY - STATION_RADIUS - 1);
            }
            boolean shown = rowOf[i] != LabelLayout.HIDDEN;
            nodes.label().setVisible(shown);
            nodes.leader().setVisible(shown);
            if (shown) {
                double top = rows.top(rowOf[i]);
                nodes.label().resizeRelocate(layout.start(stationX, widths[i]), top, widths[i], labelHeight);
                boolean below = top > trackY;
                nodes.leader().setStartX(stationX);
                nodes.leader().setEndX(stationX);
                nodes.leader().setStartY(trackY + (below ? STATION_RADIUS : -STATION_RADIUS));
                nodes.leader().setEndY(below ? top : top + labelHeight);
            }
        }
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return 320 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 160 + top + bottom;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 780 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 220 + top + bottom;
    }

    private static Node destinationFlag() {
        Line pole = styled(new Line(0, 0, 0, -40), "flag-pole");
        Polygon cloth = styled(new Polygon(0, -40, 22, -40, 17, -33.5, 22, -27, 0, -27), "flag-cloth");
        Rectangle buffer = styled(new Rectangle(-3, -TRACK_HALF, 6, 2 * TRACK_HALF), "buffer-stop");
        Group group = new Group(buffer, pole, cloth);
        group.setId("destination-flag");
        group.getStyleClass().add("destination-flag");
        group.setMouseTransparent(true);
        return group;
    }

    private static void setLine(Line line, double fromX, double toX, double y) {
        line.setStartX(fromX);
        line.setEndX(toX);
        line.setStartY(y);
        line.setEndY(y);
        line.setVisible(toX > fromX);
    }

    private static Group layer() {
        Group group = new Group();
        // The skin places every node itself; a Group would otherwise resize labels to their full width.
        group.setAutoSizeChildren(false);
        return group;
    }

    private static String cssClass(Confidence confidence) {
        return switch (confidence) {
            case ON_TRACK -> "on-track";
            case AT_RISK -> "at-risk";
            case OFF_TRACK -> "off-track";
        };
    }

    private static String themeColour(Confidence confidence) {
        return switch (confidence) {
            case ON_TRACK -> "-color-success-emphasis";
            case AT_RISK -> "-color-warning-emphasis";
            case OFF_TRACK -> "-color-danger-emphasis";
        };
    }

    private static <T extends Node> T styled(T node, String... styleClasses) {
        node.getStyleClass().addAll(styleClasses);
        return node;
    }

    /** A small steam locomotive facing the destination, drawn around its wheels' bottom centre. */
    private static final class Locomotive {

        /** How far the tip of the cowcatcher lies right of the origin. */
        static final double NOSE = 31;

        static Node create() {
            Group smoke = new Group(
                    styled(new Circle(-2, -44, 3.5), "train-smoke"),
                    styled(new Circle(-10, -49, 4.5), "train-smoke"),
                    styled(new Circle(-21, -52, 5.5), "train-smoke"));
            Node chimney = styled(new Polygon(9, -23, 15, -23, 16, -34, 8, -34), "train-chimney");
            Node chimneyRim = styled(new Rectangle(6.5, -37, 11, 3.5), "train-chimney");
            Node dome = styled(new Circle(0, -23, 4), "train-dome");
            Rectangle boiler = styled(new Rectangle(-10, -24, 32, 14), "train-body");
            boiler.setArcWidth(8);
            boiler.setArcHeight(8);
            Node band = styled(new Rectangle(-10, -19, 32, 3), "train-band");
            Node cab = styled(new Rectangle(-27, -33, 19, 23), "train-cab");
            Node roof = styled(new Rectangle(-29.5, -36, 24, 4), "train-roof");
            Rectangle window = styled(new Rectangle(-23.5, -29.5, 11, 8), "train-window");
            window.setArcWidth(3);
            window.setArcHeight(3);
            Node frame = styled(new Rectangle(-28, -11, 52, 4), "train-frame");
            Node cowcatcher = styled(new Polygon(22, -11, 22, -2, NOSE, -2), "train-cowcatcher");
            Node lamp = styled(new Circle(24, -20, 2.2), "train-lamp");
            Group wheels = new Group(
                    wheel(-19, 7), wheel(-3, 7), wheel(13, 5));
            Group group = new Group(smoke, chimney, chimneyRim, dome, boiler, band, cab, roof, window, frame,
                    cowcatcher, lamp, wheels);
            group.setId("train");
            group.getStyleClass().add("train");
            group.setMouseTransparent(true);
            return group;
        }

        private static Node wheel(double centreX, double radius) {
            Shape rim = styled(new Circle(centreX, -radius, radius), "train-wheel");
            Shape hub = styled(new Circle(centreX, -radius, radius * 0.35), "train-hub");
            return new Group(rim, hub);
        }
    }

    /** An irregular rock lying on the line; its outline follows from the stop's id, so it keeps its shape. */
    private static final class Boulder {

        static Node create(UUID seed) {
            Random random = new Random(seed.getMostSignificantBits() ^ seed.getLeastSignificantBits());
            int corners = 8;
            double[] points = new double[2 * (corners + 1)];
            for (int i = 0; i <= corners; i++) {
                double angle = Math.PI * i / corners;
                double reach = 0.8 + 0.3 * random.nextDouble();
                points[2 * i] = Math.cos(angle) * 11 * reach;
                points[2 * i + 1] = i == 0 || i == corners ? 0 : -Math.sin(angle) * 13 * reach;
            }
            Polygon rock = styled(new Polygon(points), "boulder-rock");
            Polyline crack = styled(new Polyline(-3, -10, 0, -6, -1, -3), "boulder-crack");
            Polygon facet = styled(new Polygon(-7, -6, -4, -11, 0, -12, -3, -7), "boulder-facet");
            Group group = new Group(rock, facet, crack);
            group.getStyleClass().add("boulder");
            return group;
        }
    }
}
