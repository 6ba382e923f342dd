package org.trackwork.ui.crew;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Refusal;
import org.trackwork.service.CrewSnapshot;
import org.trackwork.service.PersonChange;
import org.trackwork.service.PersonRemoval;
import org.trackwork.service.RecognitionDue;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WorkbookSession;

/**
 * The crew roster: who is on the team, when each was last recognised, and adding, renaming, archiving and removing
 * people. Reads one snapshot per change and hands it to the pane of the selected person.
 */
public final class CrewViewModel {

    private final WorkbookSession session;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final FilteredList<Person> visiblePeople = new FilteredList<>(people);
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringBinding newNameProblem;
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final PersonViewModel person;
    private Map<UUID, LocalDate> lastRecognised = Map.of();
    private UUID selectAfterReload;
    private boolean refreshing;

    public CrewViewModel(WorkbookSession session) {
        this.session = session;
        this.person = new PersonViewModel(session);
        newNameProblem = Bindings.createStringBinding(() -> newName.get().isBlank() ? ""
                : Optional.ofNullable(problemWith(newName.get())).orElse(""), newName);
        session.changesProperty().addListener((observable, old, now) -> reload());
        session.quarterProperty().addListener((observable, old, now) -> reload());
        showArchived.addListener((observable, old, now) -> {
            UUID keep = selected.get() == null ? null : selected.get().id();
            refreshing(() -> {
                applyFilter();
                reselect(keep);
            });
        });
        selected.addListener((observable, old, now) -> {
            if (!refreshing) {
                person.showPerson(now);
            }
        });
        applyFilter();
        reload();
    }

    public void reload() {
        Quarter quarter = session.quarterProperty().get();
        session.read(workbook -> CrewSnapshot.read(workbook, quarter), this::show);
    }

    private void show(CrewSnapshot snapshot) {
        UUID keep = selectAfterReload != null ? selectAfterReload
                : selected.get() == null ? null : selected.get().id();
        selectAfterReload = null;
        lastRecognised = snapshot.lastRecognised();
        person.showSnapshot(snapshot);
        refreshing(() -> {
            people.setAll(snapshot.people());
            reselect(keep);
        });
    }

    /**
     * Refills the roster: the list loses its selection for a moment while its items are replaced, and the pane
     * must not show nobody in between, or it would drop what the user is typing. It is told once, at the end.
     */
    private void refreshing(Runnable refill) {
        refreshing = true;
        try {
            refill.run();
        } finally {
            refreshing = false;
        }
        person.showPerson(selected.get());
    }

    private void reselect(UUID keep) {
        selected.set(visiblePeople.stream().filter(p -> p.id().equals(keep)).findFirst().orElse(null));
    }

    private void applyFilter() {
        visiblePeople.setPredicate(p -> showArchived.get() || !p.archived());
    }

    /** Adds the person named in the new-name field; an invalid name is not saved and its problem stays shown. */
    public boolean add() {
        if (!canAdd().get()) {
            return false;
        }
        Person person = Person.newCrewMember(newName.get(), "");
        selectAfterReload = person.id();
        session.edit(PersonChange.adding(Messages.get("edit.addPerson", person.name()), person));
        newName.set("");
        return true;
    }

    public void rename(Person person, String name) {
        Person renamed = person.renamed(name);
        if (renamed.name().equals(person.name())) {
            return;
        }
        selectAfterReload = person.id();
        // applied to the person as stored, so a role typed a moment ago is not written back over
        session.edit(PersonChange.of(Messages.get("edit.renamePerson", person.name(), renamed.name()), person.id(),
                stored -> stored.renamed(name)));
    }

    /** Takes a person off the roster without deleting anything; they come back with {@link #restore}. */
    public void archive(Person archived) {
        if (archived.archived()) {
            return;
        }
        session.edit(PersonChange.of(Messages.get("edit.archivePerson", archived.name()), archived.id(),
                p -> p.archived(true)));
    }

    public void restore(Person restored) {
        if (!restored.archived()) {
            return;
        }
        selectAfterReload = restored.id();
        session.edit(PersonChange.of(Messages.get("edit.restorePerson", restored.name()), restored.id(),
                p -> p.archived(false)));
    }

    /** Archives the selected person, or restores them when they are archived. */
    public void archiveOrRestoreSelected() {
        selected().ifPresent(p -> {
            if (p.archived()) {
                restore(p);
            } else {
                archive(p);
            }
        });
    }

    /** How long ago a person was last recognised, as a roster row says it. */
    public String recognitionText(Person shown) {
        return RecognitionDue.daysSince(lastRecognised.get(shown.id()), session.today())
                .map(days -> Messages.get("crew.recognised", days))
                .orElse(Messages.get("crew.notRecognised"));
    }

    /** True when a person has gone more than {@link RecognitionDue#DAYS} days without recognition. */
    public boolean recognitionDue(Person shown) {
        return !shown.archived()
                && RecognitionDue.isDue(lastRecognised.get(shown.id()), shown.startDate(), session.today());
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public PersonViewModel person() {
        return person;
    }

    public void remove(Person person) {
        session.edit(PersonRemoval.of(person, Messages.get("edit.removePerson", person.name())));
    }

    /** What is wrong with a name, or null when it can be saved. */
    public static String problemWith(String name) {
        try {
            Person.newCrewMember(name, "");
            return null;
        } catch (Refusal e) {
            return Messages.of(e);
        }
    }

    /** A crew member on the roster or archived, by id. */
    public Optional<Person> person(UUID id) {
        return people.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /**
     * Selects a crew member by id, as search does; an archived one shows the archived first. Returns the person, or
     * empty when there is no such person (yet: the roster may not have been read).
     */
    public Optional<Person> select(UUID id) {
        Optional<Person> found = person(id);
        found.ifPresent(person -> {
            if (person.archived() && !showArchived.get()) {
                showArchived.set(true);
            }
            reselect(id);
        });
        return found;
    }

    public BooleanBinding canAdd() {
        return Bindings.createBooleanBinding(() -> problemWith(newName.get()) == null, newName);
    }

    public ObservableList<Person> visiblePeople() {
        return visiblePeople;
    }

    public ObjectProperty<Person> selectedProperty() {
        return selected;
    }

    public Optional<Person> selected() {
        return Optional.ofNullable(selected.get());
    }

    public StringProperty newNameProperty() {
        return newName;
    }

    /** The inline message under the new-name field; empty while the field is empty or valid. */
    public StringBinding newNameProblemProperty() {
        return newNameProblem;
    }

    public boolean hasWorkbook() {
        return session.workbook() != null;
    }

    public WorkbookSession session() {
        return session;
    }
}
