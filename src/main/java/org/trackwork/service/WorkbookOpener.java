package org.trackwork.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

    public Workbook open(Path path) throws WorkbookException {
        WorkbookFile file = WorkbookFile.open(path);
        try {
            backups.backUp(file);
        } catch (IOException | RuntimeException e) {
            // a missing backup must not keep the user from their work; the log says why
            LOG.warn("Backup on open failed: {}", e.getMessage());
        }
        return new Workbook(file);
    }

    /**
     * Puts a backup in the place of the open workbook. The workbook as it was is backed up first, so a restore can
     * itself be taken back; the chosen backup is checked before anything is replaced.
     *
     * @return the restored workbook, open; the given one is closed
     */
    public Workbook restore(Workbook current, Path backup) throws WorkbookException, IOException {
        WorkbookFile.verifyCopy(backup);
        Path path = current.path();
        Path temporary = path.resolveSibling("." + path.getFileName() + ".restoring");
        Files.copy(backup, temporary, StandardCopyOption.REPLACE_EXISTING);
        OwnerOnly.restrict(temporary);
        backups.backUp(current);
        current.close();
        // a -wal left beside the old file would be replayed into the restored one
        Files.deleteIfExists(path.resolveSibling(path.getFileName() + "-wal"));
        Files.deleteIfExists(path.resolveSibling(path.getFileName() + "-shm"));
        Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Restored {} from {}", path.getFileName(), backup.getFileName());
        return new Workbook(WorkbookFile.open(path));
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

    /** Opens the workbook, creating it first if it does not exist yet (the default workbook on first run). */
    public Workbook openOrCreate(Path path) throws WorkbookException {
        return Files.exists(path) ? open(path) : create(path);
    }
}
