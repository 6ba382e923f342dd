package org.trackwork.service;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.store.OwnerOnly;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookFile;

/** Opens and creates workbooks and takes the backup that every open owes. Runs on the writer thread. */
public final class WorkbookOpener {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookOpener.class);
    private final WorkbookBackups backups;

    public WorkbookOpener(WorkbookBackups backups) {
        this.backups = backups;
    }

    /**
     * Opens a workbook and takes its backup. A backup that fails does not keep the user from their work; the
     * workbook says why ({@link Workbook#backupProblem()}), so that the user can be told.
     */
    public Workbook open(Path path) throws WorkbookException {
        WorkbookFile file = WorkbookFile.open(path);
        String backupProblem = null;
        try {
            backups.backUp(file);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Backup on open failed: {}", e.toString());
            backupProblem = String.valueOf(e.getMessage());
        }
        return new Workbook(file, backupProblem);
    }

    /**
     * Puts a backup in the place of the open workbook. The workbook as it was is backed up first, so a restore can
     * itself be taken back; the chosen backup is checked before anything is replaced, and the workbook's lock is
     * held until the restored file is open, so no other window can open it in between.
     *
     * <p>A failure before the workbook is closed leaves it open as it was; after that, {@code current} is closed
     * and its lock released ({@link Workbook#isOpen()} says which).
     *
     * @return the restored workbook, open; the given one is closed
     */
    public Workbook restore(Workbook current, Path backup) throws WorkbookException, IOException {
        WorkbookFile.verifyCopy(backup);
        Path path = current.path();
        Path temporary = path.resolveSibling("." + path.getFileName() + ".restoring");
        try {
            Files.deleteIfExists(temporary);
            OwnerOnly.createFile(temporary);
            copyDurably(backup, temporary);
            backups.backUp(current);
            WorkbookFile restored = current.file().reopenAfter(file -> {
                // a -wal left beside the old file would be replayed into the restored one
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-wal"));
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-shm"));
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            });
            LOG.info("Restored {} from {}", path.getFileName(), backup.getFileName());
            return new Workbook(restored);
        } finally {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                LOG.warn("Could not delete {}: {}", temporary.getFileName(), e.getMessage());
            }
        }
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

    /** The backups of a workbook, newest first. */
    public List<Path> backupsOf(Workbook workbook) throws IOException {
        List<Path> all = new ArrayList<>(backups.list(workbook.path()));
        Collections.reverse(all);
        return all;
    }

    public Workbook create(Path path) throws WorkbookException {
        return new Workbook(WorkbookFile.create(path));
    }

    /**
     * Creates a workbook and fills it, as with the sample team. When filling fails the half-written file is
     * deleted; a file that was there before is never touched, because {@link #create(Path)} refuses it.
     */
    public Workbook create(Path path, Consumer<Workbook> fill) throws WorkbookException {
        Workbook workbook = create(path);
        try {
            fill.accept(workbook);
            return workbook;
        } catch (RuntimeException | Error e) {
            workbook.discard();
            throw e;
        }
    }

    /** Opens the workbook, creating it first if it does not exist yet (the default workbook on first run). */
    public Workbook openOrCreate(Path path) throws WorkbookException {
        return Files.exists(path) ? open(path) : create(path);
    }
}
