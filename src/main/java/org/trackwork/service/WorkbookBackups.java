package org.trackwork.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.store.OwnerOnly;
import org.trackwork.store.PrivateTextPurge;
import org.trackwork.store.StoreException;
import org.trackwork.store.WorkbookDiagnosis;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookFile;

/**
 * Rotating copies of each workbook, taken when it is created and each time it is opened; a copy counts only once
 * it has been opened and checked. The copies of a workbook lie in a folder named after the identity stored in it,
 * not after its file name, so two workbooks of the same name (two teams' {@code team.trackwork}) keep their own.
 */
public final class WorkbookBackups {

    public static final int KEEP = 10;
    /** In each workbook's backups folder: the path and file key of the workbook they belong to. */
    private static final String OWNER_NOTE = "workbook.txt";
    private static final Logger LOG = LoggerFactory.getLogger(WorkbookBackups.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");
    private static final Pattern STAMPED = Pattern.compile(".*-\\d{8}-\\d{6}-\\d{3}\\" + WorkbookFile.EXTENSION);

    private final Path folder;
    private final Clock clock;

    public WorkbookBackups(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
    }

    /** Takes a checked copy of the workbook and drops the oldest beyond {@link #KEEP}. */
    public Path backUp(Workbook workbook) throws BackupFailed {
        return backUp(workbook.file());
    }

    Path backUp(WorkbookFile workbook) throws BackupFailed {
        Path own = folderOf(workbook.id());
        try {
            OwnerOnly.createFolders(own);
        } catch (IOException e) {
            // the message names the folder in the way: the nearest one that is there, which refused to hold it
            Path inTheWay = own;
            while (inTheWay.getParent() != null && !Files.exists(inTheWay)) {
                inTheWay = inTheWay.getParent();
            }
            throw failure(e, inTheWay);
        }
        Path copy = own.resolve(prefixOf(workbook.path()) + LocalDateTime.now(clock).format(STAMP)
                + WorkbookFile.EXTENSION);
        try {
            workbook.copyTo(copy, false);
            List<Path> all = list(workbook.id());
            for (Path old : all.subList(0, Math.max(0, all.size() - KEEP))) {
                Files.deleteIfExists(old);
            }
        } catch (IOException | WorkbookException e) {
            throw failure(e, own);
        }
        LOG.info("Backed up {} to {}", workbook.path().getFileName(), copy.getFileName());
        return copy;
    }

    private static BackupFailed failure(Exception e, Path folder) {
        LOG.warn("Backup not taken in {}: {}", folder, e.toString());
        if (StoreException.causeOf(e) == StoreException.Cause.DISK_FULL) {
            return new BackupFailed(BackupFailed.Why.DISK_FULL, folder, e);
        }
        if (OwnerOnly.refusedByFolder(e)) {
            return new BackupFailed(BackupFailed.Why.FOLDER_NOT_WRITABLE, folder, e);
        }
        if (!Files.isWritable(folder.getParent()) || Files.exists(folder) && !Files.isWritable(folder)) {
            return new BackupFailed(BackupFailed.Why.FOLDER_NOT_WRITABLE, folder, e);
        }
        return new BackupFailed(BackupFailed.Why.OTHER, folder, e);
    }

    /**
     * A new name among the backups of a workbook, for the copy a detached workbook keeps of what it had; null when
     * its folder cannot be made, and the copy goes to the temporary folder instead.
     */
    Path rescueName(WorkbookFile workbook) {
        Path own = folderOf(workbook.id());
        try {
            OwnerOnly.createFolders(own);
            return own.resolve(prefixOf(workbook.path()) + LocalDateTime.now(clock).format(STAMP)
                    + WorkbookFile.EXTENSION);
        } catch (IOException e) {
            LOG.warn("No room among the backups for a rescue copy: {}", e.getMessage());
            return null;
        }
    }

    /**
     * Makes sure the backups of the workbook's identity are this file's: a note in their folder says which file
     * they belong to. A file that comes with the identity of another workbook file which is still there is a copy
     * of it (made with the system's file manager, not Save a Copy As): it gets an identity, and backups, of its own.
     * A workbook that was moved, or restored in place, takes its backups with it.
     */
    void claim(WorkbookFile workbook) {
        Path note = folderOf(workbook.id()).resolve(OWNER_NOTE);
        String ours = workbook.path() + "\n" + workbook.fileKey() + "\n";
        try {
            if (Files.isRegularFile(note)) {
                List<String> owner = Files.readAllLines(note, StandardCharsets.UTF_8);
                if (String.join("\n", owner).concat("\n").equals(ours)) {
                    // the usual open: the note says this file already, and is not written again
                    return;
                }
                if (owner.size() == 2 && !owner.get(0).equals(workbook.path().toString())
                        && !owner.get(1).equals(workbook.fileKey())
                        && WorkbookFile.fileKeyOf(Path.of(owner.get(0))).map(owner.get(1)::equals).orElse(false)) {
                    UUID old = workbook.id();
                    workbook.takeNewIdentity();
                    LOG.info("{} is a copy of another workbook ({}); it has backups of its own now",
                            workbook.path().getFileName(), old);
                    note = folderOf(workbook.id()).resolve(OWNER_NOTE);
                }
            }
            OwnerOnly.createFolders(note.getParent());
            Path written = note.resolveSibling(OWNER_NOTE + ".tmp");
            Files.deleteIfExists(written);
            OwnerOnly.createFile(written);
            Files.writeString(written, ours, StandardCharsets.UTF_8);
            Files.move(written, note, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Backups of {} not claimed: {}", workbook.path().getFileName(), e.getMessage());
        }
    }

    /**
     * Backups taken before workbooks had identities lie in the backups folder itself, named after their workbook.
     * When a workbook gets its identity, those of its name that hold some of its records are moved among its own:
     * they are listed, rotated and cleaned of removed text from then on. Those of another workbook of the same name
     * stay for that one.
     */
    void adoptOlderBackups(WorkbookFile workbook) {
        if (!workbook.identifiedNow() || !Files.isDirectory(folder)) {
            return;
        }
        String prefix = prefixOf(workbook.path());
        Pattern older = Pattern.compile(Pattern.quote(prefix) + "\\d{8}-\\d{6}-\\d{3}\\" + WorkbookFile.EXTENSION);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path backup : files.filter(file -> older.matcher(file.getFileName().toString()).matches())
                    .toList()) {
                if (workbook.sharesRecordsWith(backup)) {
                    Path own = OwnerOnly.createFolders(folderOf(workbook.id()));
                    Files.move(backup, own.resolve(backup.getFileName()));
                    LOG.info("Adopted the older backup {} of {}", backup.getFileName(), workbook.path().getFileName());
                }
            }
        } catch (IOException e) {
            LOG.warn("Older backups of {} not adopted: {}", workbook.path().getFileName(), e.getMessage());
        }
    }

    /** The backups of one workbook, oldest first. */
    public List<Path> list(UUID workbookId) throws IOException {
        Path own = folderOf(workbookId);
        if (!Files.isDirectory(own)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(own)) {
            return files.filter(p -> STAMPED.matcher(p.getFileName().toString()).matches())
                    .sorted((a, b) -> stampOf(a).compareTo(stampOf(b)))
                    .toList();
        }
    }

    /**
     * Rewrites every backup of the workbook without the private text its edits removed, once those edits can no
     * longer be undone; then the workbook forgets the requests. Failures are logged: the user's work is not at
     * stake, and the requests stay for the next time.
     */
    void removeDeletedText(WorkbookFile workbook) {
        try {
            List<PrivateTextPurge.Removal> removals = PrivateTextPurge.pending(workbook);
            if (removals.isEmpty()) {
                return;
            }
            if (PrivateTextPurge.anyNeeded(removals)) {
                for (Path backup : list(workbook.id())) {
                    PrivateTextPurge.apply(backup, removals);
                }
            }
            if (workbook.gone().isEmpty()) {
                PrivateTextPurge.done(workbook, removals);
            }
            LOG.info("Removed deleted private text from the backups of {}", workbook.path().getFileName());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Backups of {} not yet rewritten without removed text: {}", workbook.path().getFileName(),
                    e.toString());
        }
    }

    /** The newest backup of a workbook that checks out healthy through and through, for a restore. */
    Optional<Path> newestHealthy(UUID workbookId) throws IOException {
        List<Path> newestFirst = new java.util.ArrayList<>(list(workbookId));
        java.util.Collections.reverse(newestFirst);
        for (Path backup : newestFirst) {
            try {
                if (WorkbookDiagnosis.inspect(backup).healthy()) {
                    return Optional.of(backup);
                }
            } catch (WorkbookException e) {
                LOG.info("Backup {} does not check out: {}", backup.getFileName(), e.problem());
            }
        }
        return Optional.empty();
    }

    /** When a backup was taken, read from its name. */
    public static LocalDateTime takenAt(Path backup) {
        return LocalDateTime.parse(stampOf(backup), STAMP);
    }

    private static String stampOf(Path backup) {
        String name = backup.getFileName().toString();
        String stamp = name.substring(0, name.length() - WorkbookFile.EXTENSION.length());
        return stamp.substring(stamp.length() - "yyyyMMdd-HHmmss-SSS".length());
    }

    /** Each workbook's backups in a folder of its own, named by its identity. */
    Path folderOf(UUID workbookId) {
        return folder.resolve(workbookId.toString());
    }

    /** Backups are named after their workbook for a reader, with any character a file system might refuse replaced. */
    private static String prefixOf(Path workbook) {
        String name = workbook.getFileName().toString();
        if (name.endsWith(WorkbookFile.EXTENSION)) {
            name = name.substring(0, name.length() - WorkbookFile.EXTENSION.length());
        }
        return name.replaceAll("[^\\p{L}\\p{N}._-]", "_") + "-";
    }
}
