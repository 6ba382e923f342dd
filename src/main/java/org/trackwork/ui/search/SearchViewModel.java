package org.trackwork.ui.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trackwork.domain.SearchHit;
import org.trackwork.domain.SearchKind;
import org.trackwork.service.SearchScope;
import org.trackwork.service.WorkbookSearch;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.Target;
import org.trackwork.ui.common.WorkbookSession;

/**
 * The search palette over the whole workbook: what is typed, the hits grouped by kind, the one selected, and going
 * to it. On a shared screen it searches only what that screen may show, through the shared screen's own queries.
 * Each keystroke asks the writer thread; an answer to an older question is dropped.
 */
public final class SearchViewModel {

    /** Hits shown of each kind. */
    static final int PER_KIND = 6;

    private final WorkbookSession session;
    private final Supplier<Optional<UUID>> sharedScreenPerson;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SearchRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyBooleanWrapper recent = new ReadOnlyBooleanWrapper(true);
    private long asked;

    /** @param sharedScreenPerson whose shared screen takes the main window, if one does */
    public SearchViewModel(WorkbookSession session, Supplier<Optional<UUID>> sharedScreenPerson) {
        this.session = session;
        this.sharedScreenPerson = sharedScreenPerson;
        query.addListener((observable, old, now) -> search());
    }

    /** Asks again for what is typed (the recent items when nothing is). */
    public void search() {
        long ticket = ++asked;
        if (session.workbook() == null) {
            rows.clear();
            selected.set(-1);
            return;
        }
        String typed = query.get() == null ? "" : query.get();
        SearchScope scope = sharedScreenPerson.get().map(SearchScope::sharedScreenOf)
                .orElse(SearchScope.WHOLE_WORKBOOK);
        session.read(workbook -> new WorkbookSearch(workbook).search(typed, scope, PER_KIND), hits -> {
            if (ticket == asked) {
                show(hits, typed.isBlank());
            }
        });
    }

    private void show(List<SearchHit> hits, boolean nothingTyped) {
        List<SearchRow> grouped = new ArrayList<>();
        SearchKind last = null;
        for (SearchHit hit : hits) {
            if (hit.kind() != last) {
                grouped.add(SearchRow.heading(hit.kind()));
                last = hit.kind();
            }
            grouped.add(SearchRow.of(hit));
        }
        rows.setAll(grouped);
        recent.set(nothingTyped);
        selected.set(grouped.size() > 1 ? 1 : -1);
    }

    /** Forgets the hits (and any answer still on its way). */
    public void clear() {
        asked++;
        rows.clear();
        selected.set(-1);
    }

    /** Moves the selection down (1) or up (-1) over the hits, past the headings, stopping at either end. */
    public void move(int delta) {
        int at = selected.get();
        for (int next = at + delta; next >= 0 && next < rows.size(); next += delta) {
            if (!rows.get(next).isHeading()) {
                selected.set(next);
                return;
            }
        }
    }

    /** Selects a row, as a click does; a heading cannot be selected. */
    public void select(int index) {
        if (index >= 0 && index < rows.size() && !rows.get(index).isHeading()) {
            selected.set(index);
        }
    }

    /** The selected hit, if one is selected. */
    public Optional<SearchHit> selectedHit() {
        int at = selected.get();
        return at >= 0 && at < rows.size() ? Optional.ofNullable(rows.get(at).hit()) : Optional.empty();
    }

    /**
     * Goes to the selected hit in its area (choosing its quarter first); returns whether there was one. On a shared
     * screen the navigator only turns the shared screen to the hit's page.
     */
    public boolean openSelected() {
        Optional<SearchHit> hit = selectedHit();
        if (hit.isEmpty()) {
            return false;
        }
        SearchHit found = hit.get();
        if (sharedScreenPerson.get().isEmpty() && found.quarter() != null && needsQuarter(found.kind())) {
            session.quarterProperty().set(found.quarter());
        }
        session.navigator().open(targetOf(found));
        return true;
    }

    private static boolean needsQuarter(SearchKind kind) {
        return switch (kind) {
            case GOAL, STATION, CHECK_IN, HAZARD -> true;
            default -> false;
        };
    }

    /** Where a hit is opened: the record itself, or what it belongs to. */
    static Target targetOf(SearchHit hit) {
        return switch (hit.kind()) {
            case PERSON -> Target.of(Target.Kind.PERSON, hit.recordId());
            case TASK -> Target.of(Target.Kind.TASK, hit.recordId());
            case CHECKLIST_ITEM -> Target.of(Target.Kind.TASK, hit.parentId());
            case GOAL -> Target.of(Target.Kind.GOAL, hit.recordId());
            case STATION -> Target.of(Target.Kind.STATION, hit.recordId());
            case CHECK_IN -> Target.of(Target.Kind.STATION, hit.parentId());
            case HAZARD -> Target.of(Target.Kind.HAZARD, hit.recordId());
            case DESTINATION -> Target.of(Target.Kind.DESTINATION, null);
            case SHIFT -> Target.of(Target.Kind.SHIFT, hit.recordId());
            case ONE_ON_ONE, AGENDA_ITEM, ACTION_ITEM, ONE_ON_ONE_PRIVATE ->
                    new Target(Target.Kind.ONE_ON_ONE, hit.personId(), hit.date());
            case DEVELOPMENT_PLAN, DEVELOPMENT_GOAL, DEVELOPMENT_ACTION -> Target.of(Target.Kind.PLAN, hit.personId());
            case RECOGNITION -> Target.of(Target.Kind.RECOGNITION, hit.personId());
        };
    }

    /** The words of a kind's heading. */
    public static String headingOf(SearchKind kind) {
        return Messages.get("search.kind." + kind.name());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchRow> rows() {
        return rows;
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** Whether the rows are the recent items (nothing typed) rather than matches. */
    public ReadOnlyBooleanProperty recentProperty() {
        return recent.getReadOnlyProperty();
    }
}
