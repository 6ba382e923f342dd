package org.trackwork.ui.crew;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Person;
import org.trackwork.domain.Recognition;
import org.trackwork.domain.Task;
import org.trackwork.service.CrewSnapshot;
import org.trackwork.service.PersonChange;
import org.trackwork.service.RecognitionChange;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.TypedText;
import org.trackwork.ui.common.WorkbookSession;
import org.trackwork.ui.oneonone.OneOnOnesViewModel;

/**
 * The pane of the selected crew member: their own record (each field saved as its own undoable edit when the user
 * leaves it), the goals and tasks they own this quarter, and the recognition they were given.
 */
public final class PersonViewModel {

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);

    private final WorkbookSession session;
    private final ReadOnlyObjectWrapper<Person> person = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final StringProperty partInDestination = new SimpleStringProperty("");
    private final StringBinding nameProblem;
    private final StringBinding roleProblem;
    private final StringBinding partProblem;
    private final ObservableList<String> goals = FXCollections.observableArrayList();
    private final ObservableList<String> tasks = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper openTasks = new ReadOnlyLongWrapper();
    private final ObservableList<RecognitionRow> recognitions = FXCollections.observableArrayList();
    private final ObservableList<Goal> quarterGoals = FXCollections.observableArrayList();
    private final PlanViewModel plan;
    private final OneOnOnesViewModel oneOnOnes;
    private CrewSnapshot snapshot;

    public PersonViewModel(WorkbookSession session) {
        this.session = session;
        this.plan = new PlanViewModel(session);
        this.oneOnOnes = new OneOnOnesViewModel(session);
        nameProblem = TypedText.problem(person, name, Person::renamed);
        roleProblem = TypedText.problem(person, role, Person::withRole);
        partProblem = TypedText.problem(person, partInDestination, Person::withPartInDestination);
    }

    void showSnapshot(CrewSnapshot shown) {
        snapshot = shown;
        quarterGoals.setAll(shown.goals());
        refreshLists();
    }

    /**
     * Shows another person, or the same person as saved again. A field the user is typing in keeps its text unless
     * the saved value of that field itself changed.
     */
    void showPerson(Person shown) {
        Person before = person.get();
        boolean samePerson = before != null && shown != null && before.id().equals(shown.id());
        person.set(shown);
        if (shown == null) {
            name.set("");
            role.set("");
            startDate.set(null);
            partInDestination.set("");
        } else {
            TypedText.refresh(name, samePerson, samePerson ? before.name() : "", shown.name());
            TypedText.refresh(role, samePerson, samePerson ? before.role() : "", shown.role());
            if (!samePerson || !Objects.equals(before.startDate(), shown.startDate())) {
                startDate.set(shown.startDate());
            }
            TypedText.refresh(partInDestination, samePerson, samePerson ? before.partInDestination() : "",
                    shown.partInDestination());
        }
        refreshLists();
    }

    private void refreshLists() {
        Person shown = person.get();
        plan.showPerson(shown);
        oneOnOnes.showPerson(shown);
        if (shown == null || snapshot == null) {
            goals.clear();
            tasks.clear();
            openTasks.set(0);
            recognitions.clear();
            return;
        }
        goals.setAll(snapshot.goalsOwnedBy(shown.id()).stream().map(Goal::title).toList());
        tasks.setAll(snapshot.tasksOwnedBy(shown.id()).stream().map(PersonViewModel::taskLine).toList());
        openTasks.set(snapshot.openTasksOf(shown.id()));
        Map<UUID, String> goalTitles = snapshot.goals().stream().collect(Collectors.toMap(Goal::id, Goal::title));
        recognitions.setAll(snapshot.recognitionsOf(shown.id()).stream().map(r -> new RecognitionRow(r,
                DATE.format(r.on()), r.what(), r.goalId() == null ? "" : goalTitles.getOrDefault(r.goalId(), "")))
                .toList());
    }

    private static String taskLine(Task task) {
        return Messages.get("person.task", task.title(), Messages.get("column." + task.column().name()));
    }

    /** Saves the name as typed; an invalid one is refused and its problem stays shown. */
    public boolean commitName() {
        String typed = name.get();
        return commit(nameProblem, p -> p.name().equals(typed.strip()), "edit.renamePerson",
                p -> p.renamed(typed), true);
    }

    public boolean commitRole() {
        String typed = role.get();
        return commit(roleProblem, p -> p.role().equals(typed.strip()), "edit.personRole",
                p -> p.withRole(typed), false);
    }

    public boolean commitPartInDestination() {
        String typed = partInDestination.get();
        return commit(partProblem, p -> p.partInDestination().equals(typed), "edit.personPart",
                p -> p.withPartInDestination(typed), false);
    }

    public boolean commitStartDate() {
        LocalDate date = startDate.get();
        return commit(null, p -> Objects.equals(p.startDate(), date), "edit.personStart",
                p -> p.withStartDate(date), false);
    }

    /** Saves whatever was typed and is valid, each field as its own edit; used before the pane shows someone else. */
    public void commitAll() {
        commitName();
        commitRole();
        commitStartDate();
        commitPartInDestination();
        plan.commitAll();
        oneOnOnes.commitAll();
    }

    /** The change captures the typed value now: the edit runs later, when the pane may show someone else. */
    private boolean commit(StringBinding problem, java.util.function.Predicate<Person> unchanged, String editKey,
                           UnaryOperator<Person> change, boolean renaming) {
        Person shown = person.get();
        if (shown == null || (problem != null && !problem.get().isEmpty()) || unchanged.test(shown)) {
            return false;
        }
        Person after = change.apply(shown);
        String description = renaming ? Messages.get(editKey, shown.name(), after.name())
                : Messages.get(editKey, shown.name());
        session.edit(PersonChange.of(description, shown.id(), change));
        return true;
    }

    /** Saves a recognition given to a crew member: the person shown, or someone shown elsewhere. */
    public void recognise(Person who, Recognition recognition) {
        session.edit(RecognitionChange.give(Messages.get("edit.recognise", who.name()), recognition));
    }

    public void deleteRecognition(RecognitionRow row) {
        Recognition gone = row.recognition();
        String who = Optional.ofNullable(person.get()).map(Person::name).orElse("");
        session.edit(RecognitionChange.delete(Messages.get("edit.deleteRecognition", who), gone.id()));
    }

    public ReadOnlyObjectProperty<Person> personProperty() {
        return person.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public StringProperty partInDestinationProperty() {
        return partInDestination;
    }

    /** What is wrong with the typed name; empty when it can be saved. */
    public StringBinding nameProblemProperty() {
        return nameProblem;
    }

    public StringBinding roleProblemProperty() {
        return roleProblem;
    }

    public StringBinding partProblemProperty() {
        return partProblem;
    }

    /** Titles of the goals this person owns in the quarter. */
    public ObservableList<String> goals() {
        return goals;
    }

    /** The tasks this person owns in the quarter, each with its column. */
    public ObservableList<String> tasks() {
        return tasks;
    }

    public ReadOnlyLongProperty openTasksProperty() {
        return openTasks.getReadOnlyProperty();
    }

    /** The person's recognition, the newest first. */
    public ObservableList<RecognitionRow> recognitions() {
        return recognitions;
    }

    /** The goals a recognition can be linked to. */
    public List<Goal> quarterGoals() {
        return List.copyOf(quarterGoals);
    }

    /** The Plan tab: the person's development plans. */
    public PlanViewModel plan() {
        return plan;
    }

    /** The One-on-ones tab: the person's sessions, and for the Overview their open action items. */
    public OneOnOnesViewModel oneOnOnes() {
        return oneOnOnes;
    }

    public LocalDate today() {
        return session.today();
    }

    public WorkbookSession session() {
        return session;
    }
}
