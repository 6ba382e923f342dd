package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.Column;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;

class BoardOrderTest {

    private static final Quarter Q4 = Quarter.parse("2026-Q4");
    private static final Instant CREATED = Instant.parse("2026-10-01T09:00:00Z");

    @Test
    void movingACardToAnotherColumnClosesTheGapAndMakesRoomWhereItLands() {
        List<Task> board = board("a b c", "d e", "");

        List<Task> changed = BoardOrder.move(board, id(board, "b"), Column.LAYING, 1);

        assertThat(changed.get(0).title()).isEqualTo("b");
        assertThat(layout(apply(board, changed))).isEqualTo(Map.of(
                Column.SURVEYED, List.of("a", "c"), Column.LAYING, List.of("d", "b", "e"), Column.LAID, List.of()));
        assertThat(changed).extracting(Task::title).containsExactlyInAnyOrder("b", "c", "e");
    }

    @Test
    void withinItsColumnTheIndexCountsAsIfTheCardWereTakenOut() {
        List<Task> board = board("a b c d", "", "");

        assertThat(layout(apply(board, BoardOrder.move(board, id(board, "a"), Column.SURVEYED, 2))))
                .containsEntry(Column.SURVEYED, List.of("b", "c", "a", "d"));
        assertThat(layout(apply(board, BoardOrder.move(board, id(board, "d"), Column.SURVEYED, 0))))
                .containsEntry(Column.SURVEYED, List.of("d", "a", "b", "c"));
        assertThat(layout(apply(board, BoardOrder.move(board, id(board, "b"), Column.SURVEYED, 3))))
                .containsEntry(Column.SURVEYED, List.of("a", "c", "d", "b"));
    }

    @Test
    void anIndexOutOfRangeIsClampedToTheTopOrTheBottom() {
        List<Task> board = board("a b", "c d", "");

        assertThat(layout(apply(board, BoardOrder.move(board, id(board, "a"), Column.LAYING, 99))))
                .containsEntry(Column.LAYING, List.of("c", "d", "a"));
        assertThat(layout(apply(board, BoardOrder.move(board, id(board, "a"), Column.LAYING, -4))))
                .containsEntry(Column.LAYING, List.of("a", "c", "d"));
        assertThat(layout(apply(board, BoardOrder.move(board, id(board, "a"), Column.LAID, 7))))
                .containsEntry(Column.LAID, List.of("a"));
    }

    @Test
    void droppingACardWhereItWasChangesNothing() {
        List<Task> board = board("a b c", "", "");

        assertThat(BoardOrder.move(board, id(board, "b"), Column.SURVEYED, 1)).isEmpty();
    }

    @Test
    void aColumnWithGapsAndDoublesComesOutNumberedFromZero() {
        Task a = task("a", Column.LAYING, 3);
        Task b = task("b", Column.LAYING, 3);
        Task c = task("c", Column.LAYING, 9);
        Task d = task("d", Column.SURVEYED, 5);
        List<Task> board = List.of(a, b, c, d);

        List<Task> after = apply(board, BoardOrder.move(board, d.id(), Column.LAYING, 1));

        assertThat(BoardOrder.ordered(after, Column.LAYING)).extracting(Task::position).containsExactly(0, 1, 2, 3);
        assertThat(BoardOrder.ordered(after, Column.LAYING).get(1).title()).isEqualTo("d");
    }

    @Test
    void cardsOfOtherQuartersAreLeftAlone() {
        List<Task> board = new ArrayList<>(board("a b", "", ""));
        Task elsewhere = new Task(UUID.randomUUID(), Q4.next(), "x", "", Column.LAYING, 0, null, null, null, null,
                List.of(), CREATED);
        board.add(elsewhere);

        List<Task> changed = BoardOrder.move(board, id(board, "a"), Column.LAYING, 0);

        assertThat(changed).extracting(Task::title).containsExactlyInAnyOrder("a", "b");
        assertThat(changed).filteredOn(t -> t.title().equals("a")).singleElement()
                .extracting(Task::position).isEqualTo(0);
    }

    @Test
    void movingACardThatIsGoneIsRefused() {
        List<Task> board = board("a", "", "");
        assertThatThrownBy(() -> BoardOrder.move(board, UUID.randomUUID(), Column.LAID, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCardAddedOnTopPushesTheColumnDownAndLeavesTheOthers() {
        List<Task> board = board("a b", "c", "");
        Task added = Task.surveyed(Q4, "new", 7, Instant.EPOCH);

        List<Task> changed = BoardOrder.addOnTop(board, added);

        assertThat(changed.get(0)).isEqualTo(added.movedTo(Column.SURVEYED, 0));
        assertThat(changed).extracting(Task::title).containsExactly("new", "a", "b");
        assertThat(layout(apply(board, changed))).containsEntry(Column.SURVEYED, List.of("new", "a", "b"))
                .containsEntry(Column.LAYING, List.of("c"));
    }

    @Test
    void aCardAddedToAnEmptyColumnIsAloneAtTheTop() {
        Task added = Task.surveyed(Q4, "first", 0, Instant.EPOCH).movedTo(Column.LAID, 0);
        assertThat(BoardOrder.addOnTop(board("a", "", ""), added)).containsExactly(added);
    }

    @Test
    void orderedListsOneColumnByPosition() {
        Task second = task("second", Column.LAID, 1);
        Task first = task("first", Column.LAID, 0);
        Task other = task("other", Column.SURVEYED, 0);
        assertThat(BoardOrder.ordered(List.of(second, other, first), Column.LAID)).containsExactly(first, second);
    }

    /** A move: which card (an index into the board, wrapped), to which column, at which index. */
    record Move(int card, Column to, int index) {
    }

    @Property(tries = 300)
    void afterAnyMovesEveryColumnIsNumberedFromZeroWithoutGapsAndNoCardIsLostOrAdded(
            @ForAll @Size(min = 1, max = 25) List<Column> columns,
            @ForAll @Size(max = 30) List<@From("moves") Move> moves) {
        List<Task> board = numbered(columns);
        List<UUID> ids = board.stream().map(Task::id).sorted().toList();

        for (Move move : moves) {
            Task card = board.get(Math.floorMod(move.card(), board.size()));
            List<String> othersInTarget = titles(BoardOrder.ordered(board, move.to()).stream()
                    .filter(t -> !t.id().equals(card.id())).toList());

            board = apply(board, BoardOrder.move(board, card.id(), move.to(), move.index()));

            Task moved = board.stream().filter(t -> t.id().equals(card.id())).findFirst().orElseThrow();
            assertThat(moved.column()).isEqualTo(move.to());
            assertThat(moved.position()).isEqualTo(Math.max(0, Math.min(move.index(), othersInTarget.size())));
            assertThat(titles(BoardOrder.ordered(board, move.to()).stream()
                    .filter(t -> !t.id().equals(card.id())).toList())).isEqualTo(othersInTarget);
        }

        assertThat(board.stream().map(Task::id).sorted().toList()).isEqualTo(ids);
        for (Column column : Column.values()) {
            List<Task> inColumn = BoardOrder.ordered(board, column);
            assertThat(inColumn).extracting(Task::position)
                    .isEqualTo(IntStream.range(0, inColumn.size()).boxed().toList());
        }
    }

    @Provide
    Arbitrary<Move> moves() {
        return Combinators.combine(Arbitraries.integers().between(0, 1000),
                Arbitraries.of(Column.class), Arbitraries.integers().between(-3, 30)).as(Move::new);
    }

    /** Cards in the given columns, each column numbered from 0 in list order. */
    private static List<Task> numbered(List<Column> columns) {
        Map<Column, Integer> next = new EnumMap<>(Column.class);
        List<Task> board = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            int position = next.merge(column, 1, Integer::sum) - 1;
            board.add(task("t" + i, column, position));
        }
        return board;
    }

    /** A board from space-separated titles per column, Surveyed, Laying, Laid. */
    private static List<Task> board(String surveyed, String laying, String laid) {
        List<Task> board = new ArrayList<>();
        String[] columns = {surveyed, laying, laid};
        for (int c = 0; c < columns.length; c++) {
            String[] titles = columns[c].isBlank() ? new String[0] : columns[c].split(" ");
            for (int p = 0; p < titles.length; p++) {
                board.add(task(titles[p], Column.values()[c], p));
            }
        }
        return board;
    }

    private static Task task(String title, Column column, int position) {
        return new Task(UUID.randomUUID(), Q4, title, "", column, position, null, null, null, null, List.of(),
                CREATED);
    }

    private static UUID id(List<Task> board, String title) {
        return board.stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow().id();
    }

    /** The board with the changed cards saved over their old versions, as the store would do. */
    private static List<Task> apply(List<Task> board, List<Task> changed) {
        Map<UUID, Task> byId = new LinkedHashMap<>();
        board.forEach(task -> byId.put(task.id(), task));
        changed.forEach(task -> byId.put(task.id(), task));
        return List.copyOf(byId.values());
    }

    private static Map<Column, List<String>> layout(List<Task> board) {
        Map<Column, List<String>> layout = new EnumMap<>(Column.class);
        for (Column column : Column.values()) {
            layout.put(column, titles(BoardOrder.ordered(board, column)));
        }
        return layout;
    }

    private static List<String> titles(List<Task> tasks) {
        return tasks.stream().map(Task::title).toList();
    }
}
