package org.trackwork.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Column;
import org.trackwork.ui.common.SessionFixture;

class BoardViewModelTest {

    @TempDir
    Path folder;

    @Test
    void cardsAreGroupedByColumnAndFilteredBySearch() throws Exception {
        try (SessionFixture fixture = SessionFixture.sample(folder)) {
            BoardViewModel board = new BoardViewModel(fixture.session);
            assertThat(total(board)).isEqualTo(60);
            assertThat(Arrays.stream(Column.values())).allMatch(column -> !board.visibleCards(column).isEmpty());
            assertThat(board.visibleCards(Column.LAID)).noneMatch(TaskCard::overdue);

            fixture.session.searchTextProperty().set("welcome email");
            assertThat(total(board)).isPositive().isLessThan(60);
            assertThat(Arrays.stream(Column.values()).flatMap(c -> board.visibleCards(c).stream()))
                    .allMatch(card -> card.title().toLowerCase().contains("welcome email"));
        }
    }

    private static int total(BoardViewModel board) {
        return Arrays.stream(Column.values()).mapToInt(column -> board.visibleCards(column).size()).sum();
    }
}
