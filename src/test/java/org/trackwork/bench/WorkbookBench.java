package org.trackwork.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.trackwork.domain.Quarter;
import org.trackwork.service.SampleWorkbook;
import org.trackwork.service.Workbook;
import org.trackwork.service.WorkbookBackups;
import org.trackwork.service.WorkbookOpener;
import org.trackwork.store.WorkbookFile;

/**
 * Prints how long the large-workbook paths take: writing a generated workbook, opening it (with its checks) and
 * reading the current quarter's board. Run with {@code mvn -q -Pbench exec:java} (add
 * {@code -Dbench.crew=200 -Dbench.tasks=100000 -Dbench.out=PATH} to change the size or keep the file).
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
        if (out.isBlank()) {
            try (var files = Files.walk(path.getParent())) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        } else {
            System.out.println("kept " + path);
        }
    }

    private static void report(String what, long startNanos) {
        System.out.printf(Locale.ROOT, "%-44s %10.1f ms%n", what, (System.nanoTime() - startNanos) / 1e6);
    }
}
