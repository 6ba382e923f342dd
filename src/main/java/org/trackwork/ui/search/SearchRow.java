package org.trackwork.ui.search;

import org.trackwork.domain.SearchHit;
import org.trackwork.domain.SearchKind;

/**
 * A line of the search palette: the heading of a kind, or a hit under it.
 *
 * @param kind the kind the heading names, or of the hit
 * @param hit  the hit, or null for a heading
 */
public record SearchRow(SearchKind kind, SearchHit hit) {

    public static SearchRow heading(SearchKind kind) {
        return new SearchRow(kind, null);
    }

    public static SearchRow of(SearchHit hit) {
        return new SearchRow(hit.kind(), hit);
    }

    public boolean isHeading() {
        return hit == null;
    }
}
