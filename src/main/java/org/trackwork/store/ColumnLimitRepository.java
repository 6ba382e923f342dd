package org.trackwork.store;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.trackwork.domain.Refusal;
import org.trackwork.domain.Column;

/** Stores the work-in-progress limit of each board column; a column without one has no limit. */
public final class ColumnLimitRepository {

    private static final String UPSERT = Sql.upsert("column_limit", "board_column", "wip_limit");

    private final WorkbookFile file;

    public ColumnLimitRepository(WorkbookFile file) {
        this.file = file;
    }

    /** The limits that are set, by column; a column that is missing has no limit. */
    public Map<Column, Integer> limits() {
        List<Map.Entry<Column, Integer>> rows = file.read(c -> file.sql(c).list(
                "SELECT board_column, wip_limit FROM column_limit",
                row -> Map.entry(row.constant("board_column", Column.class), row.integer("wip_limit"))));
        Map<Column, Integer> limits = new EnumMap<>(Column.class);
        rows.forEach(entry -> limits.put(entry.getKey(), entry.getValue()));
        return limits;
    }

    /**
     * Sets a column's limit, or removes it when {@code limit} is null.
     *
     * @throws IllegalArgumentException when the limit is below 1
     */
    public void setLimit(Column column, Integer limit) {
        Objects.requireNonNull(column, "Column is required.");
        if (limit == null) {
            file.inTransaction(c -> file.sql(c).update("DELETE FROM column_limit WHERE board_column = ?", column));
            return;
        }
        if (limit < 1) {
            throw new Refusal("refusal.limit.belowOne");
        }
        file.inTransaction(c -> file.sql(c).update(UPSERT, column, limit));
    }
}
