package org.trackwork.store;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.trackwork.domain.MarkedText;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.SearchHit;
import org.trackwork.domain.SearchKind;
import org.trackwork.domain.SearchTerms;

/**
 * Searches the workbook's full-text indexes (SQLite FTS5; this is the one class that speaks it): one index per
 * {@link SearchKind}, which the triggers of {@code V4__search.sql} keep in step with every write. Typed words reach
 * FTS5 only as quoted phrases, so nothing a user types is read as FTS5 syntax. Within each kind hits are ranked with
 * {@code bm25()}, a match in the title above one in the rest of the text; the kinds follow each other in the order of
 * {@link SearchKind}. Matches are marked as {@link MarkedText} says.
 *
 * <p>Only the {@value #MOST_RANKED} most recently added matches of a kind are ranked: a word that common (say, "the"
 * in a workbook of a hundred thousand cards) finds more than anyone reads, and ranking them all would cost more than
 * a keystroke may.
 *
 * <p>The shared screen of a crew member has queries of its own: they read only the indexes of the kinds that screen
 * shows (never that of private notes), keep only records that are that person's own by a condition on the records
 * themselves (their tasks, the open hazards on those tasks that are not confidential, their one-on-ones...), match
 * only the columns the screen shows and never mark or select any other text.
 */
public final class SearchIndex {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    /** How many of the most recently added matches of one kind are ranked. */
    static final int MOST_RANKED = 5_000;
    /** bm25 weights of the columns title, body and unshared. */
    private static final String WEIGHTS = "10.0, 3.0, 2.0";
    private static final String ELLIPSIS = "…";
    private static final int SNIPPET_TOKENS = 16;
    /** How much of its text a recent item shows. */
    private static final int EXCERPT = 160;
    private static final String NOTHING = "NULL";

    private static final String PERSON_NAME = "(SELECT name FROM person WHERE id = %s)";
    private static final String TASK_OWNER = "(SELECT owner_id FROM task WHERE id = r.task_id)";
    private static final String PLAN_PERSON = "(SELECT person_id FROM development_plan WHERE id = r.plan_id)";
    private static final String ACTION_PERSON = "(SELECT p.person_id FROM development_goal g"
            + " JOIN development_plan p ON p.id = g.plan_id WHERE g.id = r.goal_id)";
    private static final String SESSION_PERSON = "(SELECT person_id FROM one_on_one WHERE id = r.one_on_one_id)";
    private static final String SESSION_DATE = "(SELECT held_on FROM one_on_one WHERE id = r.one_on_one_id)";
    private static final String STATION_GOAL = "(SELECT g.%s FROM station s JOIN goal g ON g.id = s.goal_id"
            + " WHERE s.id = %s)";

    /**
     * Where each kind is indexed and how a hit of it is read from its record {@code r}: what it belongs to, whose it
     * is, its quarter and date, what names it when it has no title of its own, its context; for the kinds a shared
     * screen shows, which of their records are a person's own (one {@code ?}) and which columns that screen shows.
     */
    private static final Map<SearchKind, Source> SOURCES = Stream.of(
            new Source(SearchKind.DESTINATION, "destination", NOTHING, NOTHING, NOTHING, "r.horizon", "0", "''",
                    "''", null, null, "r.created_at DESC", null),
            new Source(SearchKind.SHIFT, "shift", "r.to_destination_id", NOTHING, NOTHING, "r.shifted_on", "0",
                    "(SELECT title FROM destination WHERE id = r.to_destination_id)", "''", null, null,
                    "r.shifted_on DESC", null),
            new Source(SearchKind.GOAL, "goal", "r.destination_id", "r.owner_id", "r.quarter", NOTHING, "0", "''",
                    PERSON_NAME.formatted("r.owner_id"), "r.owner_id = ?", "title", null, null),
            new Source(SearchKind.STATION, "station", "r.goal_id", NOTHING,
                    "(SELECT quarter FROM goal WHERE id = r.goal_id)", "r.due", "0", "''",
                    "(SELECT title FROM goal WHERE id = r.goal_id)", null, null, null, null),
            new Source(SearchKind.CHECK_IN, "check_in", "r.station_id", NOTHING,
                    STATION_GOAL.formatted("quarter", "r.station_id"), "r.checked_on", "0",
                    "(SELECT title FROM station WHERE id = r.station_id)",
                    STATION_GOAL.formatted("title", "r.station_id"), null, null, "r.recorded_at DESC",
                    "r.comment <> ''"),
            new Source(SearchKind.TASK, "task", NOTHING, "r.owner_id", "r.quarter", "r.due", "0", "''",
                    PERSON_NAME.formatted("r.owner_id"), "r.owner_id = ?", "title", null, null),
            new Source(SearchKind.CHECKLIST_ITEM, "checklist_item", "r.task_id", TASK_OWNER,
                    "(SELECT quarter FROM task WHERE id = r.task_id)", NOTHING, "0",
                    "(SELECT title FROM task WHERE id = r.task_id)", PERSON_NAME.formatted(TASK_OWNER), null, null,
                    null, null),
            new Source(SearchKind.HAZARD, "hazard", "COALESCE(r.task_id, r.station_id, r.goal_id)", TASK_OWNER,
                    "COALESCE((SELECT quarter FROM task WHERE id = r.task_id),"
                            + " (SELECT quarter FROM goal WHERE id = r.goal_id), "
                            + STATION_GOAL.formatted("quarter", "r.station_id") + ")",
                    "r.raised_on", "r.is_confidential", "''",
                    "COALESCE((SELECT title FROM task WHERE id = r.task_id),"
                            + " (SELECT title FROM station WHERE id = r.station_id),"
                            + " (SELECT title FROM goal WHERE id = r.goal_id))",
                    "r.is_confidential = 0 AND r.resolved_on IS NULL"
                            + " AND r.task_id IN (SELECT id FROM task WHERE owner_id = ?)", "title",
                    "r.raised_on DESC", null),
            new Source(SearchKind.PERSON, "person", NOTHING, "r.id", NOTHING, NOTHING, "0", "''", "''",
                    "r.id = ?", "title body", null, null),
            new Source(SearchKind.ONE_ON_ONE, "one_on_one", NOTHING, "r.person_id", NOTHING, "r.held_on", "0",
                    PERSON_NAME.formatted("r.person_id"), "''", "r.person_id = ?", "title body", "r.held_on DESC",
                    null),
            new Source(SearchKind.AGENDA_ITEM, "agenda_item", "r.one_on_one_id", SESSION_PERSON, NOTHING,
                    SESSION_DATE, "0", PERSON_NAME.formatted(SESSION_PERSON), "''",
                    "r.one_on_one_id IN (SELECT id FROM one_on_one WHERE person_id = ?)", "title body", null, null),
            new Source(SearchKind.ACTION_ITEM, "action_item", "r.one_on_one_id", SESSION_PERSON, NOTHING,
                    SESSION_DATE, "0", PERSON_NAME.formatted(SESSION_PERSON), "''",
                    "r.one_on_one_id IN (SELECT id FROM one_on_one WHERE person_id = ?)", "title body", null, null),
            new Source(SearchKind.ONE_ON_ONE_PRIVATE, "one_on_one", NOTHING, "r.person_id", NOTHING, "r.held_on",
                    "0", PERSON_NAME.formatted("r.person_id"), "''", null, null, "r.held_on DESC",
                    "r.private_notes <> ''"),
            new Source(SearchKind.DEVELOPMENT_PLAN, "development_plan", NOTHING, "r.person_id", NOTHING, NOTHING,
                    "0", "''", PERSON_NAME.formatted("r.person_id"), "r.person_id = ?", "title body", null, null),
            new Source(SearchKind.DEVELOPMENT_GOAL, "development_goal", "r.plan_id", PLAN_PERSON, NOTHING,
                    "r.target_date", "0", "''", PERSON_NAME.formatted(PLAN_PERSON),
                    "r.plan_id IN (SELECT id FROM development_plan WHERE person_id = ?)", "title body", null, null),
            new Source(SearchKind.DEVELOPMENT_ACTION, "development_action", "r.goal_id", ACTION_PERSON, NOTHING,
                    "r.due", "0", "(SELECT title FROM development_goal WHERE id = r.goal_id)",
                    PERSON_NAME.formatted(ACTION_PERSON),
                    "r.goal_id IN (SELECT g.id FROM development_goal g JOIN development_plan p ON p.id = g.plan_id"
                            + " WHERE p.person_id = ?)", "title body", null, null),
            new Source(SearchKind.RECOGNITION, "recognition", NOTHING, "r.person_id", NOTHING, "r.recognized_on",
                    "0", PERSON_NAME.formatted("r.person_id"), "''", "r.person_id = ?", "title body",
                    "r.recognized_on DESC", null))
            .collect(Collectors.toMap(Source::kind, Function.identity()));

    private final WorkbookFile file;
    /** The indexes built anew since the workbook was opened: each is, at most once. */
    private final java.util.Set<SearchKind> rebuilt = java.util.EnumSet.noneOf(SearchKind.class);

    public SearchIndex(WorkbookFile file) {
        this.file = file;
    }

    /**
     * Everything in the workbook that matches, private notes included (as {@link SearchKind#ONE_ON_ONE_PRIVATE}).
     *
     * @param perKind at most this many hits of each kind, the best ranked first
     */
    public List<SearchHit> searchWholeWorkbook(SearchTerms terms, int perKind) {
        String match = match(terms, null);
        List<SearchHit> hits = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            Source source = SOURCES.get(kind);
            hits.addAll(searched(source, sql -> sql.list(source.wholeWorkbook(),
                    row -> matched(row, source, true), match, perKind, match)));
        }
        return hits;
    }

    /**
     * What matches on the shared screen of one crew member: only what that screen shows of their own records, never
     * private notes, confidential hazards or anyone else's records.
     *
     * @param perKind at most this many hits of each kind, the best ranked first
     */
    public List<SearchHit> searchSharedScreenOf(UUID personId, SearchTerms terms, int perKind) {
        Objects.requireNonNull(personId, "personId");
        List<SearchHit> hits = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            Source source = SOURCES.get(kind);
            if (source.onSharedScreen()) {
                String match = match(terms, source.sharedColumns());
                hits.addAll(searched(source, sql -> sql.list(source.sharedScreen(),
                        row -> matched(row, source, false), match, personId, perKind, match, personId)));
            }
        }
        return hits;
    }

    /**
     * Runs one kind's search. An index out of step with its table (another program changed the table behind the
     * triggers' back) still takes every edit, but FTS5 may then refuse to mark a match in a record's text: the index
     * is built anew from its table, once while the workbook is open, and the search runs again.
     */
    private List<SearchHit> searched(Source source, KindSearch search) {
        try {
            return file.read(c -> search.run(file.sql(c)));
        } catch (StoreException e) {
            if (!outOfStep(e) || !rebuilt.add(source.kind())) {
                throw e;
            }
        }
        LOG.warn("The search index {} was out of step with its table; building it anew", source.index());
        file.inTransaction(c -> file.sql(c).update("INSERT INTO " + source.index() + " (" + source.index()
                + ") VALUES ('rebuild')"));
        return file.read(c -> search.run(file.sql(c)));
    }

    /** One kind's search on the workbook's statements. */
    @FunctionalInterface
    private interface KindSearch {
        List<SearchHit> run(Sql sql) throws SQLException;
    }

    private static boolean outOfStep(StoreException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite && sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT_VTAB) {
                return true;
            }
        }
        return false;
    }

    /** The newest records of each kind in the whole workbook, the newest first. */
    public List<SearchHit> recentInWholeWorkbook(int perKind) {
        return file.read(c -> {
            Sql sql = file.sql(c);
            List<SearchHit> hits = new ArrayList<>();
            for (SearchKind kind : SearchKind.values()) {
                Source source = SOURCES.get(kind);
                hits.addAll(sql.list(source.recentInWholeWorkbook(), row -> recent(row, source, true), perKind));
            }
            return hits;
        });
    }

    /** The newest records of each kind that one crew member's shared screen shows of theirs, the newest first. */
    public List<SearchHit> recentOnSharedScreenOf(UUID personId, int perKind) {
        Objects.requireNonNull(personId, "personId");
        return file.read(c -> {
            Sql sql = file.sql(c);
            List<SearchHit> hits = new ArrayList<>();
            for (SearchKind kind : SearchKind.values()) {
                Source source = SOURCES.get(kind);
                if (source.onSharedScreen()) {
                    hits.addAll(sql.list(source.recentOnSharedScreen(), row -> recent(row, source, false), personId,
                            perKind));
                }
            }
            return hits;
        });
    }

    /**
     * The FTS5 query for the words: each a quoted phrase (a quote in it doubled), all of them required, the last
     * one also as the beginning of a longer word; only in the given columns, when there are any.
     */
    static String match(SearchTerms terms, String columns) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("Nothing to search for");
        }
        String phrases = terms.words().stream()
                .map(word -> "\"" + word.replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(" "));
        if (terms.lastIsPrefix()) {
            phrases += "*";
        }
        return columns == null ? phrases : "{" + columns + "} : (" + phrases + ")";
    }

    /** The kinds whose indexes the shared screen of a person is searched in. */
    static List<SearchKind> sharedKinds() {
        return Stream.of(SearchKind.values()).filter(kind -> SOURCES.get(kind).onSharedScreen()).toList();
    }

    /** The SQL a shared screen's search of one kind runs, for a test to read. */
    static String sharedScreenSql(SearchKind kind) {
        return SOURCES.get(kind).sharedScreen();
    }

    private static SearchHit matched(Sql.Row row, Source source, boolean wholeWorkbook) throws SQLException {
        MarkedText snippet = snippet(row.text("body_snippet"));
        if (wholeWorkbook) {
            MarkedText unshared = snippet(row.text("unshared_snippet"));
            if (!snippet.hasMatch() && (unshared.hasMatch() || snippet.isEmpty())) {
                snippet = unshared;
            }
        }
        return hit(row, source, new MarkedText(oneLine(row.text("marked_title"))), snippet);
    }

    private static SearchHit recent(Sql.Row row, Source source, boolean wholeWorkbook) throws SQLException {
        String text = oneLine(row.text("body"));
        if (wholeWorkbook && text.isEmpty()) {
            text = oneLine(row.text("unshared"));
        }
        if (text.length() > EXCERPT) {
            text = text.substring(0, EXCERPT).strip() + ELLIPSIS;
        }
        return hit(row, source, MarkedText.unmarked(oneLine(row.text("title"))), MarkedText.unmarked(text));
    }

    private static SearchHit hit(Sql.Row row, Source source, MarkedText ownTitle, MarkedText snippet)
            throws SQLException {
        MarkedText title = ownTitle.isEmpty() ? MarkedText.unmarked(oneLine(row.text("parent_title"))) : ownTitle;
        return new SearchHit(source.kind(), row.uuid("record_id"), row.uuid("parent_id"), row.uuid("person_id"),
                quarterOrNull(row.text("quarter")), dateOrNull(row.text("dated_on")), row.flag("is_confidential"),
                title, MarkedText.unmarked(oneLine(row.text("context"))).plain(), snippet);
    }

    private static MarkedText snippet(String marked) {
        return new MarkedText(oneLine(marked));
    }

    /** Notes run over lines; a hit is shown on one. */
    private static String oneLine(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    /** A value another program wrote that is no quarter leaves the hit without one, rather than the hit out. */
    private static Quarter quarterOrNull(String text) {
        try {
            return text == null ? null : Quarter.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static LocalDate dateOrNull(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * One kind's index and how its hits are read; the expressions are SQL over its record {@code r}.
     *
     * @param table           the workbook table whose records it indexes as {@code search_<kind>}
     * @param sharedCondition which records are the own of the person bound to its one {@code ?}; null for a kind
     *                        no shared screen shows
     * @param sharedColumns   the indexed columns a shared screen shows
     * @param recentOrder     the newest first; by default the most recently added
     * @param recentFilter    which records count as recent items; by default all
     */
    private record Source(SearchKind kind, String table, String parent, String person, String quarter, String date,
                          String confidential, String parentTitle, String context, String sharedCondition,
                          String sharedColumns, String recentOrder, String recentFilter) {

        Source {
            if (kind.onSharedScreen() != (sharedCondition != null) || kind.isPrivate() && sharedCondition != null) {
                throw new IllegalArgumentException("What a shared screen shows of " + kind + " is unclear");
            }
        }

        String index() {
            return "search_" + kind.name().toLowerCase(java.util.Locale.ROOT);
        }

        boolean onSharedScreen() {
            return sharedCondition != null;
        }

        /** What a hit says besides its text: read from its record and what that belongs to. */
        private String navigation() {
            return "r.id AS record_id, %s AS parent_id, %s AS person_id, %s AS quarter, %s AS dated_on,"
                    .formatted(parent, person, quarter, date)
                    + " %s AS is_confidential, %s AS parent_title, %s AS context"
                    .formatted(confidential, parentTitle, context);
        }

        /**
         * The best {@code ?} of the {@value #MOST_RANKED} newest matches of {@code ?}, then those again with their
         * marks: FTS5 marks only in the query that matches, and marking every match would cost too much. Rereading
         * only the rowids between the chosen ones keeps that second pass short.
         */
        String wholeWorkbook() {
            return """
                    WITH candidates AS MATERIALIZED (
                        SELECT %1$s.rowid AS doc, bm25(%1$s, %2$s) AS score
                        FROM %1$s WHERE %1$s MATCH ?
                        ORDER BY %1$s.rowid DESC LIMIT %3$d),
                    chosen AS MATERIALIZED (SELECT doc, score FROM candidates ORDER BY score, doc LIMIT ?)
                    SELECT %4$s,
                           highlight(%1$s, 0, char(2), char(3)) AS marked_title,
                           snippet(%1$s, 1, char(2), char(3), '%5$s', %6$d) AS body_snippet,
                           snippet(%1$s, 2, char(2), char(3), '%5$s', %6$d) AS unshared_snippet
                    FROM %1$s CROSS JOIN chosen c ON c.doc = %1$s.rowid CROSS JOIN %7$s r ON r.rowid = c.doc
                    WHERE %1$s MATCH ?
                        AND %1$s.rowid BETWEEN (SELECT MIN(doc) FROM chosen) AND (SELECT MAX(doc) FROM chosen)
                    ORDER BY c.score, c.doc
                    """.formatted(index(), WEIGHTS, MOST_RANKED, navigation(), ELLIPSIS, SNIPPET_TOKENS, table);
        }

        /**
         * As {@link #wholeWorkbook}, for the shared screen of the person bound to the second and the last {@code ?}:
         * only that person's own records, both times; the unshared column is neither matched (the match names the
         * columns) nor marked nor read.
         */
        String sharedScreen() {
            String bodySnippet = sharedColumns.contains("body")
                    ? "snippet(%s, 1, char(2), char(3), '%s', %d)".formatted(index(), ELLIPSIS, SNIPPET_TOKENS)
                    : "''";
            return """
                    WITH candidates AS MATERIALIZED (
                        SELECT %1$s.rowid AS doc, bm25(%1$s, %2$s) AS score
                        FROM %1$s CROSS JOIN %3$s r ON r.rowid = %1$s.rowid
                        WHERE %1$s MATCH ? AND %4$s
                        ORDER BY %1$s.rowid DESC LIMIT %5$d),
                    chosen AS MATERIALIZED (SELECT doc, score FROM candidates ORDER BY score, doc LIMIT ?)
                    SELECT %6$s,
                           highlight(%1$s, 0, char(2), char(3)) AS marked_title,
                           %7$s AS body_snippet
                    FROM %1$s CROSS JOIN chosen c ON c.doc = %1$s.rowid CROSS JOIN %3$s r ON r.rowid = c.doc
                    WHERE %1$s MATCH ?
                        AND %1$s.rowid BETWEEN (SELECT MIN(doc) FROM chosen) AND (SELECT MAX(doc) FROM chosen)
                        AND %4$s
                    ORDER BY c.score, c.doc
                    """.formatted(index(), WEIGHTS, table, sharedCondition, MOST_RANKED, navigation(), bodySnippet);
        }

        String recentInWholeWorkbook() {
            return """
                    SELECT %s, t.title, t.body, t.unshared
                    FROM %s r CROSS JOIN %s_text t ON t.doc = r.rowid
                    WHERE %s
                    ORDER BY %s
                    LIMIT ?
                    """.formatted(navigation(), table, index(), recentFilter == null ? "1 = 1" : recentFilter,
                    newestFirst());
        }

        /** The unshared column is not read. */
        String recentOnSharedScreen() {
            return """
                    SELECT %s, t.title, t.body
                    FROM %s r CROSS JOIN %s_text t ON t.doc = r.rowid
                    WHERE %s
                    ORDER BY %s
                    LIMIT ?
                    """.formatted(navigation(), table, index(), sharedCondition, newestFirst());
        }

        private String newestFirst() {
            return recentOrder == null ? "r.rowid DESC" : recentOrder + ", r.rowid DESC";
        }
    }
}
