package org.trackwork.ui.destination;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Puts station labels into rows so that none overlap: each takes the first row with room, or is hidden. */
final class LabelLayout {

    static final int HIDDEN = -1;

    private final double minX;
    private final double maxX;
    private final double gap;
    private final double[] rowFrom;
    private final double[] rowTo;

    /**
     * @param minX    where the leftmost label may start
     * @param maxX    where the rightmost label may end
     * @param gap     the space kept between two labels in a row
     * @param rowFrom per row, where its free part starts (another text may sit left of it)
     * @param rowTo   per row, where its free part ends
     */
    LabelLayout(double minX, double maxX, double gap, double[] rowFrom, double[] rowTo) {
        if (rowFrom.length != rowTo.length) {
            throw new IllegalArgumentException("Every row needs a start and an end.");
        }
        this.minX = minX;
        this.maxX = maxX;
        this.gap = gap;
        this.rowFrom = rowFrom.clone();
        this.rowTo = rowTo.clone();
    }

    /** A layout of rows free from minX to maxX. */
    static LabelLayout uniform(double minX, double maxX, double gap, int rowCount) {
        double[] from = new double[rowCount];
        double[] to = new double[rowCount];
        Arrays.fill(from, minX);
        Arrays.fill(to, maxX);
        return new LabelLayout(minX, maxX, gap, from, to);
    }

    /** Where a label centred on centre starts, moved inward so that it stays between minX and maxX. */
    double start(double centre, double width) {
        return Math.max(minX, Math.min(centre - width / 2, maxX - width));
    }

    /** The row of each label, in the order given, or {@link #HIDDEN} where no row has room. */
    int[] rows(double[] centres, double[] widths) {
        if (centres.length != widths.length) {
            throw new IllegalArgumentException("Every label needs a centre and a width.");
        }
        double[] starts = IntStream.range(0, centres.length).mapToDouble(i -> start(centres[i], widths[i])).toArray();
        // Left to right, so that "the last label of a row" is the one nearest to the next label.
        int[] order = IntStream.range(0, centres.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> starts[i]).thenComparingInt(i -> i))
                .mapToInt(Integer::intValue).toArray();
        double[] rowEnd = new double[rowFrom.length];
        Arrays.fill(rowEnd, Double.NEGATIVE_INFINITY);
        int[] rows = new int[centres.length];
        Arrays.fill(rows, HIDDEN);
        for (int label : order) {
            double start = starts[label];
            double end = start + widths[label];
            for (int row = 0; row < rowEnd.length; row++) {
                boolean clearOfPrevious = rowEnd[row] + gap <= start;
                boolean insideRow = start >= rowFrom[row] && end <= rowTo[row];
                if (clearOfPrevious && insideRow) {
                    rows[label] = row;
                    rowEnd[row] = end;
                    break;
                }
            }
        }
        return rows;
    }
}
