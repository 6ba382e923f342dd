package org.trackwork.ui.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trackwork.domain.ChecklistItem;
import org.trackwork.domain.Column;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Refusal;
import org.trackwork.domain.Severity;
import org.trackwork.domain.StationKind;
import org.trackwork.domain.Task;
import org.trackwork.service.BoardChange;
import org.trackwork.service.BoardOrder;
import org.trackwork.service.BoardSnapshot;
import org.trackwork.service.HazardChange;
import org.trackwork.service.QuarterRollover;
import org.trackwork.service.TaskFilter;
import org.trackwork.service.TaskRemoval;
import org.trackwork.service.TrackAdvance;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WorkbookSession;

/**
 * The track board of the chosen quarter: cards by column (and swimlane), filters, and every way of laying track:
 * quick add, moves, edits, WIP limits, hazards from a card, and closing the quarter.
 */
public final class BoardViewModel {

    /** How the board is split into rows. */
    public enum Swimlanes { NONE, PERSON, GOAL }

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);

    private final WorkbookSession session;
    private Wanted openAfterReload;
    private final ObservableList<Lane> lanes = FXCollections.observableArrayList();
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final ObservableList<Goal> goals = FXCollections.observableArrayList();
    private final ObjectProperty<Person> personFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Goal> goalFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<TaskFilter.Due> dueFilter = new SimpleObjectProperty<>(TaskFilter.Due.ANY);
    private final StringProperty textFilter = new SimpleStringProperty("");
    private final ObjectProperty<Swimlanes> swimlanes = new SimpleObjectProperty<>(Swimlanes.NONE);
    private final Map<Column, StringProperty> headers = new EnumMap<>(Column.class);
    private final Map<Column, ObjectProperty<Boolean>> overLimit = new EnumMap<>(Column.class);
    private final ReadOnlyObjectWrapper<Task> editing = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> editingHistory = FXCollections.observableArrayList();
    private BoardSnapshot snapshot;

    public BoardViewModel(WorkbookSession session) {
        this.session = session;
        for (Column column : Column.values()) {
            headers.put(column, new SimpleStringProperty(Messages.get("column." + column.name())));
            overLimit.put(column, new SimpleObjectProperty<>(false));
        }
        session.changesProperty().addListener((observable, old, now) -> reload());
        session.quarterProperty().addListener((observable, old, now) -> {
            editing.set(null);
            reload();
        });
        textFilter.addListener((observable, old, now) -> show());
        personFilter.addListener((observable, old, now) -> show());
        goalFilter.addListener((observable, old, now) -> show());
        dueFilter.addListener((observable, old, now) -> show());
        swimlanes.addListener((observable, old, now) -> show());
        reload();
    }

    public void reload() {
        Quarter quarter = session.quarterProperty().get();
        session.read(workbook -> BoardSnapshot.read(workbook, quarter), loaded -> {
            snapshot = loaded;
            people.setAll(loaded.people().stream().filter(p -> !p.archived()).toList());
            goals.setAll(loaded.goals());
            if (personFilter.get() != null && !people.contains(personFilter.get())) {
                personFilter.set(people.stream().filter(p -> p.id().equals(personFilter.get().id())).findFirst()
                        .orElse(null));
            }
            if (goalFilter.get() != null && !goals.contains(goalFilter.get())) {
                goalFilter.set(goals.stream().filter(g -> g.id().equals(goalFilter.get().id())).findFirst()
                        .orElse(null));
            }
            show();
            if (openAfterReload != null && loaded.quarter().equals(openAfterReload.quarter())) {
                UUID wanted = openAfterReload.id();
                openAfterReload = null;
                open(wanted);
            } else {
                loadHistory();
            }
        });
    }

    /**
     * Opens a card in the side panel, as search does: on the board of its own quarter, which is chosen first when
     * another one shows.
     */
    public void openWhenShown(UUID taskId) {
        if (find(taskId).isPresent()) {
            open(taskId);
            return;
        }
        session.read(workbook -> BoardSnapshot.quarterOf(workbook, taskId), found -> found.ifPresent(quarter -> {
            openAfterReload = new Wanted(taskId, quarter);
            if (quarter.equals(session.quarterProperty().get())) {
                reload();
            } else {
                session.quarterProperty().set(quarter);
            }
        }));
    }

    private record Wanted(UUID id, Quarter quarter) {
    }

    private void show() {
        if (snapshot == null) {
            return;
        }
        BoardLanes.Built built = BoardLanes.build(snapshot, filter(), swimlanes.get(), session.today());
        lanes.setAll(built.lanes());
        for (Column column : Column.values()) {
            int count = built.counts().getOrDefault(column, 0);
            Integer limit = snapshot.limits().get(column);
            headers.get(column).set(limit == null
                    ? Messages.get("board.column.header", Messages.get("column." + column.name()), count)
                    : Messages.get("board.column.limited", Messages.get("column." + column.name()), count, limit));
            overLimit.get(column).set(limit != null && count > limit);
        }
        refreshEditing();
    }

    private TaskFilter filter() {
        String text = textFilter.get();
        return new TaskFilter(personFilter.get() == null ? null : personFilter.get().id(),
                goalFilter.get() == null ? null : goalFilter.get().id(), dueFilter.get(),
                text == null ? "" : text);
    }

    // ---- laying track -------------------------------------------------------------------------------------

    /** Shows an edit on the board at once, while the writer thread saves it; the next read confirms it. */
    private void showAtOnce(List<Task> saved, Set<UUID> removed) {
        snapshot = snapshot.withTasks(saved, removed);
        show();
    }

    /** Adds a card on top of a column; returns what is wrong with the title, or null when it was added. */
    public String quickAdd(Column column, String title) {
        if (snapshot == null) {
            return null;
        }
        Task added;
        try {
            added = Task.surveyed(snapshot.quarter(), title, 0, session.clock().instant()).movedTo(column, 0);
        } catch (Refusal e) {
            return Messages.of(e);
        }
        List<Task> changed = BoardOrder.addOnTop(snapshot.tasks(), added);
        session.edit(BoardChange.addCard(Messages.get("edit.addTask", added.title()), added, changed));
        showAtOnce(changed, Set.of());
        return null;
    }

    /** Moves a card before another card (null: to the end) of a column, as a drop does. */
    public void moveBefore(UUID taskId, Column to, UUID beforeId) {
        if (snapshot == null) {
            return;
        }
        List<Task> target = BoardOrder.ordered(snapshot.tasks(), to).stream()
                .filter(task -> !task.id().equals(taskId)).toList();
        int index = target.size();
        for (int i = 0; i < target.size(); i++) {
            if (target.get(i).id().equals(beforeId)) {
                index = i;
                break;
            }
        }
        move(taskId, to, index);
    }

    /** Moves a card right after another card of a column, as a keyboard move among the visible cards does. */
    public void moveAfter(UUID taskId, Column to, UUID afterId) {
        if (snapshot == null) {
            return;
        }
        List<Task> target = BoardOrder.ordered(snapshot.tasks(), to).stream()
                .filter(task -> !task.id().equals(taskId)).toList();
        for (int i = 0; i < target.size(); i++) {
            if (target.get(i).id().equals(afterId)) {
                move(taskId, to, i + 1);
                return;
            }
        }
        move(taskId, to, target.size());
    }

    /**
     * What Ctrl+arrow means for a card in a swimlane: up or down past the next card the user can see (cards a filter
     * hides keep their places), or left or right to the same visible row of the next column of that swimlane, or
     * to its end.
     *
     * @param lane the index of the swimlane in {@link #lanes()}
     */
    public void moveByKey(UUID taskId, int lane, int columns, int rows) {
        if (lane < 0 || lane >= lanes.size()) {
            return;
        }
        Map<Column, List<TaskCard>> shown = lanes.get(lane).cards();
        Column from = null;
        int row = -1;
        for (Column column : Column.values()) {
            List<TaskCard> cards = shown.getOrDefault(column, List.of());
            for (int i = 0; i < cards.size(); i++) {
                if (cards.get(i).id().equals(taskId)) {
                    from = column;
                    row = i;
                }
            }
        }
        if (from == null) {
            return;
        }
        if (rows != 0) {
            List<TaskCard> own = shown.get(from);
            int target = row + rows;
            if (target >= 0 && target < own.size()) {
                UUID passed = own.get(target).id();
                if (rows < 0) {
                    moveBefore(taskId, from, passed);
                } else {
                    moveAfter(taskId, from, passed);
                }
            }
            return;
        }
        int toIndex = from.ordinal() + columns;
        if (columns == 0 || toIndex < 0 || toIndex >= Column.values().length) {
            return;
        }
        Column to = Column.values()[toIndex];
        List<TaskCard> next = shown.getOrDefault(to, List.of());
        if (row < next.size()) {
            moveBefore(taskId, to, next.get(row).id());
        } else if (next.isEmpty()) {
            moveBefore(taskId, to, null);
        } else {
            moveAfter(taskId, to, next.get(next.size() - 1).id());
        }
    }

    public void move(UUID taskId, Column to, int index) {
        Optional<Task> found = find(taskId);
        if (found.isEmpty()) {
            return;
        }
        Task task = found.get();
        List<Task> changed = BoardOrder.move(snapshot.tasks(), taskId, to, index);
        if (changed.isEmpty()) {
            return;
        }
        Set<UUID> recount = task.stationId() != null && snapshot.countingStations().contains(task.stationId())
                ? Set.of(task.stationId()) : Set.of();
        session.edit(TrackAdvance.moveCard(Messages.get("edit.moveTask", task.title(),
                Messages.get("column." + to.name())), changed, recount));
        showAtOnce(changed, Set.of());
        if (to == Column.LAID && task.column() != Column.LAID) {
            offerMilestone(task);
        }
    }

    /** A card laid on a milestone offers to mark the milestone reached. */
    private void offerMilestone(Task task) {
        snapshot.stations().stream()
                .filter(station -> station.id().equals(task.stationId()))
                .filter(station -> station.kind() == StationKind.MILESTONE && !station.done())
                .findFirst()
                .filter(milestone -> session.dialogs().confirm(Messages.get("board.milestone.title"),
                        Messages.get("board.milestone.message", task.title(), milestone.title()),
                        Messages.get("board.milestone.button")))
                .ifPresent(milestone -> session.edit(TrackAdvance.markMilestoneDone(
                        Messages.get("edit.milestoneDone", milestone.title()), milestone, session.today(),
                        session.clock().instant())));
    }

    public void delete(UUID taskId) {
        find(taskId).ifPresent(task -> {
            if (editing.get() != null && editing.get().id().equals(taskId)) {
                editing.set(null);
            }
            session.edit(TaskRemoval.of(task, Messages.get("edit.deleteTask", task.title())));
            showAtOnce(List.of(), Set.of(taskId));
        });
    }

    /** Sets or clears (null) a column's WIP limit. */
    public void setLimit(Column column, Integer limit) {
        session.edit(BoardChange.setLimit(Messages.get("edit.limit", Messages.get("column." + column.name())),
                column, limit));
    }

    /** Asks for a column's WIP limit (empty: no limit) and sets it. */
    public void askLimit(Column column) {
        Integer current = limit(column);
        session.dialogs().askText(Messages.get("board.limit.title", Messages.get("column." + column.name())),
                        Messages.get("board.limit.label"), current == null ? "" : current.toString(),
                        BoardViewModel::limitProblem)
                .ifPresent(text -> setLimit(column, text.isBlank() ? null : Integer.valueOf(text.strip())));
    }

    /** What is wrong with a typed WIP limit, or null: empty (no limit) or a whole number of at least 1. */
    static String limitProblem(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip()) >= 1 ? null : Messages.get("board.limit.problem");
        } catch (NumberFormatException e) {
            return Messages.get("board.limit.problem");
        }
    }

    public Integer limit(Column column) {
        return snapshot == null ? null : snapshot.limits().get(column);
    }

    /**
     * The card panel's hazard button: asks how the open card's hazard was resolved, or why a hazard is raised on
     * it; a blank answer cannot be given.
     */
    public void raiseOrResolveHazardOfOpenCard() {
        Task task = editing.get();
        if (task == null) {
            return;
        }
        if (openHazardOf(task.id()).isPresent()) {
            session.dialogs().askText(Messages.get("board.hazard.resolve.title"),
                            Messages.get("board.hazard.resolve.label"), "",
                            text -> text.isBlank() ? Messages.get("board.hazard.noteNeeded") : null)
                    .ifPresent(note -> resolveHazard(task.id(), note));
        } else {
            session.dialogs().askText(Messages.get("board.hazard.raise.title"),
                            Messages.get("board.hazard.raise.label", task.title()), "",
                            text -> text.isBlank() ? Messages.get("board.hazard.reasonNeeded") : null)
                    .ifPresent(reason -> raiseHazard(task.id(), reason));
        }
    }

    /** Raises a hazard on a card: the card shows a boulder and how long it has been blocked. */
    public void raiseHazard(UUID taskId, String reason) {
        Hazard hazard = new Hazard(UUID.randomUUID(), reason, Severity.MEDIUM, null, null, taskId, session.today(),
                people.stream().filter(Person::manager).map(Person::id).findFirst().orElse(null), false, null,
                null, "");
        session.edit(HazardChange.raise(Messages.get("edit.raiseHazard"), hazard));
    }

    /** Resolves the open hazard of a card with a note. */
    public void resolveHazard(UUID taskId, String note) {
        openHazardOf(taskId).ifPresent(hazard -> session.edit(HazardChange.resolve(
                Messages.get("edit.resolveHazard"), hazard.id(), session.today(), note)));
    }

    public Optional<Hazard> openHazardOf(UUID taskId) {
        return snapshot == null ? Optional.empty() : snapshot.hazards().stream()
                .filter(h -> h.isOpen() && taskId.equals(h.taskId())).findFirst();
    }

    /** Shows the summary of closing the quarter, asks, and carries the unfinished cards to the next quarter. */
    public void closeQuarter() {
        Quarter quarter = session.quarterProperty().get();
        session.read(workbook -> QuarterRollover.summarize(workbook, quarter), summary -> {
            String text = Messages.get("board.close.message", summary.from(), summary.to(), summary.laid(),
                    summary.carriedOver(), summary.hazardsOpen(), summary.hazardsResolved());
            if (session.dialogs().confirm(Messages.get("board.close.title", quarter), text,
                    Messages.get("board.close.button"))) {
                session.edit(QuarterRollover.close(Messages.get("edit.closeQuarter", quarter), quarter,
                        session.today()), () -> session.dialogs().notify(
                        Messages.get("board.close.done", summary.carriedOver(), summary.to())));
            }
        });
    }

    // ---- the card editor ----------------------------------------------------------------------------------

    public void open(UUID taskId) {
        editing.set(find(taskId).orElse(null));
        loadHistory();
    }

    public void closeEditor() {
        editing.set(null);
    }

    /** Whether a card is open in the side panel. */
    public boolean isEditing() {
        return editing.get() != null;
    }

    /** Keeps the open card as the board has it, so a card moved while open is edited where it now is. */
    private void refreshEditing() {
        Task open = editing.get();
        if (open != null && snapshot != null) {
            editing.set(find(open.id()).orElse(null));
        }
    }

    /**
     * Reads the open card's history: the hazards that blocked it and the quarters it crossed. Only a new card or a
     * reload can change it, so a filter change does not read it again.
     */
    private void loadHistory() {
        Task open = editing.get();
        if (open == null || snapshot == null) {
            editingHistory.clear();
            return;
        }
        UUID id = open.id();
        session.read(workbook -> BoardSnapshot.crossingsOf(workbook, id), crossings -> {
            List<String> lines = new ArrayList<>();
            LocalDate today = session.today();
            snapshot.hazards().stream().filter(h -> id.equals(h.taskId())).forEach(h -> lines.add(h.isOpen()
                    ? Messages.get("board.history.blocked", h.description(), DATE.format(h.raisedOn()),
                    ChronoUnit.DAYS.between(h.raisedOn(), today))
                    : Messages.get("board.history.wasBlocked", h.description(), DATE.format(h.raisedOn()),
                    DATE.format(h.resolvedOn()), ChronoUnit.DAYS.between(h.raisedOn(), h.resolvedOn()),
                    h.resolutionNote())));
            crossings.forEach(c -> lines.add(Messages.get("board.history.crossed", c.from(), c.to(),
                    DATE.format(c.on()))));
            if (editing.get() != null && editing.get().id().equals(id)) {
                editingHistory.setAll(lines);
            }
        });
    }

    /**
     * Saves one change to the card being edited; returns what is wrong, or null when it was saved. The change is
     * applied to the card shown, at once, and to the card as stored when the writer saves it, and again on redo: it
     * must be a function of the card alone, with what the user typed taken beforehand, never read from a control.
     */
    public String update(UnaryOperator<Task> change) {
        Task before = editing.get();
        if (before == null) {
            return null;
        }
        Task after;
        try {
            after = change.apply(before);
        } catch (Refusal e) {
            return Messages.of(e);
        }
        if (after.equals(before)) {
            return null;
        }
        editing.set(after);
        // a laid card moving between stations changes what stations that count laid cards have reached
        Set<UUID> recount = new java.util.HashSet<>();
        for (UUID station : new UUID[] {before.stationId(), after.stationId()}) {
            if (station != null && snapshot.countingStations().contains(station)) {
                recount.add(station);
            }
        }
        session.edit(TrackAdvance.editCard(Messages.get("edit.editTask", after.title()), after.id(), change,
                recount));
        showAtOnce(List.of(after), Set.of());
        return null;
    }

    public String addChecklistItem(String text) {
        ChecklistItem added;
        try {
            added = ChecklistItem.of(text);
        } catch (Refusal e) {
            return Messages.of(e);
        }
        // made once, so the card shown and the card stored have the same item
        return update(task -> {
            List<ChecklistItem> items = new ArrayList<>(task.checklist());
            items.add(added);
            return task.withChecklist(items);
        });
    }

    public void tick(UUID itemId, boolean done) {
        update(task -> task.withChecklist(task.checklist().stream().map(item -> item.id().equals(itemId)
                ? new ChecklistItem(item.id(), item.text(), done) : item).toList()));
    }

    public void moveChecklistItem(UUID itemId, int delta) {
        update(task -> {
            List<ChecklistItem> items = new ArrayList<>(task.checklist());
            int from = -1;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).id().equals(itemId)) {
                    from = i;
                }
            }
            int to = from + delta;
            if (from < 0 || to < 0 || to >= items.size()) {
                return task;
            }
            items.add(to, items.remove(from));
            return task.withChecklist(items);
        });
    }

    public void removeChecklistItem(UUID itemId) {
        update(task -> task.withChecklist(task.checklist().stream().filter(i -> !i.id().equals(itemId)).toList()));
    }

    /** Nothing, the quarter's goals and their stations, for the editor's link choice. */
    public List<LinkChoice> linkChoices() {
        List<LinkChoice> choices = new ArrayList<>();
        choices.add(new LinkChoice(null, null, Messages.get("board.link.none")));
        if (snapshot != null) {
            for (Goal goal : snapshot.goals()) {
                choices.add(new LinkChoice(goal.id(), null, Messages.get("board.link.goal", goal.title())));
                snapshot.stations().stream().filter(s -> s.goalId().equals(goal.id())).forEach(s ->
                        choices.add(new LinkChoice(goal.id(), s.id(), Messages.get("board.link.station",
                                s.title()))));
            }
        }
        return choices;
    }

    private Optional<Task> find(UUID taskId) {
        return snapshot == null ? Optional.empty()
                : snapshot.tasks().stream().filter(t -> t.id().equals(taskId)).findFirst();
    }

    /** The cards of a lane and column in board order, for keyboard focus. */
    public List<UUID> order(Column column) {
        return snapshot == null ? List.of()
                : BoardOrder.ordered(snapshot.tasks(), column).stream().map(Task::id).toList();
    }

    public String emptyText(Column column) {
        return Messages.get("board.empty." + column.name(), session.quarterProperty().get());
    }

    public ObservableList<Lane> lanes() {
        return lanes;
    }

    public ObservableList<Person> people() {
        return people;
    }

    public ObservableList<Goal> goals() {
        return goals;
    }

    /** The words a card must contain to show (title, description, checklist); the filter row's text field. */
    public StringProperty textFilterProperty() {
        return textFilter;
    }

    public ObjectProperty<Person> personFilterProperty() {
        return personFilter;
    }

    public ObjectProperty<Goal> goalFilterProperty() {
        return goalFilter;
    }

    public ObjectProperty<TaskFilter.Due> dueFilterProperty() {
        return dueFilter;
    }

    public ObjectProperty<Swimlanes> swimlanesProperty() {
        return swimlanes;
    }

    public StringProperty headerProperty(Column column) {
        return headers.get(column);
    }

    public ObjectProperty<Boolean> overLimitProperty(Column column) {
        return overLimit.get(column);
    }

    public ReadOnlyObjectProperty<Task> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public ObservableList<String> editingHistory() {
        return editingHistory;
    }

    public WorkbookSession session() {
        return session;
    }
}
