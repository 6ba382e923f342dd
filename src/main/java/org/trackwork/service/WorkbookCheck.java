package org.trackwork.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.store.OwnerOnly;
import org.trackwork.store.WorkbookDiagnosis;
import org.trackwork.store.WorkbookDiagnosis.Report;
import org.trackwork.store.WorkbookException;
import org.trackwork.store.WorkbookRepair;

/**
 * File > Check Workbook: what is wrong with the open workbook, and the ways out of it: repair what is safely
 * repairable (after a backup), or find the newest backup that checks out healthy to restore. Runs on the writer
 * thread.
 */
public final class WorkbookCheck {

    private static final Logger LOG = LoggerFactory.getLogger(WorkbookCheck.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final WorkbookBackups backups;
    private final Path reports;
    private final Clock clock;

    /** @param reports the folder reports of set-aside records go to, created owner-only when needed */
    public WorkbookCheck(WorkbookBackups backups, Path reports, Clock clock) {
        this.backups = backups;
        this.reports = reports;
        this.clock = clock;
    }

    /**
     * What a repair did: the backup taken before, the report of what it changed (null when it changed no record),
     * how many links it dropped, values it emptied and records it set aside, and the check after it.
     */
    public record Repaired(Path backup, Path report, int linksDropped, int valuesEmptied, int recordsSetAside,
                           Report after) {
    }

    /** Checks the open workbook as it stands. */
    public Report check(Workbook workbook) {
        return WorkbookDiagnosis.inspect(workbook.file());
    }

    /** Checks a workbook file that is not open, without writing it. */
    public static Report check(Path file) throws WorkbookException {
        return WorkbookDiagnosis.inspect(file);
    }

    /**
     * Repairs what the check found, in one edit, after taking a backup; records set aside are written to a report
     * readable by the user only, since they may hold notes about people.
     *
     * @throws BackupFailed when no backup could be taken: then nothing is repaired
     */
    public Repaired repair(Workbook workbook, Report report) throws IOException {
        Path backup = backups.backUp(workbook);
        List<WorkbookRepair.SetAside> setAside = WorkbookRepair.repair(workbook.file(), report);
        int links = (int) report.findings().stream()
                .filter(finding -> finding.kind() == WorkbookDiagnosis.Kind.DANGLING_LINK && finding.optionalLink())
                .count();
        int emptied = (int) setAside.stream().filter(done -> done.action() == WorkbookRepair.Action.EMPTIED).count();
        Path written = setAside.isEmpty() ? null : writeReport(workbook, report, setAside);
        // what reading had to leave out is found again from now on
        workbook.unreadableRows().forget();
        LOG.info("Repaired {}: {} links dropped, {} values emptied, {} records set aside",
                workbook.path().getFileName(), links, emptied, setAside.size() - emptied);
        return new Repaired(backup, written, links, emptied, setAside.size() - emptied, check(workbook));
    }

    /** The newest backup of the workbook that checks out healthy, for a restore. */
    public Optional<Path> newestHealthyBackup(Workbook workbook) throws IOException {
        return backups.newestHealthy(workbook.id());
    }

    private Path writeReport(Workbook workbook, Report report, List<WorkbookRepair.SetAside> setAside)
            throws IOException {
        OwnerOnly.createFolders(reports);
        Path file = reports.resolve(workbook.name().replaceAll("[^\\p{L}\\p{N}._-]", "_") + "-repair-"
                + LocalDateTime.now(clock).format(STAMP) + ".json");
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("workbook", workbook.path().toString());
        content.put("repairedAt", LocalDateTime.now(clock).toString());
        content.put("note", "Records File > Check Workbook changed or took out of the workbook: a value it could not"
                + " read was EMPTIED, a record it could not read (or that belonged to nothing) was SET_ASIDE, with"
                + " the records that belonged to it (WENT_WITH). Each is listed as it was. The backup taken just"
                + " before the repair still holds them all.");
        List<Map<String, Object>> records = new ArrayList<>();
        for (WorkbookRepair.SetAside record : setAside) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("table", record.table());
            entry.put("done", record.action().name());
            entry.put("why", record.why().name());
            entry.put("column", record.column());
            entry.put("values", record.values());
            records.add(entry);
        }
        content.put("setAside", records);
        content.put("findings", report.findings().size());
        Files.deleteIfExists(file);
        OwnerOnly.createFile(file);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, content);
        }
        return file;
    }
}
