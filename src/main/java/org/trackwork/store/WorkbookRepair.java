package org.trackwork.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Mends what a {@link WorkbookDiagnosis} found that can be mended safely: a dangling optional link is dropped, and a
 * record that cannot be read, or that belongs to nothing, is taken out (with what belongs to it) and returned with
 * all its values, for a report. Table and column names come from the workbook's own structure, which the check
 * found as Trackwork made it, never from the records' text.
 */
public final class WorkbookRepair {

    /** A record that a repair took out of the workbook, with all its values, for the report. */
    public record SetAside(String table, Map<String, Object> values, WorkbookDiagnosis.Reason why, String column) {
    }

    private WorkbookRepair() {
    }

    /**
     * Repairs what a check found and can be repaired safely, in one transaction of the open workbook: a dangling
     * optional link is emptied; a record that points at nothing it must have, or that cannot be read, is taken out
     * (with what belongs to it) and returned, values and all, for the report.
     */
    public static List<SetAside> repair(WorkbookFile workbook, WorkbookDiagnosis.Report report) {
        if (!report.repairable()) {
            throw new IllegalStateException("Only a workbook without damage or changed structure is repaired.");
        }
        return workbook.inTransaction(connection -> {
            List<SetAside> setAside = new ArrayList<>();
            for (WorkbookDiagnosis.Finding finding : report.findings()) {
                if (finding.kind() != WorkbookDiagnosis.Kind.DANGLING_LINK) {
                    continue;
                }
                long rowid = Long.parseLong(finding.key());
                if (finding.optionalLink()) {
                    update(connection, "UPDATE \"" + finding.table() + "\" SET \"" + finding.column()
                            + "\" = NULL WHERE rowid = ?", rowid);
                } else {
                    Map<String, Object> values = valuesOf(connection, finding.table(), rowid);
                    if (!values.isEmpty()) {
                        setAside.add(new SetAside(finding.table(), values, WorkbookDiagnosis.Reason.POINTS_NOWHERE, finding.column()));
                        update(connection, "DELETE FROM \"" + finding.table() + "\" WHERE rowid = ?", rowid);
                    }
                }
            }
            for (UnreadableRows.Row row : report.unreadable()) {
                if (row.values() == null || row.values().isEmpty()) {
                    continue;
                }
                if (deleteMatching(connection, row.table(), row.values()) > 0) {
                    setAside.add(new SetAside(row.table(), row.values(), WorkbookDiagnosis.reasonOf(row.problem()),
                            WorkbookDiagnosis.columnOf(row.problem())));
                }
            }
            return setAside;
        });
    }

    private static Map<String, Object> valuesOf(Connection connection, String table, long rowid)
            throws SQLException {
        Map<String, Object> values = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT * FROM \"" + table
                + "\" WHERE rowid = ?")) {
            select.setLong(1, rowid);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    ResultSetMetaData columns = row.getMetaData();
                    for (int i = 1; i <= columns.getColumnCount(); i++) {
                        values.put(columns.getColumnName(i), row.getObject(i));
                    }
                }
            }
        }
        return values;
    }

    /** Deletes the one record whose columns hold exactly these values. */
    private static int deleteMatching(Connection connection, String table, Map<String, Object> values)
            throws SQLException {
        List<String> conditions = new ArrayList<>();
        values.keySet().forEach(column -> conditions.add("\"" + column.replace("\"", "\"\"") + "\" IS ?"));
        String sql = "DELETE FROM \"" + table.replace("\"", "\"\"") + "\" WHERE rowid = (SELECT rowid FROM \""
                + table.replace("\"", "\"\"") + "\" WHERE " + String.join(" AND ", conditions) + " LIMIT 1)";
        try (PreparedStatement delete = connection.prepareStatement(sql)) {
            int index = 1;
            for (Object value : values.values()) {
                delete.setObject(index++, value);
            }
            return delete.executeUpdate();
        }
    }

    private static void update(Connection connection, String sql, long rowid) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, rowid);
            statement.executeUpdate();
        }
    }
}
