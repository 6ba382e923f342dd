package org.trackwork.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.store.OwnerOnly;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookFile;

/** Rotating copies of each workbook, taken on open; a copy counts only once it has been opened and checked. */
public final class WorkbookBackups {

    public static final int KEEP = 10;
    private static final Logger LOG = LoggerFactory.getLogger(WorkbookBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern STAMPED = Pattern.compile("\\d{8}-\\d{6}-\\d{3}\\" + WorkbookFile.EXTENSION);

    private final Path folder;
    private final Clock clock;

    public WorkbookBackups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Takes a checked copy of the workbook and drops the oldest beyond {@link #KEEP}. */
    public Path backUp(Workbook workbook) throws IOException {
        return backUp(workbook.file());
    }

    Path backUp(WorkbookFile workbook) throws IOException {
        OwnerOnly.createFolders(folder);
        Path copy = folder.resolve(prefixOf(workbook.path()) + LocalDateTime.now(clock).format(STAMP)
                + WorkbookFile.EXTENSION);
        try {
            workbook.copyTo(copy);
        } catch (WorkbookException e) {
            throw new IOException("The backup " + copy.getFileName() + " is open as a workbook", e);
        }
        List<Path> all = list(workbook.path());
        for (Path old : all.subList(0, Math.max(0, all.size() - KEEP))) {
            Files.deleteIfExists(old);
        }
        LOG.info("Backed up {} to {}", workbook.path().getFileName(), copy.getFileName());
        return copy;
    }

    /** The backups of one workbook, oldest first. */
    public List<Path> list(Path workbook) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        String prefix = prefixOf(workbook);
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> STAMPED.matcher(p.getFileName().toString().substring(prefix.length())).matches())
                    .sorted()
                    .toList();
        }
    }

    /** When a backup was taken, read from its name. */
    public static LocalDateTime takenAt(Path backup) {
        String name = backup.getFileName().toString();
        String stamp = name.substring(0, name.length() - WorkbookFile.EXTENSION.length());
        return LocalDateTime.parse(stamp.substring(stamp.length() - "yyyyMMdd-HHmmss-SSS".length()), STAMP);
    }

    /** Backups are named after their workbook, with any character a file system might refuse replaced. */
    private static String prefixOf(Path workbook) {
        String name = workbook.getFileName().toString();
        if (name.endsWith(WorkbookFile.EXTENSION)) {
            name = name.substring(0, name.length() - WorkbookFile.EXTENSION.length());
        }
        return name.replaceAll("[^\\p{L}\\p{N}._-]", "_") + "-";
    }
}
