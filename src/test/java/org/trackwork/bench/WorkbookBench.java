package org.trackwork.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.trackwork.domain.Column;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;
import org.trackwork.print.DevelopmentPlanPdf;
import org.trackwork.print.PaperSize;
import org.trackwork.print.PdfOutput;
import org.trackwork.print.PlanPrintout;
import org.trackwork.print.PlanPrintouts;
import org.trackwork.service.BoardOrder;
import org.trackwork.service.SampleWorkbook;
import org.trackwork.service.TaskFilter;
import org.trackwork.service.CallingThreadTaskRunner;
import org.trackwork.service.Workbook;
import org.trackwork.ui.board.BoardViewModel;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.RecordingDialogService;
import org.trackwork.ui.common.WorkbookSession;
import org.trackwork.service.WorkbookBackups;
import org.trackwork.service.WorkbookOpener;
import org.trackwork.service.SearchScope;
import org.trackwork.service.WorkbookSearch;
import org.trackwork.domain.SearchHit;
import org.trackwork.store.OlderWorkbooks;
import org.trackwork.store.WorkbookFile;

/**
 * Prints how long the large-workbook paths take: writing a generated workbook, opening it (with its checks),
 * reading the current quarter's board, filtering every task of the workbook, searching it, building the search
 * index of a workbook made before search, and exporting plans as PDF. Run with
 * {@code mvn -q -Pbench exec:java} (add {@code -Dbench.crew=200 -Dbench.tasks=100000 -Dbench.out=PATH} to change
 * the size or keep the file).
 * Figures, not assertions: machines here are shared and noisy.
 */
public final class WorkbookBench {

    private WorkbookBench() {
    }

    public static void main(String[] args) throws Exception {
        int crew = Integer.getInteger("bench.crew", 200);
        int tasks = Integer.getInteger("bench.tasks", 100_000);
        String out = System.getProperty("bench.out", "");
        Path path = out.isBlank() ? Files.createTempDirectory("trackwork-bench").resolve("large.trackwork")
                : Path.of(out).toAbsolutePath();
        LocalDate today = LocalDate.now();

        long start = System.nanoTime();
        try (Workbook workbook = new Workbook(WorkbookFile.create(path))) {
            new SampleWorkbook(today).write(workbook, new SampleWorkbook.Size(crew, tasks), progress -> { });
        }
        report("generate %d people, %,d tasks".formatted(crew + 1, tasks), start);
        System.out.printf(Locale.ROOT, "%-44s %10.1f MB%n", "file size", Files.size(path) / 1e6);

        WorkbookOpener opener = new WorkbookOpener(new WorkbookBackups(path.resolveSibling("backups"),
                Clock.systemUTC()));
        for (int run = 1; run <= 3; run++) {
            start = System.nanoTime();
            try (Workbook workbook = opener.open(path)) {
                report("open with checks and backup, run " + run, start);
                start = System.nanoTime();
                int cards = workbook.tasks().listByQuarter(Quarter.of(today)).size();
                report("read the quarter's board (%,d cards), run %d".formatted(cards, run), start);
                start = System.nanoTime();
                int people = workbook.people().list().size();
                report("read the crew (%d), run %d".formatted(people, run), start);
            }
        }
        try (Workbook workbook = opener.open(path)) {
            filterFigures(workbook, today);
        }
        try (Workbook workbook = opener.open(path)) {
            searchFigures(workbook);
            editFigures(workbook, today);
        }
        indexBuildFigures(path);
        boardFigures(opener.open(path));
        try (Workbook workbook = opener.open(path)) {
            printFigures(workbook, today, path.resolveSibling("plans.pdf"));
        }
        if (out.isBlank()) {
            try (var files = Files.walk(path.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } else {
            System.out.println("kept " + path);
        }
    }

    /**
     * Times the board view model on the current quarter: building every card at open, and what a filter change
     * costs on the FX thread (filtering and regrouping the cards). The store work runs on the calling thread here.
     */
    private static void boardFigures(Workbook workbook) {
        WorkbookSession session = new WorkbookSession(new CallingThreadTaskRunner(), new RecordingDialogService(),
                Clock.systemDefaultZone());
        session.show(workbook);
        long start = System.nanoTime();
        BoardViewModel board = new BoardViewModel(session);
        int cards = board.lanes().get(0).cards().values().stream().mapToInt(List::size).sum();
        report("board view model opens %,d cards (read + build)".formatted(cards), start);
        for (int run = 1; run <= 3; run++) {
            start = System.nanoTime();
            board.dueFilterProperty().set(TaskFilter.Due.OVERDUE);
            report("board: filter to overdue, run " + run, start);
            start = System.nanoTime();
            board.textFilterProperty().set("welcome");
            report("board: add text filter, run " + run, start);
            start = System.nanoTime();
            board.dueFilterProperty().set(TaskFilter.Due.ANY);
            board.textFilterProperty().set("");
            report("board: clear the filters, run " + run, start);
        }
        workbook.close();
    }

    /**
     * Times the PDF export: one plan warm (after 5 warm-ups, median of 15), as File > Export Plan as PDF writes it,
     * and every plan of the crew in one file, as Export All Plans does.
     */
    private static void printFigures(Workbook workbook, LocalDate today, Path allPlans) throws Exception {
        DevelopmentPlanPdf plans = new DevelopmentPlanPdf(Messages::get, today);
        List<PlanPrintout> crew = PlanPrintouts.ofCrew(workbook);
        PlanPrintout one = crew.get(crew.size() / 2);
        long start = System.nanoTime();
        PdfOutput.bytes(plans.document(List.of(one), PaperSize.A4));
        report("export one plan, cold (fonts parsed)", start);
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            PdfOutput.bytes(plans.document(List.of(one), PaperSize.A4));
        }
        double[] millis = new double[15];
        int size = 0;
        for (int run = 0; run < millis.length; run++) {
            start = System.nanoTime();
            size = PdfOutput.bytes(plans.document(List.of(one), PaperSize.A4)).length;
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-44s %10.1f ms median, %.1f ms min (%,d bytes)%n",
                "export one plan, warm", millis[millis.length / 2], millis[0], size);
        start = System.nanoTime();
        crew = PlanPrintouts.ofCrew(workbook);
        report("read the newest plan of %d people".formatted(crew.size()), start);
        start = System.nanoTime();
        PdfOutput.write(plans.document(crew, PaperSize.A4), allPlans);
        report("export all %d plans to one PDF".formatted(crew.size()), start);
        System.out.printf(Locale.ROOT, "%-44s %10.1f MB%n", "all plans PDF size", Files.size(allPlans) / 1e6);
    }

    /** Loads every task once, then times the board's filters over all of them: the work of one filter change. */
    private static void filterFigures(Workbook workbook, LocalDate today) {
        long start = System.nanoTime();
        List<Task> all = workbook.tasks().listAll();
        report("read all %,d tasks (listAll)".formatted(all.size()), start);
        Map<UUID, UUID> goalOfStation = new HashMap<>();
        for (Quarter quarter : workbook.goals().quarters()) {
            workbook.stations().listByQuarter(quarter).forEach(s -> goalOfStation.put(s.id(), s.goalId()));
        }
        UUID person = all.get(all.size() / 2).ownerId();
        UUID goal = workbook.goals().listByQuarter(Quarter.of(today)).stream().map(Goal::id).findFirst()
                .orElse(null);
        TaskFilter none = TaskFilter.NONE;
        time("filter: text \"welcome\"", none.withText("welcome"), all, today, goalOfStation);
        time("filter: person", none.withPerson(person), all, today, goalOfStation);
        time("filter: overdue", none.withDue(TaskFilter.Due.OVERDUE), all, today, goalOfStation);
        time("filter: all combined", new TaskFilter(person, goal, TaskFilter.Due.OVERDUE, "the"), all, today,
                goalOfStation);
    }

    /** Builds the predicate and filters the whole list: 3 warm-ups, then 5 timed runs; prints min and median. */
    private static void time(String what, TaskFilter filter, List<Task> tasks, LocalDate today,
                             Map<UUID, UUID> goalOfStation) {
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            TaskFilter.apply(tasks, filter, today, goalOfStation);
        }
        double[] millis = new double[5];
        int matches = 0;
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            matches = TaskFilter.apply(tasks, filter, today, goalOfStation).size();
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-44s %10.1f ms min, %.1f ms median (%,d of %,d match)%n", what, millis[0],
                millis[millis.length / 2], matches, tasks.size());
    }

    /**
     * Times the global search as the palette asks it (at most 5 hits of each kind): a few words, common and rare, a
     * prefix, two words, the recent items of an empty query, and one person's shared screen. 5 warm-ups, then 25
     * timed runs of each; prints median and min.
     */
    private static void searchFigures(Workbook workbook) {
        WorkbookSearch search = new WorkbookSearch(workbook);
        UUID someone = workbook.people().list().get(100).id();
        List<String[]> queries = List.of(
                new String[] {"welcome", "whole"}, new String[] {"sso", "whole"}, new String[] {"customer", "whole"},
                new String[] {"onbo", "whole"}, new String[] {"wel", "whole"}, new String[] {"w", "whole"},
                new String[] {"the", "whole"},
                new String[] {"welcome email", "whole"}, new String[] {"tired", "whole"},
                new String[] {"nothing-matches-this", "whole"}, new String[] {"", "whole"},
                new String[] {"welcome", "shared"}, new String[] {"onbo", "shared"}, new String[] {"", "shared"});
        for (String[] query : queries) {
            SearchScope scope = query[1].equals("whole") ? SearchScope.WHOLE_WORKBOOK
                    : SearchScope.sharedScreenOf(someone);
            for (int warmUp = 0; warmUp < 5; warmUp++) {
                search.search(query[0], scope, 5);
            }
            double[] millis = new double[25];
            List<SearchHit> hits = List.of();
            for (int run = 0; run < millis.length; run++) {
                long start = System.nanoTime();
                hits = search.search(query[0], scope, 5);
                millis[run] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            System.out.printf(Locale.ROOT, "%-44s %10.1f ms median, %.1f ms min (%d hits, %d kinds)%n",
                    "search %s \"%s\"".formatted(query[1], query[0]), millis[millis.length / 2], millis[0],
                    hits.size(), hits.stream().map(SearchHit::kind).distinct().count());
        }
    }

    /**
     * Times what the search triggers add to edits: moving the last card of the largest column to its top (every card
     * of the column is saved with its new place) and renaming one card, whose words leave the index and come in.
     */
    private static void editFigures(Workbook workbook, LocalDate today) {
        Quarter quarter = Quarter.of(today);
        for (int run = 1; run <= 3; run++) {
            List<Task> board = workbook.tasks().listByQuarter(quarter);
            List<Task> column = BoardOrder.ordered(board, Column.SURVEYED);
            List<Task> moved = BoardOrder.move(board, column.get(column.size() - 1).id(), Column.SURVEYED, 0);
            long start = System.nanoTime();
            workbook.tasks().saveAll(moved);
            report("edit: move a card to the top (%,d saved), run %d".formatted(moved.size(), run), start);
        }
        Task card = workbook.tasks().listByQuarter(quarter).get(0);
        double[] millis = new double[20];
        for (int run = 0; run < millis.length; run++) {
            long start = System.nanoTime();
            workbook.tasks().save(card.withTitle("Renamed for the bench " + run));
            millis[run] = (System.nanoTime() - start) / 1e6;
        }
        workbook.tasks().save(card);
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "%-44s %10.1f ms median, %.1f ms min%n", "edit: rename one card",
                millis[millis.length / 2], millis[0]);
    }

    /**
     * Times what the search migration costs a workbook made before it: the same workbook as version 3 left it,
     * opened (its checks, then the migration that builds the index), against opening it at version 4.
     */
    private static void indexBuildFigures(Path path) throws Exception {
        Path older = OlderWorkbooks.asVersionThree(path, path.resolveSibling("version3.trackwork"));
        System.out.printf(Locale.ROOT, "%-44s %10.1f MB%n", "version 3 copy, file size", Files.size(older) / 1e6);
        long start = System.nanoTime();
        WorkbookFile.open(path).close();
        report("open at version 4 (checks only)", start);
        start = System.nanoTime();
        WorkbookFile.open(older).close();
        report("open version 3 copy (checks + index build)", start);
        System.out.printf(Locale.ROOT, "%-44s %10.1f MB%n", "migrated copy, file size", Files.size(older) / 1e6);
    }

    private static void report(String what, long startNanos) {
        System.out.printf(Locale.ROOT, "%-44s %10.1f ms%n", what, (System.nanoTime() - startNanos) / 1e6);
    }
}
