package org.trackwork.store;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rows of an open workbook that reading left out because they could not be read, each counted once however often
 * it is read again, so that the user is told how many items are missing and not once per reload. A check of the
 * workbook also keeps their values, to set them aside in its report.
 */
public final class UnreadableRows {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadableRows.class);
    private static final int KEY_LIMIT = 100;

    /**
     * One row left out: its table, its key (the first column's text), why, and, for a check, its columns' values.
     */
    public record Row(String table, String key, RuntimeException problem, Map<String, Object> values) {
    }

    private final Map<String, Row> rows = new ConcurrentHashMap<>();
    private final boolean keepValues;

    public UnreadableRows() {
        this(false);
    }

    UnreadableRows(boolean keepValues) {
        this.keepValues = keepValues;
    }

    /** How many distinct rows have been left out since the workbook was opened. */
    public int count() {
        return rows.size();
    }

    public List<Row> rows() {
        return List.copyOf(rows.values());
    }

    /** The keys (ids) of the rows of one table that were left out. */
    List<String> keysOf(String table) {
        return rows.values().stream().filter(row -> row.table().equals(table)).map(Row::key).toList();
    }

    /** Forgets every row: after a repair, what is left to tell is found again. */
    public void forget() {
        rows.clear();
    }

    void found(ResultSet result, RuntimeException problem) {
        String table = "?";
        String key = "?";
        Map<String, Object> values = null;
        try {
            ResultSetMetaData columns = result.getMetaData();
            table = String.valueOf(columns.getTableName(1));
            key = String.valueOf(result.getString(1));
            key = key.length() > KEY_LIMIT ? key.substring(0, KEY_LIMIT) : key;
            if (keepValues) {
                Map<String, Object> kept = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    kept.put(columns.getColumnName(i), result.getObject(i));
                }
                values = Collections.unmodifiableMap(kept);
            }
        } catch (SQLException e) {
            // the row is left out all the same
        }
        if (rows.putIfAbsent(table + "/" + key, new Row(table, key, problem, values)) == null) {
            // what is wrong, never the row's text: it may be a note about someone
            LOG.warn("Left out an unreadable row of {}: {}", table, problem instanceof UnreadableValue value
                    ? value.getMessage() : problem.getClass().getSimpleName());
        }
    }
}
