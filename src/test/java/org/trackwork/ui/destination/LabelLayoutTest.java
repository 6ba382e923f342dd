package org.trackwork.ui.destination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class LabelLayoutTest {

    private static final double GAP = 10;

    @Test
    void labelsFarApartShareTheFirstRow() {
        LabelLayout layout = LabelLayout.uniform(0, 1000, GAP, 3);

        assertThat(layout.rows(new double[] {100, 300, 500}, new double[] {80, 80, 80})).containsExactly(0, 0, 0);
    }

    @Test
    void aLabelThatWouldOverlapTakesTheNextRow() {
        LabelLayout layout = LabelLayout.uniform(0, 1000, GAP, 3);

        assertThat(layout.rows(new double[] {100, 130, 160}, new double[] {80, 80, 80})).containsExactly(0, 1, 2);
    }

    @Test
    void theGapCountsAsOverlap() {
        LabelLayout layout = LabelLayout.uniform(0, 1000, GAP, 2);

        // The first ends at 140, the second starts at 145: closer than the gap.
        assertThat(layout.rows(new double[] {100, 185}, new double[] {80, 80})).containsExactly(0, 1);
        assertThat(layout.rows(new double[] {100, 190}, new double[] {80, 80})).containsExactly(0, 0);
    }

    @Test
    void aLabelWithNoRowLeftIsHidden() {
        LabelLayout layout = LabelLayout.uniform(0, 1000, GAP, 2);

        assertThat(layout.rows(new double[] {100, 101, 102}, new double[] {80, 80, 80}))
                .containsExactly(0, 1, LabelLayout.HIDDEN);
    }

    @Test
    void labelsAreLaidOutLeftToRightWhateverTheirOrder() {
        LabelLayout layout = LabelLayout.uniform(0, 1000, GAP, 2);

        assertThat(layout.rows(new double[] {500, 100, 140}, new double[] {80, 80, 80})).containsExactly(0, 0, 1);
    }

    @Test
    void labelsAtTheEdgesAreMovedInside() {
        LabelLayout layout = LabelLayout.uniform(20, 980, GAP, 1);

        assertThat(layout.start(0, 100)).isEqualTo(20);
        assertThat(layout.start(1000, 100)).isEqualTo(880);
        assertThat(layout.start(500, 100)).isEqualTo(450);
    }

    @Test
    void aRowKeepsClearOfTheTextAlreadyOnIt() {
        // Row 0 holds a date from 0 to 100 and another from 900 to 1000.
        LabelLayout layout = new LabelLayout(0, 1000, GAP, new double[] {100, 0}, new double[] {900, 1000});

        assertThat(layout.rows(new double[] {50, 500, 950}, new double[] {60, 60, 60})).containsExactly(1, 0, 1);
    }

    @Test
    void rowsAndLabelsMustComeInPairs() {
        assertThatThrownBy(() -> new LabelLayout(0, 10, GAP, new double[2], new double[1]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LabelLayout.uniform(0, 10, GAP, 1).rows(new double[2], new double[1]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noTwoLabelsInARowOverlapAndAllStayInside() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int count = 1 + random.nextInt(50);
            double[] centres = random.doubles(count, -50, 850).toArray();
            double[] widths = random.doubles(count, 20, 160).toArray();
            LabelLayout layout = LabelLayout.uniform(0, 800, GAP, 1 + random.nextInt(6));

            int[] rows = layout.rows(centres, widths);

            for (int i = 0; i < count; i++) {
                if (rows[i] == LabelLayout.HIDDEN) {
                    continue;
                }
                double start = layout.start(centres[i], widths[i]);
                assertThat(start).isGreaterThanOrEqualTo(0);
                assertThat(start + widths[i]).isLessThanOrEqualTo(800);
                for (int j = i + 1; j < count; j++) {
                    if (rows[j] == rows[i]) {
                        double other = layout.start(centres[j], widths[j]);
                        boolean apart = start + widths[i] + GAP <= other || other + widths[j] + GAP <= start;
                        assertThat(apart).as("labels %d and %d in row %d", i, j, rows[i]).isTrue();
                    }
                }
            }
        }
    }

    @Test
    void theFirstLabelIsAlwaysShown() {
        LabelLayout layout = LabelLayout.uniform(0, 800, GAP, 1);

        assertThat(layout.rows(new double[] {400}, new double[] {160})).containsExactly(0);
    }
}
