package org.trackwork.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    public Workbook create(Path path) throws WorkbookException {
        return new Workbook(WorkbookFile.create(path));
    }

    /** Opens the workbook, creating it first if it does not exist yet (the default workbook on first run). */
    public Workbook openOrCreate(Path path) throws WorkbookException {
        return Files.exists(path) ? open(path) : create(path);
    }
}
