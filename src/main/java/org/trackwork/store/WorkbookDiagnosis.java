package org.trackwork.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.trackwork.domain.Refusal;
import org.trackwork.store.WorkbookException.Problem;

/**
 * Checks a workbook through and through, as File > Check Workbook and {@code --check} do: SQLite's integrity check,
 * links that point at nothing, the structure against what Trackwork made, and every record read as the app reads
 * it. {@link WorkbookRepair} mends what it found that can be mended safely.
 */
public final class WorkbookDiagnosis {

    private static final int MOST_INTEGRITY_LINES = 100;
    /** The lines of SQLite's integrity check that speak of a record breaking a rule of its table. */
    private static final Pattern BROKEN_RULE = Pattern.compile(
            "(?:CHECK constraint failed in|NULL value in) ([A-Za-z_]+)(?:\\.[A-Za-z_]+)?");

    /** What kind of problem a finding is. */
    public enum Kind {
        /** SQLite's integrity check found damage; only a backup can help. */
        DAMAGE,
        /** A record points at a record that is not there. */
        DANGLING_LINK,
        /** The structure is not what Trackwork made: another program changed it. */
        STRUCTURE,
        /** A record that Trackwork cannot read, and so does not show. */
        UNREADABLE
    }

    /** What exactly is wrong, for the words of a report. */
    public enum Reason {
        /** SQLite's own words for the damage, in {@code text}. */
        DAMAGED,
        /** An object another program added, named in {@code text}. */
        EXTRA_OBJECT,
        /** An object of Trackwork's that is changed or missing, named in {@code text}. */
        CHANGED_OBJECT,
        /** A link to a record of the table in {@code text} that is not there. */
        POINTS_NOWHERE,
        MISSING, NOT_AN_ID, NOT_A_DATE, NOT_A_TIME, NOT_A_QUARTER, UNKNOWN_VALUE,
        /** A rule of the domain refuses the record: the finding's {@code refusal}, put in words where it is shown. */
        REFUSED,
        /** Anything else. */
        UNREADABLE
    }

    /**
     * One problem: its kind, where (table, column, the record's key: its id, or its row number for a link) and why.
     * Never the record's text.
     */
    public record Finding(Kind kind, String table, String column, String key, Reason reason, String text,
                          boolean optionalLink, Optional<Refusal> refusal) {

        Finding(Kind kind, String table, String column, String key, Reason reason, String text,
                boolean optionalLink) {
            this(kind, table, column, key, reason, text, optionalLink, Optional.empty());
        }

        static Finding damaged(String line) {
            return new Finding(Kind.DAMAGE, "", "", "", Reason.DAMAGED, line, false);
        }
    }

    /** What a check found. {@code recordsChecked} is false when damage or a changed structure stopped it first. */
    public record Report(Path file, int version, List<Finding> findings, boolean recordsChecked, int recordsRead,
                         List<UnreadableRows.Row> unreadable) {

        public boolean healthy() {
            return findings.isEmpty();
        }

        public long count(Kind kind) {
            return findings.stream().filter(finding -> finding.kind() == kind).count();
        }

        /** True when a repair can mend every finding; damage and a changed structure need a backup. */
        public boolean repairable() {
            return !healthy() && count(Kind.DAMAGE) == 0 && count(Kind.STRUCTURE) == 0;
        }
    }

    private WorkbookDiagnosis() {
    }

    /**
     * Checks a workbook file that is not open, without writing it (not even a -wal): an older workbook is read
     * through a migrated copy in a temporary file.
     *
     * @throws WorkbookException when the file is not a workbook at all (not found, a folder, not SQLite, another
     *                           program's database, empty, unreadable, or from a newer Trackwork)
     */
    public static Report inspect(Path path) throws WorkbookException {
        Path file = WorkbookOpening.realPath(path);
        try {
            WorkbookChecks.checkBeforeOpening(file);
        } catch (WorkbookException e) {
            if (e.problem() == Problem.TRUNCATED) {
                return new Report(file, 0, List.of(Finding.damaged("The file is cut short.")), false, 0,
                        List.of());
            }
            if (e.problem() != Problem.READ_ONLY) {
                throw e;
            }
            // a read-only file can still be checked
        }
        try (Connection connection = WorkbookChecks.openReadOnly(file); Statement statement =
                connection.createStatement()) {
            if (WorkbookChecks.intPragma(statement, "application_id") != WorkbookFile.APPLICATION_ID) {
                throw new WorkbookException(Problem.NOT_OURS, file, "");
            }
            int version = WorkbookChecks.intPragma(statement, "user_version");
            if (version > WorkbookFile.SCHEMA_VERSION) {
                throw new WorkbookException(Problem.NEWER_VERSION, file, String.valueOf(version));
            }
            List<String> rulesBroken = new ArrayList<>();
            List<Finding> findings = structural(connection, version, rulesBroken);
            if (!findings.isEmpty() && findings.stream().anyMatch(f -> f.kind() != Kind.DANGLING_LINK)) {
                return new Report(file, version, findings, false, 0, List.of());
            }
            if (version == WorkbookFile.SCHEMA_VERSION) {
                return withRecords(file, version, findings, rulesBroken, WorkbookFile.inspecting(file, connection));
            }
            return throughMigratedCopy(file, version, findings, rulesBroken, connection);
        } catch (SQLException e) {
            // the file cannot even be read as a database: no SQLite words to give
            return new Report(file, 0, List.of(Finding.damaged("")), false, 0, List.of());
        }
    }

    /** Checks the open workbook through its own connection, as it stands with every saved edit. */
    public static Report inspect(WorkbookFile workbook) {
        List<String> rulesBroken = new ArrayList<>();
        List<Finding> findings = workbook.read(connection -> {
            try (Statement statement = connection.createStatement()) {
                return structural(connection, WorkbookChecks.intPragma(statement, "user_version"), rulesBroken);
            }
        });
        if (findings.stream().anyMatch(f -> f.kind() != Kind.DANGLING_LINK)) {
            return new Report(workbook.path(), WorkbookFile.SCHEMA_VERSION, findings, false, 0, List.of());
        }
        return withRecords(workbook.path(), WorkbookFile.SCHEMA_VERSION, findings, rulesBroken, workbook);
    }

    /**
     * Integrity, links and structure: what SQLite can tell without reading a record as the app does. A record
     * that breaks one of the table's rules (a CHECK, a NOT NULL) is no damage to the file: the records check finds
     * it as a record that cannot be read, so those lines only name its table for that check.
     */
    private static List<Finding> structural(Connection connection, int version, List<String> rulesBrokenIn)
            throws SQLException {
        List<Finding> findings = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA integrity_check(" + MOST_INTEGRITY_LINES + ")")) {
            while (rows.next()) {
                String line = rows.getString(1);
                Matcher rule = BROKEN_RULE.matcher(String.valueOf(line));
                if (rule.matches()) {
                    rulesBrokenIn.add(rule.group(1));
                } else if (!"ok".equals(line)) {
                    findings.add(Finding.damaged(line));
                }
            }
        }
        if (!findings.isEmpty()) {
            return findings;
        }
        SchemaCheck.Differences differences = SchemaCheck.compare(connection, version);
        differences.extra().forEach(name -> findings.add(new Finding(Kind.STRUCTURE, "", "", "",
                Reason.EXTRA_OBJECT, name, false)));
        differences.missingOrAltered().forEach(name -> findings.add(new Finding(Kind.STRUCTURE, "", "", "",
                Reason.CHANGED_OBJECT, name, false)));
        if (findings.isEmpty()) {
            findings.addAll(danglingLinks(connection));
        }
        return findings;
    }

    private static List<Finding> danglingLinks(Connection connection) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        Map<String, Map<Integer, String[]>> links = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA foreign_key_check")) {
            while (rows.next()) {
                String table = rows.getString("table");
                long rowid = rows.getLong("rowid");
                String parent = rows.getString("parent");
                int link = rows.getInt("fkid");
                String[] column = links.computeIfAbsent(table, name -> linksOf(connection, name)).get(link);
                String columnName = column == null ? "?" : column[0];
                boolean optional = column != null && "0".equals(column[1]);
                findings.add(new Finding(Kind.DANGLING_LINK, table, columnName, String.valueOf(rowid),
                        Reason.POINTS_NOWHERE, parent, optional));
            }
        }
        return findings;
    }

    /** Each foreign key of a table by its id: its column, and "1" when the column may not be empty. */
    private static Map<Integer, String[]> linksOf(Connection connection, String table) {
        Map<Integer, String[]> links = new HashMap<>();
        Map<String, String> notNull = new HashMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet columns = statement.executeQuery("PRAGMA table_info(\"" + table + "\")")) {
                while (columns.next()) {
                    notNull.put(columns.getString("name"), columns.getString("notnull"));
                }
            }
            try (ResultSet keys = statement.executeQuery("PRAGMA foreign_key_list(\"" + table + "\")")) {
                while (keys.next()) {
                    String from = keys.getString("from");
                    links.put(keys.getInt("id"), new String[] {from, notNull.getOrDefault(from, "1")});
                }
            }
        } catch (SQLException e) {
            // an unknown link is reported as such
        }
        return links;
    }

    /** Reads every record as the app does and notes the ones that cannot be read. */
    private static Report withRecords(Path file, int version, List<Finding> findings, List<String> rulesBroken,
                                      WorkbookFile workbook) {
        int[] read = {0};
        UnreadableRows unreadable = workbook.readCollecting(() -> read[0] = readEverything(workbook));
        List<Finding> all = new ArrayList<>(findings);
        for (UnreadableRows.Row row : unreadable.rows()) {
            all.add(new Finding(Kind.UNREADABLE, row.table(), columnOf(row.problem()), row.key(),
                    reasonOf(row.problem()), "", false, row.problem() instanceof Refusal refusal
                    ? Optional.of(refusal) : Optional.empty()));
        }
        // a record that breaks a rule of its table, yet reads: said once for its table
        rulesBroken.stream().distinct()
                .filter(table -> all.stream().noneMatch(f -> f.kind() == Kind.UNREADABLE && f.table().equals(table)))
                .forEach(table -> all.add(new Finding(Kind.UNREADABLE, table, "", "", Reason.UNREADABLE, "",
                        false)));
        return new Report(file, version, List.copyOf(all), true, read[0], unreadable.rows());
    }

    private static int readEverything(WorkbookFile workbook) {
        int count = 0;
        count += new PersonRepository(workbook).list().size();
        count += new DestinationRepository(workbook).list().size();
        count += new ShiftRepository(workbook).list().size();
        count += new GoalRepository(workbook).listAll().size();
        new StationRepository(workbook).readAll();
        count += new TaskRepository(workbook).listAll().size();
        new TaskRepository(workbook).readAllCrossings();
        count += new HazardRepository(workbook).list().size();
        new DevelopmentPlanRepository(workbook).readAll();
        new OneOnOneRepository(workbook).readAll();
        count += new RecognitionRepository(workbook).list().size();
        new ColumnLimitRepository(workbook).limits();
        PrivateTextPurge.pending(workbook);
        return count;
    }

    static String columnOf(RuntimeException problem) {
        return problem instanceof UnreadableValue value ? value.column() : "";
    }

    /** Why a record cannot be read: the column's problem, or the domain's refusal; never a Java text. */
    static Reason reasonOf(RuntimeException problem) {
        if (problem instanceof UnreadableValue value) {
            return Reason.valueOf(value.kind().name());
        }
        if (problem instanceof Refusal) {
            return Reason.REFUSED;
        }
        return problem instanceof NullPointerException ? Reason.MISSING : Reason.UNREADABLE;
    }

    /** A workbook of an older version is checked as it will be once migrated, in a copy that is then deleted. */
    private static Report throughMigratedCopy(Path file, int version, List<Finding> findings,
                                              List<String> rulesBroken, Connection original) throws SQLException {
        Path copy;
        try {
            copy = OwnerOnly.createTempFile("trackwork-check-", WorkbookFile.EXTENSION);
        } catch (IOException e) {
            throw new SQLException("No room for a temporary copy", e);
        }
        try {
            WorkbookCopy.onlineBackup(original, copy);
            Flyway.configure()
                    .dataSource(new UntrustedDataSource(WorkbookFile.writerConfig(), WorkbookFile.url(copy)))
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            try (Connection migrated = WorkbookChecks.openReadOnly(copy)) {
                Report report = withRecords(file, version, findings, rulesBroken,
                        WorkbookFile.inspecting(copy, migrated));
                return new Report(file, version, report.findings(), true, report.recordsRead(), report.unreadable());
            }
        } finally {
            try {
                Files.deleteIfExists(copy);
                for (Path companion : WorkbookChecks.companionsOf(copy)) {
                    Files.deleteIfExists(companion);
                }
            } catch (IOException e) {
                // a temporary file the system cleans up
            }
        }
    }
}
