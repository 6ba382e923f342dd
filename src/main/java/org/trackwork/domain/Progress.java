package org.trackwork.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * How far the train has come: a goal's progress is the mean of its stations' progress, a quarter's the mean of its
 * goals' (a goal without stations counts as not started, so it shows up as work still to plan). A goal is as
 * confident as its least confident station.
 */
public final class Progress {

    private Progress() {
    }

    public static double ofGoal(List<Station> stations) {
        return stations.stream().mapToDouble(Station::progress).average().orElse(0);
    }

    public static double ofQuarter(Collection<List<Station>> stationsByGoal) {
        return stationsByGoal.stream().mapToDouble(Progress::ofGoal).average().orElse(0);
    }

    public static Confidence confidenceOf(List<Station> stations) {
        return stations.stream().map(Station::confidence).max(Comparator.naturalOrder()).orElse(Confidence.ON_TRACK);
    }
}
