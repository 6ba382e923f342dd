package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.ChecklistItem;
import org.trackwork.domain.Column;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;

class TaskRepositoryTest {

    private static final Quarter QUARTER = Quarter.parse("2026-Q4");
    private static final int TASKS = 20_000;
    private static final Comparator<Task> BOARD_ORDER = Comparator.comparing(Task::column)
            .thenComparingInt(Task::position);

    @TempDir
    Path folder;
    private WorkbookFile file;

    @BeforeEach
    void createWorkbook() throws WorkbookException {
        file = WorkbookFile.create(folder.resolve("x.trackwork"));
    }

    @AfterEach
    void closeWorkbook() {
        file.close();
    }

    @Test
    void twentyThousandSavedTasksComeBackColumnByColumnInOrderWithTheirChecklists() throws WorkbookException {
        List<Task> board = board(TASKS);
        List<Task> shuffled = new ArrayList<>(board);
        Collections.shuffle(shuffled, new Random(7));
        Task nextQuarter = Task.surveyed(QUARTER.next(), "Not on this board", 0, Instant.EPOCH);

        new TaskRepository(file).saveAll(shuffled);
        new TaskRepository(file).save(nextQuarter);
        file.close();
        file = WorkbookFile.open(file.path());
        TaskRepository tasks = new TaskRepository(file);

        List<Task> listed = tasks.listByQuarter(QUARTER);
        assertThat(listed).hasSize(TASKS);
        assertThat(listed).isEqualTo(board.stream().sorted(BOARD_ORDER).toList());
        assertThat(listed).extracting(Task::checklist).anySatisfy(checklist -> assertThat(checklist).hasSize(3));
        assertThat(tasks.count()).isEqualTo(TASKS + 1);
        assertThat(tasks.quarters()).containsExactly(QUARTER, QUARTER.next());
    }

    @Test
    void savingTheBoardAgainReplacesTheChecklistsRatherThanAddingToThem() {
        TaskRepository tasks = new TaskRepository(file);
        List<Task> board = board(300);
        tasks.saveAll(board);

        List<Task> moved = IntStream.range(0, board.size())
                .mapToObj(i -> laidWithShorterChecklist(board.get(i), i))
                .toList();
        tasks.saveAll(moved);

        assertThat(tasks.listByQuarter(QUARTER)).isEqualTo(moved.stream().sorted(BOARD_ORDER).toList());
        assertThat(tasks.count()).isEqualTo(300);
    }

    @Test
    void aCardSavedWithItsChecklistAsStoredLeavesTheChecklistRowsAlone() {
        TaskRepository tasks = new TaskRepository(file);
        List<Task> board = board(30);
        tasks.saveAll(board);
        List<Long> rowids = checklistRowids();

        tasks.saveAll(board.stream().map(task -> task.movedTo(Column.LAID, task.position() + 100)).toList());
        assertThat(checklistRowids()).isEqualTo(rowids);

        Task changed = board.get(3).withChecklist(List.of(ChecklistItem.of("Only step")));
        tasks.save(changed);
        assertThat(checklistRowids()).hasSize(rowids.size() - 2).containsAll(rowids.subList(0, 1));
        assertThat(tasks.find(changed.id()).orElseThrow().checklist()).isEqualTo(changed.checklist());
        Task ticked = changed.withChecklist(List.of(new ChecklistItem(changed.checklist().get(0).id(), "Only step",
                true)));
        tasks.save(ticked);
        assertThat(tasks.find(changed.id()).orElseThrow().checklist()).isEqualTo(ticked.checklist());
    }

    private List<Long> checklistRowids() {
        return file.read(c -> file.sql(c).list("SELECT rowid AS n FROM checklist_item ORDER BY rowid",
                row -> (long) row.integer("n")));
    }

    private static Task laidWithShorterChecklist(Task task, int position) {
        List<ChecklistItem> shorter = task.checklist().isEmpty() ? List.of() : task.checklist().subList(0, 1);
        return new Task(task.id(), QUARTER, task.title(), "Moved", Column.LAID, position, null, null, null, null,
                shorter, task.createdAt());
    }

    /** A board of the given size: the three columns in turn, each numbered from 0, checklists of 0 to 3 items. */
    private static List<Task> board(int size) {
        Instant now = Instant.now();
        return IntStream.range(0, size)
                .mapToObj(i -> new Task(UUID.randomUUID(), QUARTER, "Task " + i, "", Column.values()[i % 3], i / 3,
                        null, null, null, null, checklist(i % 4), now.plusNanos(i)))
                .toList();
    }

    private static List<ChecklistItem> checklist(int size) {
        return IntStream.range(0, size)
                .mapToObj(n -> new ChecklistItem(UUID.randomUUID(), "Step " + n, n % 2 == 0))
                .toList();
    }
}
