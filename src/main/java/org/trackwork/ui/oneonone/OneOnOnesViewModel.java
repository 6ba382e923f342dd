package org.trackwork.ui.oneonone;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.AgendaItem;
import org.trackwork.domain.Column;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Refusal;
import org.trackwork.service.ActionItemToTask;
import org.trackwork.service.OneOnOneAgenda;
import org.trackwork.service.OneOnOneChange;
import org.trackwork.service.OneOnOneHistory;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.TypedText;
import org.trackwork.ui.common.WorkbookSession;

/**
 * The One-on-ones tab of the selected crew member: their sessions by date and the one shown, with its agenda
 * (its own items and the action items still open from earlier sessions), shared notes, the manager's private notes
 * and its action items. Every change is saved at once as its own undoable edit.
 */
public final class OneOnOnesViewModel {

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);
    private static final BiFunction<OneOnOne, String, OneOnOne> SHARED_NOTES = OneOnOne::withSharedNotes;
    private static final BiFunction<OneOnOne, String, OneOnOne> PRIVATE_NOTES = OneOnOne::withPrivateNotes;

    /** Whose sessions {@link #sessions} holds, once they have been read. */
    private UUID loadedFor;
    private LocalDate wantedDate;
    private final WorkbookSession session;
    private final ObservableList<OneOnOne> sessions = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OneOnOne> shown = new ReadOnlyObjectWrapper<>();
    private final StringProperty sharedNotes = new SimpleStringProperty("");
    private final StringProperty privateNotes = new SimpleStringProperty("");
    private final StringBinding sharedNotesProblem;
    private final StringBinding privateNotesProblem;
    private final ObservableList<AgendaRow> agenda = FXCollections.observableArrayList();
    private final ObservableList<ActionItemRow> actionItems = FXCollections.observableArrayList();
    private final ObservableList<OneOnOneAgenda.Carried> openActionItems = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LocalDate> lastSessionDate = new ReadOnlyObjectWrapper<>();
    private Map<UUID, Column> cardColumns = Map.of();
    private Person person;
    private UUID wantedSession;

    public OneOnOnesViewModel(WorkbookSession session) {
        this.session = session;
        sharedNotesProblem = TypedText.problem(shown, sharedNotes, SHARED_NOTES);
        privateNotesProblem = TypedText.problem(shown, privateNotes, PRIVATE_NOTES);
    }

    /** Shows the sessions of another person, or of the same person as saved again; null shows no one. */
    public void showPerson(Person shownPerson) {
        boolean samePerson = person != null && shownPerson != null && person.id().equals(shownPerson.id());
        if (!samePerson) {
            wantedSession = null;
            wantedDate = null;
            loadedFor = null;
        }
        person = shownPerson;
        if (shownPerson == null) {
            showStored(new OneOnOneHistory(List.of(), Map.of()));
            return;
        }
        UUID id = shownPerson.id();
        session.read(workbook -> OneOnOneHistory.read(workbook, id), stored -> {
            if (person != null && person.id().equals(id)) {
                loadedFor = id;
                showStored(stored);
            }
        });
    }

    private void showStored(OneOnOneHistory stored) {
        cardColumns = stored.cardColumns();
        List<OneOnOne> newestFirst = stored.sessions().stream()
                .sorted(Comparator.comparing(OneOnOne::date).reversed()).toList();
        sessions.setAll(newestFirst);
        openActionItems.setAll(OneOnOneAgenda.open(newestFirst));
        LocalDate today = session.today();
        lastSessionDate.set(newestFirst.stream().map(OneOnOne::date).filter(date -> !date.isAfter(today))
                .findFirst().orElse(null));
        LocalDate date = wantedDate;
        wantedDate = null;
        OneOnOne keep = newestFirst.stream().filter(s -> s.date().equals(date)).findFirst()
                .or(() -> newestFirst.stream().filter(s -> s.id().equals(wantedSession)).findFirst())
                .orElse(newestFirst.isEmpty() ? null : newestFirst.get(0));
        showSession(keep);
    }

    /**
     * Shows the session of a date, as search does: now when the person's sessions are read, else once they are (the
     * list may still hold the person shown before).
     */
    public void showDate(LocalDate date) {
        boolean read = person != null && person.id().equals(loadedFor);
        Optional<OneOnOne> found = read ? sessions.stream().filter(s -> s.date().equals(date)).findFirst()
                : Optional.empty();
        if (found.isPresent()) {
            select(found.get());
        } else {
            wantedDate = date;
        }
    }

    /** The user picked a session in the list. */
    public void select(OneOnOne picked) {
        if (picked == null || (shown.get() != null && shown.get().id().equals(picked.id()))) {
            return;
        }
        commitAll();
        wantedSession = picked.id();
        showSession(picked);
    }

    /** A note the user is typing keeps its text unless the saved value of that note itself changed. */
    private void showSession(OneOnOne next) {
        OneOnOne before = shown.get();
        boolean same = before != null && next != null && before.id().equals(next.id());
        shown.set(next);
        wantedSession = next == null ? null : next.id();
        TypedText.refresh(sharedNotes, same, textOf(before, OneOnOne::sharedNotes),
                textOf(next, OneOnOne::sharedNotes));
        TypedText.refresh(privateNotes, same, textOf(before, OneOnOne::privateNotes),
                textOf(next, OneOnOne::privateNotes));
        if (next == null) {
            agenda.clear();
            actionItems.clear();
            return;
        }
        List<AgendaRow> rows = new ArrayList<>();
        OneOnOneAgenda.carriedInto(next, sessions).forEach(carried -> rows.add(AgendaRow.carried(carried)));
        next.agenda().forEach(item -> rows.add(AgendaRow.own(item)));
        agenda.setAll(rows);
        actionItems.setAll(next.actionItems().stream()
                .map(item -> new ActionItemRow(item, item.taskId() == null ? null : cardColumns.get(item.taskId())))
                .toList());
    }

    private static String textOf(OneOnOne session, Function<OneOnOne, String> note) {
        return session == null ? "" : note.apply(session);
    }

    /** What is wrong with a date for a new session, or null when one can be held then. */
    public String dateProblem(LocalDate date) {
        if (person == null) {
            return Messages.get("crew.pickFirst");
        }
        if (date == null) {
            return Messages.get("oneOnOne.date.missing");
        }
        return sessions.stream().anyMatch(s -> s.date().equals(date))
                ? Messages.get("oneOnOne.date.taken", DATE.format(date)) : null;
    }

    /**
     * Holds a new session on {@code date}: recurring agenda items of the last session come back in it, and the open
     * action items of earlier ones stand on its agenda. Held at a shared screen, the shared screen opens once the
     * session is saved.
     */
    public boolean startSession(LocalDate date, boolean atSharedScreen) {
        if (dateProblem(date) != null) {
            return false;
        }
        hold(date, atSharedScreen);
        return true;
    }

    /**
     * Starts a one-on-one at a shared screen: today's session (held now if there is none yet) and the shared
     * screen of the person, where nothing private shows.
     */
    public void startAtSharedScreen() {
        if (person == null) {
            return;
        }
        LocalDate today = session.today();
        Optional<OneOnOne> todays = sessions.stream().filter(s -> s.date().equals(today)).findFirst();
        if (todays.isPresent()) {
            select(todays.get());
            session.openSharedScreen(person.id());
        } else {
            hold(today, true);
        }
    }

    private void hold(LocalDate date, boolean atSharedScreen) {
        OneOnOne created = OneOnOneAgenda.next(person.id(), date, List.copyOf(sessions));
        UUID personId = person.id();
        commitAll();
        wantedSession = created.id();
        session.edit(OneOnOneChange.creating(Messages.get("edit.startOneOnOne", person.name(), DATE.format(date)),
                created), () -> {
                    if (atSharedScreen) {
                        session.openSharedScreen(personId);
                    }
                });
    }

    /** Deletes the shown session with its notes, agenda and action items; undo brings it back. */
    public void deleteSession() {
        OneOnOne gone = shown.get();
        if (gone == null) {
            return;
        }
        wantedSession = null;
        session.edit(OneOnOneChange.deleting(Messages.get("edit.deleteOneOnOne", person.name(),
                DATE.format(gone.date())), gone.id()));
    }

    public boolean commitSharedNotes() {
        return commitNotes(sharedNotes, sharedNotesProblem, OneOnOne::sharedNotes, SHARED_NOTES,
                "edit.oneOnOneSharedNotes");
    }

    public boolean commitPrivateNotes() {
        return commitNotes(privateNotes, privateNotesProblem, OneOnOne::privateNotes, PRIVATE_NOTES,
                "edit.oneOnOnePrivateNotes");
    }

    /** Saves whatever was typed and is valid, each note as its own edit; used before another session shows. */
    public void commitAll() {
        commitSharedNotes();
        commitPrivateNotes();
    }

    /** The change captures the typed text now: the edit runs later, when the tab may show another session. */
    private boolean commitNotes(StringProperty field, StringBinding problem, Function<OneOnOne, String> stored,
                                BiFunction<OneOnOne, String, OneOnOne> with, String editKey) {
        OneOnOne current = shown.get();
        String typed = field.get();
        if (current == null || !problem.get().isEmpty() || stored.apply(current).equals(typed)) {
            return false;
        }
        change(current, editKey, s -> with.apply(s, typed));
        return true;
    }

    /** What is wrong with the text of a new agenda item, or null when it can be added. */
    public String agendaProblem(String text) {
        try {
            new AgendaItem(UUID.randomUUID(), text, false, false, false);
            return null;
        } catch (Refusal e) {
            return Messages.of(e);
        }
    }

    /** Adds an item to the shown session's agenda; a recurring one comes back in every later session. */
    public boolean addAgendaItem(String text, boolean raisedByPerson, boolean recurring) {
        OneOnOne current = shown.get();
        if (current == null || agendaProblem(text) != null) {
            return false;
        }
        AgendaItem item = new AgendaItem(UUID.randomUUID(), text, raisedByPerson, recurring, false);
        change(current, "edit.addAgendaItem", s -> s.withAgenda(append(s.agenda(), item)));
        return true;
    }

    /** Ticks a line of the agenda: an own item as discussed, a carried action item as done in its own session. */
    public void tick(AgendaRow row, boolean ticked) {
        if (row.ticked() == ticked) {
            return;
        }
        if (row.isCarried()) {
            markDone(row.carried().sessionId(), row.carried().item(), ticked);
            return;
        }
        changeAgendaItem(row.item().id(), ticked ? "edit.agendaDiscussed" : "edit.agendaNotDiscussed",
                i -> new AgendaItem(i.id(), i.text(), i.raisedByPerson(), i.recurring(), ticked));
    }

    public void setRecurring(AgendaItem item, boolean recurring) {
        if (item.recurring() == recurring) {
            return;
        }
        changeAgendaItem(item.id(), recurring ? "edit.agendaRecurring" : "edit.agendaOnce",
                i -> new AgendaItem(i.id(), i.text(), i.raisedByPerson(), recurring, i.discussed()));
    }

    public void deleteAgendaItem(AgendaItem item) {
        OneOnOne current = shown.get();
        if (current != null) {
            change(current, "edit.deleteAgendaItem", s -> s.withAgenda(s.agenda().stream()
                    .filter(i -> !i.id().equals(item.id())).toList()));
        }
    }

    private void changeAgendaItem(UUID itemId, String editKey, UnaryOperator<AgendaItem> edit) {
        OneOnOne current = shown.get();
        if (current != null) {
            change(current, editKey, s -> s.withAgenda(s.agenda().stream()
                    .map(i -> i.id().equals(itemId) ? edit.apply(i) : i).toList()));
        }
    }

    /** Adds an action item to the shown session; one due before the session is refused. */
    public boolean addActionItem(ActionItem item) {
        OneOnOne current = shown.get();
        if (current == null || actionItemProblem(item) != null) {
            return false;
        }
        change(current, "edit.addActionItem", s -> s.withActionItems(append(s.actionItems(), item)));
        return true;
    }

    /**
     * Saves an action item's text, owner and due date; whether it is done and its card stay as stored. One due
     * before the session is refused.
     */
    public boolean editActionItem(ActionItem edited) {
        OneOnOne current = shown.get();
        if (current == null || actionItemProblem(edited) != null) {
            return false;
        }
        changeActionItem(current.id(), edited.id(), "edit.editActionItem", i -> new ActionItem(i.id(),
                edited.text(), edited.owner(), edited.due(), i.done(), i.taskId()));
        return true;
    }

    /** What is wrong with an action item for the shown session, or null when it can be saved. */
    public String actionItemProblem(ActionItem item) {
        OneOnOne current = shown.get();
        if (current == null) {
            return Messages.get("oneOnOne.summary.none");
        }
        return item.due() != null && item.due().isBefore(current.date())
                ? Messages.get("oneOnOne.action.dueBeforeSession") : null;
    }

    /** Ticks an action item done, or not, in the session it was agreed in. */
    public void markDone(UUID sessionId, ActionItem item, boolean done) {
        if (item.done() != done) {
            changeActionItem(sessionId, item.id(), done ? "edit.actionItemDone" : "edit.actionItemNotDone",
                    i -> new ActionItem(i.id(), i.text(), i.owner(), i.due(), done, i.taskId()));
        }
    }

    public void deleteActionItem(ActionItem item) {
        OneOnOne current = shown.get();
        if (current != null) {
            change(current, "edit.deleteActionItem", s -> s.withActionItems(s.actionItems().stream()
                    .filter(i -> !i.id().equals(item.id())).toList()));
        }
    }

    /** Puts the action item on the board of the current quarter as a card, linked both ways. */
    public boolean sendToBoard(ActionItem item) {
        OneOnOne current = shown.get();
        if (current == null || item.taskId() != null) {
            return false;
        }
        Quarter quarter = Quarter.of(session.today());
        session.edit(ActionItemToTask.of(Messages.get("edit.actionItemToBoard", item.text()), current.id(),
                item.id(), quarter, session.clock().instant()), () -> session.dialogs().notify(Messages.get("oneOnOne.action.sent", quarter)));
        return true;
    }

    private void changeActionItem(UUID sessionId, UUID itemId, String editKey, UnaryOperator<ActionItem> edit) {
        OneOnOne in = sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst().orElse(null);
        if (in != null) {
            change(in, editKey, s -> s.withActionItems(s.actionItems().stream()
                    .map(i -> i.id().equals(itemId) ? edit.apply(i) : i).toList()));
        }
    }

    private void change(OneOnOne target, String editKey, UnaryOperator<OneOnOne> change) {
        String who = person == null ? "" : person.name();
        session.edit(OneOnOneChange.of(Messages.get(editKey, who, DATE.format(target.date())), target.id(),
                change));
    }

    private static <T> List<T> append(List<T> list, T added) {
        List<T> more = new ArrayList<>(list);
        more.add(added);
        return more;
    }

    /** A session's date as the list shows it. */
    public static String sessionDate(OneOnOne s) {
        return DATE.format(s.date());
    }

    /** How many of a session's action items are still open, in words; empty when none is. */
    public static String openText(OneOnOne s) {
        long open = s.actionItems().stream().filter(i -> !i.done()).count();
        return open == 0 ? "" : Messages.get("oneOnOne.session.open", open);
    }

    /** Who owns an action item, in words: the person by name, or the manager as "me". */
    public String ownerName(ActionItem item) {
        return switch (item.owner()) {
            case PERSON -> person == null ? "" : person.name();
            case MANAGER -> Messages.get("oneOnOne.owner.me");
        };
    }

    /** An action item as its row says it: the text, who owns it and when it is due. */
    public String actionLine(ActionItem item) {
        return item.due() == null ? Messages.get("oneOnOne.action.line", item.text(), ownerName(item))
                : Messages.get("oneOnOne.action.lineDue", item.text(), ownerName(item), DATE.format(item.due()));
    }

    /** Where a carried action item comes from: the date of the session it was agreed in. */
    public static String carriedFrom(OneOnOneAgenda.Carried carried) {
        return Messages.get("oneOnOne.agenda.carried", DATE.format(carried.sessionDate()));
    }

    /** Where a card sent to the board stands now. */
    public static String boardLine(ActionItemRow row) {
        return row.boardColumn() == null ? Messages.get("oneOnOne.action.onBoard")
                : Messages.get("oneOnOne.action.onBoardIn", Messages.get("column." + row.boardColumn().name()));
    }

    public ObservableList<OneOnOne> sessions() {
        return sessions;
    }

    public ReadOnlyObjectProperty<OneOnOne> sessionProperty() {
        return shown.getReadOnlyProperty();
    }

    public BooleanBinding hasSession() {
        return shown.isNotNull();
    }

    public StringProperty sharedNotesProperty() {
        return sharedNotes;
    }

    public StringProperty privateNotesProperty() {
        return privateNotes;
    }

    public StringBinding sharedNotesProblemProperty() {
        return sharedNotesProblem;
    }

    public StringBinding privateNotesProblemProperty() {
        return privateNotesProblem;
    }

    /** The shown session's agenda: open action items of earlier sessions first, then its own items. */
    public ObservableList<AgendaRow> agenda() {
        return agenda;
    }

    public ObservableList<ActionItemRow> actionItems() {
        return actionItems;
    }

    /** Every action item still open in any of the person's sessions, the oldest first. */
    public ObservableList<OneOnOneAgenda.Carried> openActionItems() {
        return openActionItems;
    }

    /** The date of the latest session held so far, or null when there has been none. */
    public ReadOnlyObjectProperty<LocalDate> lastSessionDateProperty() {
        return lastSessionDate.getReadOnlyProperty();
    }

    public Person person() {
        return person;
    }

    public LocalDate today() {
        return session.today();
    }

    public WorkbookSession session() {
        return session;
    }
}
