package org.trackwork.ui.board;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.trackwork.domain.Column;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WorkbookSession;

/** The chosen quarter's tasks by column, filtered by the top bar's search. */
public final class BoardViewModel {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    private final WorkbookSession session;
    private final Map<Column, ObservableList<TaskCard>> cards = new EnumMap<>(Column.class);
    private final Map<Column, FilteredList<TaskCard>> visible = new EnumMap<>(Column.class);

    public BoardViewModel(WorkbookSession session) {
        this.session = session;
        for (Column column : Column.values()) {
            ObservableList<TaskCard> all = FXCollections.observableArrayList();
            cards.put(column, all);
            visible.put(column, new FilteredList<>(all));
        }
        session.changesProperty().addListener((observable, old, now) -> reload());
        session.quarterProperty().addListener((observable, old, now) -> reload());
        session.searchTextProperty().addListener((observable, old, text) -> applySearch(text));
        reload();
    }

    public void reload() {
        Quarter quarter = session.quarterProperty().get();
        LocalDate today = session.today();
        session.read(workbook -> {
            Map<UUID, Person> people = workbook.people().list().stream()
                    .collect(Collectors.toMap(Person::id, Function.identity()));
            return workbook.tasks().listByQuarter(quarter).stream()
                    .collect(Collectors.groupingBy(Task::column,
                            Collectors.mapping(task -> card(task, people, today), Collectors.toList())));
        }, byColumn -> {
            for (Column column : Column.values()) {
                cards.get(column).setAll(byColumn.getOrDefault(column, List.of()));
            }
        });
    }

    private static TaskCard card(Task task, Map<UUID, Person> people, LocalDate today) {
        Person owner = task.ownerId() == null ? null : people.get(task.ownerId());
        String checklist = task.checklist().isEmpty() ? ""
                : Messages.get("board.checklist", task.checklistDone(), task.checklist().size());
        boolean overdue = task.due() != null && task.column() != Column.LAID && task.due().isBefore(today);
        return new TaskCard(task.id(), task.title(), owner == null ? "" : owner.name(),
                owner == null ? "" : owner.initials(), task.due() == null ? "" : DATE.format(task.due()), checklist,
                overdue);
    }

    private void applySearch(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (FilteredList<TaskCard> list : visible.values()) {
            list.setPredicate(needle.isEmpty() ? null : card ->
                    card.title().toLowerCase(Locale.ROOT).contains(needle)
                            || card.owner().toLowerCase(Locale.ROOT).contains(needle));
        }
    }

    public ObservableList<TaskCard> visibleCards(Column column) {
        return visible.get(column);
    }

    /** What an empty column says, naming the chosen quarter. */
    public StringBinding emptyText(Column column) {
        return Bindings.createStringBinding(
                () -> Messages.get("board.empty." + column.name(), session.quarterProperty().get()),
                session.quarterProperty());
    }
}
