package org.trackwork.ui.crew;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.trackwork.domain.Person;
import org.trackwork.service.Edit;
import org.trackwork.service.PersonRemoval;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.WorkbookSession;

/** The crew roster: who is on the team, and adding, renaming and removing people. */
public final class CrewViewModel {

    private final WorkbookSession session;
    private final ObservableList<Person> people = FXCollections.observableArrayList();
    private final FilteredList<Person> visiblePeople = new FilteredList<>(people);
    private final ObjectProperty<Person> selected = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringBinding newNameProblem;
    private UUID selectAfterReload;

    public CrewViewModel(WorkbookSession session) {
        this.session = session;
        newNameProblem = Bindings.createStringBinding(() -> newName.get().isBlank() ? ""
                : Optional.ofNullable(problemWith(newName.get())).orElse(""), newName);
        session.changesProperty().addListener((observable, old, now) -> reload());
        session.searchTextProperty().addListener((observable, old, text) -> applySearch(text));
        reload();
    }

    public void reload() {
        session.read(workbook -> workbook.people().list(), loaded -> {
            UUID keep = selectAfterReload != null ? selectAfterReload
                    : selected.get() == null ? null : selected.get().id();
            selectAfterReload = null;
            people.setAll(loaded);
            selected.set(visiblePeople.stream().filter(p -> p.id().equals(keep)).findFirst().orElse(null));
        });
    }

    private void applySearch(String text) {
        String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        visiblePeople.setPredicate(needle.isEmpty() ? null : person ->
                person.name().toLowerCase(Locale.ROOT).contains(needle)
                        || person.role().toLowerCase(Locale.ROOT).contains(needle));
    }

    /** Adds the person named in the new-name field; an invalid name is not saved and its problem stays shown. */
    public boolean add() {
        if (!canAdd().get()) {
            return false;
        }
        Person person = Person.newCrewMember(newName.get(), "");
        selectAfterReload = person.id();
        session.edit(Edit.of(Messages.get("edit.addPerson", person.name()),
                workbook -> workbook.people().save(person),
                workbook -> workbook.people().delete(person.id())));
        newName.set("");
        return true;
    }

    public void rename(Person person, String name) {
        Person renamed = person.renamed(name);
        if (renamed.name().equals(person.name())) {
            return;
        }
        selectAfterReload = person.id();
        session.edit(Edit.of(Messages.get("edit.renamePerson", person.name(), renamed.name()),
                workbook -> workbook.people().save(renamed),
                workbook -> workbook.people().save(person)));
    }

    public void remove(Person person) {
        session.edit(PersonRemoval.of(person, Messages.get("edit.removePerson", person.name())));
    }

    /** What is wrong with a name, or null when it can be saved. */
    public static String problemWith(String name) {
        try {
            Person.newCrewMember(name, "");
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
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
