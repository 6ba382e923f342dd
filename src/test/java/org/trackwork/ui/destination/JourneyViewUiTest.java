package org.trackwork.ui.destination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import atlantafx.base.theme.PrimerLight;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import org.trackwork.domain.Confidence;

class JourneyViewUiTest extends FxRobot {

    private static final LocalDate START = LocalDate.of(2026, 11, 27);
    private static final LocalDate HORIZON = START.plusYears(1);

    @TempDir
    Path folder;

    private JourneyView view;
    private final List<UUID> opened = new ArrayList<>();

    @BeforeEach
    void showTheJourney() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            view = new JourneyView();
            view.startDateProperty().set(START);
            view.horizonProperty().set(HORIZON);
            view.destinationTitleProperty().set("The team customers call first");
            view.emptyTextProperty().set("No stations yet");
            view.progressProperty().set(0.3);
            view.onOpenProperty().set(opened::add);
            VBox root = new VBox(view);
            root.setPadding(new Insets(16));
            stage.setScene(new Scene(root, 1024, 300));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeIt() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void fiftyStationsOverAYearKeepTheirLabelsApartAndInside() {
        showStops(IntStream.range(0, 50).mapToObj(i -> stop("Station number " + i, START.plusDays(i * 7L), false))
                .toList());

        assertLabelsApartAndInside();
        assertThat(nodes(".station")).hasSize(50).allMatch(Node::isVisible);
        assertThat(visibleLabels()).hasSizeGreaterThan(15);
    }

    @Test
    void fiftyStationsCrowdedIntoTwoWeeksKeepTheirLabelsApartAndInside() {
        showStops(IntStream.range(0, 50)
                .mapToObj(i -> stop("Crowded station " + i, START.plusDays(40 + i % 14), false)).toList());

        assertLabelsApartAndInside();
        assertThat(nodes(".station")).hasSize(50).allMatch(Node::isVisible);
        assertThat(visibleLabels()).isNotEmpty();
    }

    @Test
    void stationsBeforeTheStartOrAfterTheHorizonStayOnTheLine() {
        JourneyStop early = stop("Long overdue", START.minusMonths(3), false);
        JourneyStop atStart = stop("Today", START, false);
        JourneyStop late = stop("Far beyond", HORIZON.plusYears(2), false);
        JourneyStop atHorizon = stop("At the horizon", HORIZON, false);
        showStops(List.of(early, atStart, late, atHorizon));

        assertThat(stationX(early)).isEqualTo(stationX(atStart));
        assertThat(stationX(late)).isEqualTo(stationX(atHorizon));
        assertLabelsApartAndInside();
    }

    @Test
    void aSingleStationShowsItsLabel() {
        showStops(List.of(stop("Onboarding guide published", START.plusMonths(2), false)));

        assertThat(visibleLabels()).singleElement()
                .satisfies(label -> assertThat(((Label) label).getText())
                        .isEqualTo("Onboarding guide published"));
    }

    @Test
    void raisingProgressMovesTheTrainRightByThatShareOfTheTrack() {
        JourneyStop first = stop("Start", START, false);
        JourneyStop last = stop("Horizon", HORIZON, false);
        showStops(List.of(first, last));
        double trackWidth = stationX(last) - stationX(first);
        interact(() -> view.progressProperty().set(0.2));
        double before = trainMinX();

        interact(() -> view.progressProperty().set(0.7));

        assertThat(trainMinX() - before).isCloseTo(0.5 * trackWidth, within(2.0));
    }

    @Test
    void progressOutsideZeroToOneKeepsTheTrainOnTheLine() {
        JourneyStop first = stop("Start", START, false);
        JourneyStop last = stop("Horizon", HORIZON, false);
        showStops(List.of(first, last));
        interact(() -> view.progressProperty().set(1));
        double atEnd = trainMinX();

        interact(() -> view.progressProperty().set(3));

        assertThat(trainMinX()).isEqualTo(atEnd);
        Bounds control = view.localToScene(view.getLayoutBounds());
        assertThat(lookup("#train").query().localToScene(lookup("#train").query().getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(control.getMaxX());
    }

    @Test
    void aHazardPutsABoulderOnItsStationUntilItIsGone() {
        JourneyStop blocked = stop("Self-serve billing", START.plusMonths(4), true);
        JourneyStop clear = stop("NPS above 45", START.plusMonths(6), false);
        showStops(List.of(blocked, clear));

        assertThat(nodes(".boulder")).singleElement()
                .satisfies(boulder -> assertThat(boulder.getProperties()).containsEntry("stopId", blocked.id()));

        showStops(List.of(withoutHazard(blocked), clear));

        assertThat(nodes(".boulder")).isEmpty();
    }

    @Test
    void clickingAStationItsLabelOrItsBoulderOpensIt() {
        JourneyStop blocked = stop("Self-serve billing", START.plusMonths(4), true);
        JourneyStop other = stop("NPS above 45", START.plusMonths(8), false);
        showStops(List.of(blocked, other));

        clickOn(nodeOf(".station", other));
        clickOn(nodeOf(".station-label", blocked));
        clickOn(nodeOf(".boulder", blocked));

        assertThat(opened).containsExactly(other.id(), blocked.id(), blocked.id());
    }

    @Test
    void hoveringAStationShowsItsDetails() {
        JourneyStop stop = stop("Self-serve billing", START.plusMonths(4), false);
        showStops(List.of(stop));

        moveTo(nodeOf(".station", stop));

        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> listWindows().stream()
                    .anyMatch(window -> window instanceof Tooltip && window.isShowing()));
        } catch (TimeoutException e) {
            throw new AssertionError("No tooltip appeared over the station.", e);
        }
        // what it says: the station, its due date, and what it belongs to
        Tooltip shown = (Tooltip) listWindows().stream().filter(window -> window instanceof Tooltip
                && window.isShowing()).findFirst().orElseThrow();
        List<String> texts = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            List<String> all = new ArrayList<>();
            collectTexts(shown.getGraphic(), all);
            return all;
        }));
        assertThat(texts).contains("Self-serve billing", "Goal: calm support");
        assertThat(texts).as("its due date").anyMatch(text -> text.contains(
                String.valueOf(START.plusMonths(4).getYear())));
    }

    private static void collectTexts(Node node, List<String> texts) {
        if (node instanceof Label label) {
            texts.add(label.getText());
        } else if (node instanceof javafx.scene.text.Text text) {
            texts.add(text.getText());
        }
        if (node instanceof javafx.scene.Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collectTexts(child, texts));
        }
    }

    @Test
    void withoutStopsTheTrackTrainAndDestinationStillShowWithTheEmptyText() {
        showStops(List.of());

        assertThat(lookup(".empty-text").queryLabeled().isVisible()).isTrue();
        assertThat(lookup(".empty-text").queryLabeled().getText()).isEqualTo("No stations yet");
        assertThat(lookup("#train").query().isVisible()).isTrue();
        assertThat(lookup("#destination-flag").query().isVisible()).isTrue();
        assertThat(lookup(".destination-title").queryLabeled().getText()).isEqualTo("The team customers call first");
    }

    @Test
    void theSnapshotIsWrittenAsAPictureOfTheControl() throws Exception {
        showStops(List.of(stop("Onboarding guide published", START.plusMonths(2), true),
                stop("NPS above 45", START.plusMonths(7), false)));
        WritableImage[] image = new WritableImage[1];
        interact(() -> image[0] = view.snapshotImage());
        Path file = folder.resolve("journey.png");

        JourneyView.writePng(image[0], file);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo((int) Math.ceil(view.getWidth()));
        assertThat(read.getHeight()).isEqualTo((int) Math.ceil(view.getHeight()));
        int[] pixels = read.getRGB(0, 0, read.getWidth(), read.getHeight(), null, 0, read.getWidth());
        assertThat(Arrays.stream(pixels).distinct().count()).isGreaterThan(10);
    }

    private void showStops(List<JourneyStop> stops) {
        interact(() -> view.getStops().setAll(stops));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertLabelsApartAndInside() {
        Bounds control = view.localToScene(view.getLayoutBounds());
        List<Bounds> labels = visibleLabels().stream().map(label -> label.localToScene(label.getLayoutBounds()))
                .toList();
        for (int i = 0; i < labels.size(); i++) {
            assertThat(control.contains(labels.get(i))).as("label %s inside %s", labels.get(i), control).isTrue();
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(labels.get(i).intersects(labels.get(j)))
                        .as("labels at %s and %s", labels.get(i), labels.get(j)).isFalse();
            }
        }
    }

    private List<Node> visibleLabels() {
        return nodes(".station-label").stream().filter(Node::isVisible).toList();
    }

    private Set<Node> nodes(String query) {
        return lookup(query).queryAll();
    }

    private Node nodeOf(String styleClass, JourneyStop stop) {
        return lookup(styleClass).match(node -> stop.id().equals(node.getProperties().get("stopId"))).query();
    }

    private double stationX(JourneyStop stop) {
        Node station = nodeOf(".station", stop);
        return station.localToScene(station.getBoundsInLocal()).getCenterX();
    }

    private double trainMinX() {
        Node train = lookup("#train").query();
        return train.localToScene(train.getBoundsInLocal()).getMinX();
    }

    private static JourneyStop stop(String label, LocalDate due, boolean hazard) {
        Confidence confidence = Confidence.values()[Math.abs(label.hashCode()) % 3];
        return new JourneyStop(UUID.randomUUID(), label, due, confidence, false, hazard, "Goal: calm support");
    }

    private static JourneyStop withoutHazard(JourneyStop stop) {
        return new JourneyStop(stop.id(), stop.label(), stop.due(), stop.confidence(), stop.done(), false,
                stop.detail());
    }
}
