package org.trackwork.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A second Trackwork process, for tests: run in a child JVM, it opens a workbook as another window would and prints
 * a line {@code RESULT OPENED} or {@code RESULT <problem> <detail>}. Given {@code hold}, it keeps the workbook open
 * until its standard input closes.
 */
public final class OpenInAnotherProcess {

    private static final String RESULT = "RESULT ";

    private OpenInAnotherProcess() {
    }

    public static void main(String[] args) throws IOException {
        boolean hold = args.length > 1 && "hold".equals(args[1]);
        try (WorkbookFile workbook = WorkbookFile.open(Path.of(args[0]))) {
            System.out.println(RESULT + "OPENED");
            System.out.flush();
            if (hold) {
                while (System.in.read() >= 0) {
                    // keep it open until the test closes our input
                }
            }
        } catch (WorkbookException e) {
            System.out.println(RESULT + e.problem() + " " + e.detail());
        }
        System.out.flush();
    }

    /** Starts the child JVM on the test class path; its output is read with {@link #result}. */
    public static Process start(Path workbook, boolean hold) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OpenInAnotherProcess.class.getName(), workbook.toString(), hold ? "hold" : "once")
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** Opens the workbook in a child JVM, lets it go again, and returns what happened: OPENED or the problem. */
    public static String tryOpen(Path workbook) throws Exception {
        Process child = start(workbook, false);
        String result = result(child);
        if (!child.waitFor(60, TimeUnit.SECONDS)) {
            child.destroyForcibly();
            throw new IllegalStateException("The child process did not finish");
        }
        return result;
    }

    /** Waits for the child's result line; other lines (its log) are skipped. */
    public static String result(Process child) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(RESULT)) {
                return line.substring(RESULT.length());
            }
        }
        throw new IllegalStateException("The child process said nothing (exit " + waitQuietly(child) + ")");
    }

    private static String waitQuietly(Process child) {
        try {
            return child.waitFor(10, TimeUnit.SECONDS) ? String.valueOf(child.exitValue()) : "none yet";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
