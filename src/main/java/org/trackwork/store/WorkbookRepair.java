package org.trackwork.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mends what a {@link WorkbookDiagnosis} found that can be mended safely, losing as little as it can:
 * <ul>
 *   <li>a dangling optional link is dropped;</li>
 *   <li>a value that cannot be read in a column that may be empty (a start date "x") is emptied, and the record
 *       stays;</li>
 *   <li>a record that cannot be read otherwise, or that belongs to nothing, is taken out, together with every
 *       record that belongs to it (the cascade its foreign keys would make), and all of them go into the report.</li>
 * </ul>
 * Table and column names come from the workbook's own structure, which the check found as Trackwork made it, never
 * from the records' text.
 */
public final class WorkbookRepair {

    /** What a repair did to one record. */
    public enum Action {
        /** A value was emptied; the record stays. */
        EMPTIED,
        /** The record was taken out of the workbook. */
        SET_ASIDE,
        /** The record was taken out with a record it belonged to. */
        WENT_WITH
    }

    /** A record a repair changed or took out, with all its values as they were, for the report. */
    public record SetAside(String table, Map<String, Object> values, WorkbookDiagnosis.Reason why, String column,
                           Action action) {
    }

    private WorkbookRepair() {
    }

    /** Repairs what the check found, in one transaction of the open workbook, and says what it did to which record. */
    public static List<SetAside> repair(WorkbookFile workbook, WorkbookDiagnosis.Report report) {
        if (!report.repairable()) {
            throw new IllegalStateException("Only a workbook without damage or changed structure is repaired.");
        }
        return workbook.inTransaction(connection -> {
            List<SetAside> done = new ArrayList<>();
            for (WorkbookDiagnosis.Finding finding : report.findings()) {
                if (finding.kind() != WorkbookDiagnosis.Kind.DANGLING_LINK) {
                    continue;
                }
                long rowid = Long.parseLong(finding.key());
                if (finding.optionalLink()) {
                    update(connection, "UPDATE " + quoted(finding.table()) + " SET " + quoted(finding.column())
                            + " = NULL WHERE rowid = ?", rowid);
                } else {
                    takeOut(connection, finding.table(), rowid, WorkbookDiagnosis.Reason.POINTS_NOWHERE,
                            finding.column(), done);
                }
            }
            for (UnreadableRows.Row row : report.unreadable()) {
                if (row.values() == null || row.values().isEmpty()) {
                    continue;
                }
                Optional<Long> rowid = rowidOf(connection, row.table(), row.values());
                if (rowid.isEmpty()) {
                    continue;
                }
                WorkbookDiagnosis.Reason why = WorkbookDiagnosis.reasonOf(row.problem());
                String column = WorkbookDiagnosis.columnOf(row.problem());
                if (!column.isEmpty() && mayBeEmpty(connection, row.table(), column)) {
                    done.add(new SetAside(row.table(), row.values(), why, column, Action.EMPTIED));
                    update(connection, "UPDATE " + quoted(row.table()) + " SET " + quoted(column)
                            + " = NULL WHERE rowid = ?", rowid.get());
                } else {
                    takeOut(connection, row.table(), rowid.get(), why, column, done);
                }
            }
            return done;
        });
    }

    /** Takes a record out, after noting it and every record its deletion would take with it. */
    private static void takeOut(Connection connection, String table, long rowid, WorkbookDiagnosis.Reason why,
                                String column, List<SetAside> done) throws SQLException {
        Map<String, Object> values = valuesOf(connection, table, rowid);
        if (values.isEmpty()) {
            return;
        }
        done.add(new SetAside(table, values, why, column, Action.SET_ASIDE));
        noteWhatGoesWith(connection, table, values.get("id"), why, done);
        update(connection, "DELETE FROM " + quoted(table) + " WHERE rowid = ?", rowid);
    }

    /** The records whose foreign keys cascade from this one, and theirs in turn. */
    private static void noteWhatGoesWith(Connection connection, String table, Object id,
                                         WorkbookDiagnosis.Reason why, List<SetAside> done) throws SQLException {
        if (id == null) {
            return;
        }
        for (String[] link : cascadesFrom(connection, table)) {
            String child = link[0];
            String childColumn = link[1];
            try (PreparedStatement select = connection.prepareStatement("SELECT rowid AS repair_rowid, * FROM "
                    + quoted(child) + " WHERE " + quoted(childColumn) + " = ?")) {
                select.setObject(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Map<String, Object> values = values(rows, 2);
                        done.add(new SetAside(child, values, why, childColumn, Action.WENT_WITH));
                        noteWhatGoesWith(connection, child, values.get("id"), why, done);
                    }
                }
            }
        }
    }

    /** Each table and column whose foreign key to {@code table} deletes its rows with the row they point at. */
    private static List<String[]> cascadesFrom(Connection connection, String table) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet names = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        }
        List<String[]> cascades = new ArrayList<>();
        for (String child : tables) {
            try (Statement statement = connection.createStatement();
                 ResultSet keys = statement.executeQuery("PRAGMA foreign_key_list(" + quoted(child) + ")")) {
                while (keys.next()) {
                    if (table.equals(keys.getString("table")) && "CASCADE".equalsIgnoreCase(
                            keys.getString("on_delete"))) {
                        cascades.add(new String[] {child, keys.getString("from")});
                    }
                }
            }
        }
        return cascades;
    }

    private static boolean mayBeEmpty(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet columns = statement.executeQuery("PRAGMA table_info(" + quoted(table) + ")")) {
            while (columns.next()) {
                if (column.equals(columns.getString("name"))) {
                    return columns.getInt("notnull") == 0;
                }
            }
        }
        return false;
    }

    private static Map<String, Object> valuesOf(Connection connection, String table, long rowid)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM " + quoted(table)
                + " WHERE rowid = ?")) {
            select.setLong(1, rowid);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? values(row, 1) : Map.of();
            }
        }
    }

    private static Map<String, Object> values(ResultSet row, int firstColumn) throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        ResultSetMetaData columns = row.getMetaData();
        for (int i = firstColumn; i <= columns.getColumnCount(); i++) {
            values.put(columns.getColumnName(i), row.getObject(i));
        }
        return values;
    }

    /** The row whose columns hold exactly these values (an unreadable row is known by its values alone). */
    private static Optional<Long> rowidOf(Connection connection, String table, Map<String, Object> values)
            throws SQLException {
        List<String> conditions = new ArrayList<>();
        values.keySet().forEach(column -> conditions.add(quoted(column) + " IS ?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT rowid FROM " + quoted(table)
                + " WHERE " + String.join(" AND ", conditions) + " LIMIT 1")) {
            int index = 1;
            for (Object value : values.values()) {
                select.setObject(index++, value);
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static void update(Connection connection, String sql, long rowid) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, rowid);
            statement.executeUpdate();
        }
    }
}
