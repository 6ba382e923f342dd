package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every acknowledged edit survives a kill of the process at any moment. A few trials here; the bench runs fifty
 * ({@code mvn -q -Pbench exec:java -Dexec.mainClass=org.trackwork.bench.CrashBench}).
 */
class CrashSafetyTest {

    private static final int TRIALS = Integer.getInteger("crash.trials", 3);

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedEditIsThereAfterTheProcessIsKilled() throws Exception {
        CrashTrials trials = new CrashTrials(folder, 42);
        for (int i = 0; i < TRIALS; i++) {
            CrashTrials.Trial trial = trials.run();
            assertThat(trial.acknowledged()).isPositive();
            assertThat(trial.lost()).as("trial %d", i).isZero();
            assertThat(trial.integrity()).isEqualTo("ok");
        }
    }
}
