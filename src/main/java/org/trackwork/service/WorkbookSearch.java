package org.trackwork.service;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.trackwork.domain.SearchHit;
import org.trackwork.domain.SearchTerms;

/**
 * The global search across a workbook, for the search palette: what a user typed in, hits out, grouped by kind (in
 * the order of {@link org.trackwork.domain.SearchKind}) and the best first within each kind. Any text may be typed:
 * it is read as words, never as query syntax. Matches are marked in each hit's title and snippet as
 * {@link org.trackwork.domain.MarkedText} says. Runs on the writer thread, like every store call.
 */
public final class WorkbookSearch {

    /** However many a caller asks for, no more than this many hits of one kind. */
    public static final int MOST_PER_KIND = 200;

    private final Workbook workbook;

    public WorkbookSearch(Workbook workbook) {
        this.workbook = Objects.requireNonNull(workbook, "workbook");
    }

    /**
     * Searches the workbook. Text with no word in it (empty, blank, only punctuation) gives the recent items
     * instead: of each kind those written last (created, changed, or brought back by undo), the newest first.
     *
     * @param typed   what the user typed; words are all required, the last may be the beginning of a word unless
     *                the text ends after it (a space) or it is a single character
     * @param scope   the whole workbook, or the shared screen of one crew member
     * @param limit   at most this many hits of each kind (up to {@link #MOST_PER_KIND}); none below 1
     */
    public List<SearchHit> search(String typed, SearchScope scope, int limit) {
        Objects.requireNonNull(scope, "scope");
        if (limit < 1) {
            return List.of();
        }
        int perKind = Math.min(limit, MOST_PER_KIND);
        SearchTerms terms = SearchTerms.of(typed);
        UUID person = scope.sharedScreenPerson().orElse(null);
        if (person == null) {
            return terms.isEmpty() ? workbook.searchIndex().recentInWholeWorkbook(perKind)
                    : workbook.searchIndex().searchWholeWorkbook(terms, perKind);
        }
        return terms.isEmpty() ? workbook.searchIndex().recentOnSharedScreenOf(person, perKind)
                : workbook.searchIndex().searchSharedScreenOf(person, terms, perKind);
    }
}
