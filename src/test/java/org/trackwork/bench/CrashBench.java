package org.trackwork.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.trackwork.service.CrashTrials;

/**
 * Kills a child process in the middle of a stream of edits fifty times (or {@code -Dbench.crashes=N}) and prints,
 * for all of them, how many acknowledged edits were lost and whether SQLite found the file whole.
 */
public final class CrashBench {

    private CrashBench() {
    }

    public static void main(String[] args) throws Exception {
        int count = Integer.getInteger("bench.crashes", 50);
        Path folder = Files.createTempDirectory("trackwork-crash-");
        CrashTrials trials = new CrashTrials(folder, System.nanoTime());
        int acknowledged = 0;
        int lost = 0;
        int whole = 0;
        long started = System.nanoTime();
        for (int i = 0; i < count; i++) {
            CrashTrials.Trial trial = trials.run();
            acknowledged += trial.acknowledged();
            lost += trial.lost();
            whole += "ok".equals(trial.integrity()) ? 1 : 0;
            System.out.printf("trial %2d: %3d acknowledged, %d lost, integrity %s, killed after %d ms%n", i + 1,
                    trial.acknowledged(), trial.lost(), trial.integrity(), trial.millisToKill());
        }
        System.out.printf("%d kills in %.1f s: %d acknowledged edits, %d lost; integrity_check ok %d of %d%n",
                count, (System.nanoTime() - started) / 1e9, acknowledged, lost, whole, count);
    }
}
