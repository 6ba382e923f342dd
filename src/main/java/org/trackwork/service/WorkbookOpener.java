package org.trackwork.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.store.OwnerOnly;
import java.nio.file.StandardCopyOption;
import org.trackwork.store.WorkbookDiagnosis;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookFile;

/**
 * Opens and creates workbooks and takes the backup that every open and every new workbook owes; puts a backup back
 * in a workbook's place. Runs on the writer thread.
 */
public final class WorkbookOpener {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookOpener.class);
    private final WorkbookBackups backups;

    public WorkbookOpener(WorkbookBackups backups) {
        this.backups = backups;
    }

    /** The backups this opener takes. */
    public WorkbookBackups backups() {
        return backups;
    }

    /**
     * Opens a workbook and takes its backup. A backup that fails does not keep the user from their work; the
     * workbook says why ({@link Workbook#backupProblem()}), so that the user can be told. Private text that edits
     * of an earlier session removed is removed from the backups too, now that those edits cannot be undone.
     */
    public Workbook open(Path path) throws WorkbookException {
        WorkbookFile file = WorkbookFile.open(path);
        file.rescueInto(() -> backups.rescueName(file));
        backups.claim(file);
        backups.adoptOlderBackups(file);
        BackupFailed backupProblem = backUpQuietly(file);
        backups.removeDeletedText(file);
        return new Workbook(file, backups, backupProblem);
    }

    private BackupFailed backUpQuietly(WorkbookFile file) {
        try {
            backups.backUp(file);
            return null;
        } catch (BackupFailed e) {
            return e;
        }
    }

    /**
     * Puts a backup in the place of the open workbook. The backup must be one of this workbook's own; the workbook
     * as it was is backed up first, so a restore can itself be taken back; the chosen backup is checked before
     * anything is replaced, and the workbook's lock is held until the restored file is open, so no other window can
     * open it in between.
     *
     * <p>A failure before the workbook is closed leaves it open as it was; after that, {@code current} is closed
     * and its lock released ({@link Workbook#isOpen()} says which).
     *
     * @return the restored workbook, open; the given one is closed
     * @throws WorkbookException OTHER_WORKBOOK when the backup is of another workbook
     */
    public Workbook restore(Workbook current, Path backup) throws WorkbookException, IOException {
        current.gone().ifPresent(gone -> {
            throw gone;
        });
        WorkbookFile.verifyCopy(backup);
        Optional<UUID> backupOf = WorkbookFile.idOf(backup);
        if (!backupOf.equals(Optional.of(current.id()))) {
            throw new WorkbookException(WorkbookException.Problem.OTHER_WORKBOOK, backup, current.name());
        }
        Path path = current.path();
        Path temporary = path.resolveSibling("." + path.getFileName() + ".restoring");
        try {
            Files.deleteIfExists(temporary);
            OwnerOnly.createFile(temporary);
            copyDurably(backup, temporary);
            backups.backUp(current);
            WorkbookFile restored = current.file().reopenWith(temporary);
            restored.rescueInto(() -> backups.rescueName(restored));
            backups.claim(restored);
            LOG.info("Restored {} from {}", path.getFileName(), backup.getFileName());
            return new Workbook(restored, backups, null);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", temporary.getFileName(), e.getMessage());
            }
        }
    }

    /**
     * The newest backup of a workbook file that could not be opened (damaged, cut short, changed by another
     * program) that checks out healthy; empty when its identity cannot be read or no backup of it is healthy.
     */
    public Optional<Path> healthyBackupOf(Path refused) {
        try {
            Optional<UUID> id = WorkbookFile.idOf(refused);
            if (id.isEmpty()) {
                return Optional.empty();
            }
            return backups.newestHealthy(id.get());
        } catch (WorkbookException | IOException | RuntimeException e) {
            LOG.info("No backup found for {}: {}", refused.getFileName(), e.getClass().getSimpleName());
        }
        return Optional.empty();
    }

    /**
     * Puts a backup in the place of a workbook file that could not be opened and opens it. The file as it was is
     * kept beside it, renamed (with its -wal and -shm), so nothing is lost.
     *
     * @return the restored workbook, open
     */
    public Workbook restoreInPlaceOf(Path refused, Path backup) throws WorkbookException, IOException {
        WorkbookFile.verifyCopy(backup);
        // the file itself, not a link to it: the link would be renamed and the refused file left in place
        Path file = refused.toAbsolutePath().normalize().toRealPath();
        Path kept = keptName(file);
        Path temporary = file.resolveSibling("." + file.getFileName() + ".restoring");
        try {
            Files.deleteIfExists(temporary);
            OwnerOnly.createFile(temporary);
            copyDurably(backup, temporary);
            Files.move(file, kept, StandardCopyOption.ATOMIC_MOVE);
            for (String suffix : List.of("-wal", "-shm")) {
                Path companion = file.resolveSibling(file.getFileName() + suffix);
                if (Files.exists(companion)) {
                    Files.move(companion, kept.resolveSibling(kept.getFileName() + suffix),
                            StandardCopyOption.ATOMIC_MOVE);
                }
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            LOG.info("Put {} in the place of {}, kept as {}", backup.getFileName(), file.getFileName(),
                    kept.getFileName());
        } finally {
            Files.deleteIfExists(temporary);
        }
        return open(file);
    }

    /** The name a refused workbook file is kept under beside the backup that took its place. */
    public static Path keptName(Path file) {
        return file.resolveSibling(file.getFileName() + ".refused-" + java.time.LocalDateTime.now()
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    /** Copies into a file that already exists (made owner-only), and onto the disk before it is moved into place. */
    private static void copyDurably(Path from, Path into) throws IOException {
        try (FileChannel source = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel target = FileChannel.open(into, StandardOpenOption.WRITE,
                     StandardOpenOption.TRUNCATE_EXISTING)) {
            long size = source.size();
            long copied = 0;
            while (copied < size) {
                copied += target.transferFrom(source, copied, size - copied);
            }
            target.force(true);
        }
    }

    /** The backups of a workbook, newest first: only its own, whatever other workbooks share its name. */
    public List<Path> backupsOf(Workbook workbook) throws IOException {
        List<Path> all = new ArrayList<>(backups.list(workbook.id()));
        Collections.reverse(all);
        return all;
    }

    /** Creates a workbook and takes its first backup at once. */
    public Workbook create(Path path) throws WorkbookException {
        WorkbookFile file = WorkbookFile.create(path);
        file.rescueInto(() -> backups.rescueName(file));
        backups.claim(file);
        return new Workbook(file, backups, backUpQuietly(file));
    }

    /**
     * Creates a workbook and fills it, as with the sample team, then takes its first backup. When filling fails the
     * half-written file is deleted; a file that was there before is never touched, because creating refuses it.
     */
    public Workbook create(Path path, Consumer<Workbook> fill) throws WorkbookException {
        WorkbookFile file = WorkbookFile.create(path);
        Workbook filling = new Workbook(file);
        try {
            fill.accept(filling);
        } catch (RuntimeException | Error e) {
            filling.discard();
            throw e;
        }
        file.rescueInto(() -> backups.rescueName(file));
        backups.claim(file);
        return new Workbook(file, backups, backUpQuietly(file));
    }

    /** Opens the workbook, creating it first if it does not exist yet (the default workbook on first run). */
    public Workbook openOrCreate(Path path) throws WorkbookException {
        return Files.exists(path) ? open(path) : create(path);
    }
}
