package org.trackwork.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trackwork.domain.Quarter;

/**
 * Prepared statements on one connection, with the store's value rules: ids as UUID text, instants as ISO-8601 UTC
 * text, dates as ISO local dates, enums by name, booleans as 0 and 1. User text is only ever a bound parameter.
 *
 * <p>Reading is row by row: a row that cannot be read (a value another program wrote that Trackwork does not know,
 * or one the domain refuses) is left out and told to the workbook's {@link UnreadableRows}, so one bad row never
 * takes a whole list down.
 *
 * <p>A column written {@code goal_id->goal} is an optional link to a row of another table: the value written is the
 * id only while that row exists, so a dangling link left by another program (an orphan) is dropped rather than
 * failing every edit that saves the row again.
 */
final class Sql {

    /** Maps the current row of a result to a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(Row row) throws SQLException;
    }

    /**
     * Instants always with nine fraction digits: {@link Instant#toString()} drops trailing zeros, and text such as
     * {@code 10:00:00Z} would then sort after {@code 10:00:00.5Z}.
     */
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder().appendInstant(9).toFormatter();

    private static final String LINK = "->";
    /** How many parents' child rows are read in one query. */
    private static final int READ_AT_ONCE = 500;

    private final Connection connection;
    private final UnreadableRows unreadable;

    Sql(Connection connection, UnreadableRows unreadable) {
        this.connection = connection;
        this.unreadable = unreadable;
    }

    /** {@code INSERT INTO table (columns) VALUES (?, ...)}; a link column takes its value only while it exists. */
    static String insert(String table, String... columns) {
        return "INSERT INTO " + table + " (" + Arrays.stream(columns).map(Sql::name).collect(Collectors.joining(", "))
                + ") VALUES (" + Arrays.stream(columns).map(Sql::placeholder).collect(Collectors.joining(", ")) + ")";
    }

    private static String name(String column) {
        int link = column.indexOf(LINK);
        return link < 0 ? column : column.substring(0, link);
    }

    private static String placeholder(String column) {
        int link = column.indexOf(LINK);
        return link < 0 ? "?" : "(SELECT id FROM " + column.substring(link + LINK.length()) + " WHERE id = ?)";
    }

    /**
     * Inserts a row or updates it in place when its id, the first column, is taken. Never {@code INSERT OR REPLACE}:
     * that deletes the old row first and so fires the cascades of its foreign keys.
     */
    static String upsert(String table, String... columns) {
        return upsertOn(1, table, columns);
    }

    /** Like {@link #upsert}, for a table whose key is its first {@code keyColumns} columns. */
    static String upsertOn(int keyColumns, String table, String... columns) {
        String key = Arrays.stream(columns, 0, keyColumns).map(Sql::name).collect(Collectors.joining(", "));
        String updates = Arrays.stream(columns, keyColumns, columns.length)
                .map(Sql::name)
                .map(column -> column + " = excluded." + column)
                .collect(Collectors.joining(", "));
        return insert(table, columns) + " ON CONFLICT (" + key + ") DO UPDATE SET " + updates;
    }

    /** An ORDER BY term that sorts an enum column in the order its constants are declared, not alphabetically. */
    static String declarationOrder(String column, Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(constant -> "WHEN '" + constant.name() + "' THEN " + constant.ordinal())
                .collect(Collectors.joining(" ", "CASE " + column + " ", " END"));
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** Runs one statement for each set of parameters, as a batch. */
    void batch(String sql, List<Object[]> parameterSets) throws SQLException {
        if (parameterSets.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] parameters : parameterSets) {
                bind(statement, parameters);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet result = statement.executeQuery()) {
                Row row = new Row(result);
                List<T> values = new ArrayList<>();
                while (result.next()) {
                    try {
                        values.add(mapper.map(row));
                    } catch (RuntimeException unreadableRow) {
                        unreadable.found(result, unreadableRow);
                    }
                }
                return values;
            }
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) throws SQLException {
        List<T> values = list(sql, mapper, parameters);
        return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /** The row of a table with the given id. */
    <T> Optional<T> byId(String table, UUID id, RowMapper<T> mapper) throws SQLException {
        return one("SELECT * FROM " + table + " WHERE id = ?", mapper, id);
    }

    /** Deletes the row of a table with the given id; foreign keys cascade or set null as the schema says. */
    int deleteById(String table, UUID id) throws SQLException {
        return update("DELETE FROM " + table + " WHERE id = ?", id);
    }

    /** The distinct quarters of a table's {@code quarter} column, earliest first. */
    List<Quarter> quarters(String table) throws SQLException {
        return list("SELECT DISTINCT quarter FROM " + table + " ORDER BY quarter", row -> row.quarter("quarter"));
    }

    /**
     * Replaces the child lists of the given parents: their old rows are deleted, the new ones inserted in order. A
     * child row that could not be read is not in the new list for want of being read, not because the user removed
     * it, so it is kept. A list that is stored exactly so already is left alone: saving a card that only moved
     * rewrites nothing of its checklist, and so neither the search index of its items (where deleting a common
     * word's entry is dear).
     */
    <T> void replace(Children children, Map<UUID, List<T>> byParent, Function<T, Object[]> values)
            throws SQLException {
        List<String> unreadableIds = Arrays.asList(children.columns()).contains("id")
                ? unreadable.keysOf(children.table()) : List.of();
        Map<UUID, List<Object[]>> wanted = new java.util.LinkedHashMap<>();
        byParent.forEach((parent, items) -> {
            List<Object[]> rows = new ArrayList<>(items.size());
            for (int position = 0; position < items.size(); position++) {
                Object[] own = values.apply(items.get(position));
                Object[] row = new Object[own.length + 2];
                row[0] = parent;
                row[1] = position;
                System.arraycopy(own, 0, row, 2, own.length);
                rows.add(row);
            }
            wanted.put(parent, rows);
        });
        wanted.keySet().removeAll(storedAlready(children, wanted, unreadableIds));
        if (wanted.isEmpty()) {
            return;
        }
        String keep = unreadableIds.isEmpty() ? ""
                : " AND id NOT IN (" + String.join(", ", Collections.nCopies(unreadableIds.size(), "?")) + ")";
        batch("DELETE FROM " + children.table() + " WHERE " + children.parent() + " = ?" + keep,
                wanted.keySet().stream().map(parent -> {
                    List<Object> parameters = new ArrayList<>(List.of(parent));
                    parameters.addAll(unreadableIds);
                    return parameters.toArray();
                }).toList());
        batch(children.insert(), wanted.values().stream().flatMap(List::stream).toList());
    }

    /**
     * The parents whose child rows are stored exactly as wanted (the same rows in the same places, with the same
     * values as they would be written), not counting rows that could not be read. Read a few hundred parents at a
     * time.
     */
    private Set<UUID> storedAlready(Children children, Map<UUID, List<Object[]>> wanted, List<String> unreadableIds)
            throws SQLException {
        List<String> columns = new ArrayList<>(List.of(children.parent(), "position"));
        Arrays.stream(children.columns()).map(Sql::name).forEach(columns::add);
        int idColumn = columns.indexOf("id");
        Map<String, List<List<Object>>> stored = new HashMap<>();
        List<UUID> parents = new ArrayList<>(wanted.keySet());
        for (int from = 0; from < parents.size(); from += READ_AT_ONCE) {
            List<UUID> some = parents.subList(from, Math.min(parents.size(), from + READ_AT_ONCE));
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + String.join(", ", columns)
                    + " FROM " + children.table() + " WHERE " + children.parent() + " IN ("
                    + String.join(", ", Collections.nCopies(some.size(), "?")) + ") ORDER BY "
                    + children.parent() + ", position")) {
                bind(statement, some.toArray());
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        List<Object> row = new ArrayList<>(columns.size());
                        for (int i = 1; i <= columns.size(); i++) {
                            row.add(asStored(result.getObject(i)));
                        }
                        if (idColumn < 0 || !unreadableIds.contains(String.valueOf(row.get(idColumn)))) {
                            stored.computeIfAbsent(String.valueOf(row.get(0)), parent -> new ArrayList<>()).add(row);
                        }
                    }
                }
            }
        }
        Set<UUID> same = new HashSet<>();
        wanted.forEach((parent, rows) -> {
            List<List<Object>> as = rows.stream().map(row -> Arrays.stream(row).map(Sql::asStored).toList()).toList();
            if (as.equals(stored.getOrDefault(parent.toString(), List.of()))) {
                same.add(parent);
            }
        });
        return same;
    }

    /** A value as SQLite gives it back once written by {@link #bind}: whole numbers as long, the rest as text. */
    private static Object asStored(Object value) {
        if (value == null || value instanceof Long || value instanceof Double || value instanceof String) {
            return value;
        }
        if (value instanceof Boolean flag) {
            return flag ? 1L : 0L;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float number) {
            return number.doubleValue();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        if (value instanceof Instant instant) {
            return INSTANT.format(instant);
        }
        return value.toString();
    }

    /** The child lists of the parents that {@code parentIds} (a query for ids) selects, each in its order. */
    <T> Map<UUID, List<T>> children(Children children, String parentIds, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        List<Map.Entry<UUID, T>> rows = list("SELECT * FROM " + children.table() + " WHERE " + children.parent()
                + " IN (" + parentIds + ") ORDER BY position",
                row -> Map.entry(row.uuid(children.parent()), mapper.map(row)), parameters);
        return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, Types.NULL);
            } else if (value instanceof Boolean flag) {
                statement.setInt(index, flag ? 1 : 0);
            } else if (value instanceof Integer || value instanceof Long) {
                statement.setLong(index, ((Number) value).longValue());
            } else if (value instanceof Double number) {
                statement.setDouble(index, number);
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.name());
            } else if (value instanceof Instant instant) {
                statement.setString(index, INSTANT.format(instant));
            } else if (value instanceof UUID || value instanceof LocalDate || value instanceof Quarter
                    || value instanceof String) {
                statement.setString(index, value.toString());
            } else {
                throw new IllegalArgumentException("No SQL mapping for " + value.getClass().getName());
            }
        }
    }

    /**
     * A list that belongs to a parent row, such as the checklist of a task: its table, the column naming the parent,
     * and its own columns. Rows also hold their place in the list in a {@code position} column.
     */
    record Children(String table, String parent, String... columns) {

        String insert() {
            List<String> all = new ArrayList<>(List.of(parent, "position"));
            all.addAll(List.of(columns));
            return Sql.insert(table, all.toArray(String[]::new));
        }
    }

    /** Typed access to the columns of the current row, by name. */
    static final class Row {
        private final ResultSet result;

        Row(ResultSet result) {
            this.result = result;
        }

        String text(String column) throws SQLException {
            return result.getString(column);
        }

        UUID uuid(String column) throws SQLException {
            return parsed(column, UnreadableValue.Kind.NOT_AN_ID, UUID::fromString);
        }

        LocalDate date(String column) throws SQLException {
            return parsed(column, UnreadableValue.Kind.NOT_A_DATE, LocalDate::parse);
        }

        Instant instant(String column) throws SQLException {
            return parsed(column, UnreadableValue.Kind.NOT_A_TIME, Instant::parse);
        }

        Quarter quarter(String column) throws SQLException {
            Quarter quarter = parsed(column, UnreadableValue.Kind.NOT_A_QUARTER, Quarter::parse);
            if (quarter == null) {
                throw new UnreadableValue(column, UnreadableValue.Kind.MISSING);
            }
            return quarter;
        }

        boolean flag(String column) throws SQLException {
            return result.getInt(column) != 0;
        }

        int integer(String column) throws SQLException {
            return result.getInt(column);
        }

        double number(String column) throws SQLException {
            return result.getDouble(column);
        }

        <E extends Enum<E>> E constant(String column, Class<E> type) throws SQLException {
            String value = result.getString(column);
            if (value == null) {
                throw new UnreadableValue(column, UnreadableValue.Kind.MISSING);
            }
            return parsed(column, UnreadableValue.Kind.UNKNOWN_VALUE, name -> Enum.valueOf(type, name));
        }

        /** A text value read as a type; null stays null, anything that does not parse is an unreadable value. */
        private <T> T parsed(String column, UnreadableValue.Kind kind, Function<String, T> parse)
                throws SQLException {
            String value = result.getString(column);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (RuntimeException e) {
                throw new UnreadableValue(column, kind);
            }
        }
    }
}
