package org.trackwork;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import org.trackwork.cli.CommandLine;
import org.trackwork.service.DataFolder;
import org.trackwork.store.OwnerOnly;

/**
 * Launches Trackwork: {@code java -jar trackwork.jar [WORKBOOK]}, or its command line ({@code --check FILE},
 * {@code --version}, {@code --help}) without a window. A launcher that does not extend Application lets JavaFX
 * start from the class path.
 */
public final class Main {

    /** The log starts afresh beyond this size, so it never fills the disk. */
    private static final long LOG_LIMIT = 5L * 1024 * 1024;

    private Main() {
    }

    public static void main(String[] args) {
        if (CommandLine.wants(args)) {
            // a report on standard output, not the log's warnings
            System.setProperty("trackwork.console.level", "OFF");
            prepareLog(DataFolder.locate());
            System.exit(new CommandLine(System.out, System.err).run(args));
        }
        prepareLog(DataFolder.locate());
        Application.launch(App.class, args);
    }

    /** Creates the log owner-only before Logback opens it: the log must not be readable by others. */
    private static void prepareLog(Path dataFolder) {
        Path log = DataFolder.log(dataFolder);
        try {
            OwnerOnly.createFolders(dataFolder);
            if (Files.exists(log) && Files.size(log) > LOG_LIMIT) {
                Files.delete(log);
            }
            if (!Files.exists(log)) {
                OwnerOnly.createFile(log);
            }
            System.setProperty("trackwork.log", log.toString());
        } catch (IOException e) {
            System.err.println("Trackwork cannot write its log in " + dataFolder + ": " + e.getMessage());
            System.setProperty("trackwork.log", fallbackLog().toString());
        }
    }

    /**
     * A log of this run's own in the temporary folder, owner-only: a fixed name there is shared by every user, who
     * could read it or plant a file of theirs under it.
     */
    private static Path fallbackLog() {
        try {
            Path log = OwnerOnly.createTempFile("trackwork-", ".log");
            System.err.println("Trackwork logs to " + log + " instead.");
            return log;
        } catch (IOException | RuntimeException e) {
            System.err.println("Trackwork cannot write a log: " + e.getMessage());
            boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win");
            return Path.of(windows ? "NUL" : "/dev/null");
        }
    }
}
