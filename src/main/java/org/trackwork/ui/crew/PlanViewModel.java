package org.trackwork.ui.crew;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Person;
import org.trackwork.domain.PlanStatus;
import org.trackwork.domain.Refusal;
import org.trackwork.service.PlanChange;
import org.trackwork.ui.common.Messages;
import org.trackwork.ui.common.TypedText;
import org.trackwork.ui.common.WorkbookSession;

/**
 * The Plan tab of the selected crew member: their development plan for one period, its development goals and the
 * actions toward them. Every change is saved at once as its own undoable edit.
 */
public final class PlanViewModel {

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);
    private static final BiFunction<DevelopmentPlan, String, DevelopmentPlan> STRENGTHS = (p, text) ->
            new DevelopmentPlan(p.id(), p.personId(), p.period(), text, p.growthAreas(), p.supportNeeded(),
                    p.status(), p.agreedOn(), p.reviewedOn(), p.goals());
    private static final BiFunction<DevelopmentPlan, String, DevelopmentPlan> GROWTH_AREAS = (p, text) ->
            new DevelopmentPlan(p.id(), p.personId(), p.period(), p.strengths(), text, p.supportNeeded(),
                    p.status(), p.agreedOn(), p.reviewedOn(), p.goals());
    private static final BiFunction<DevelopmentPlan, String, DevelopmentPlan> SUPPORT_NEEDED = (p, text) ->
            new DevelopmentPlan(p.id(), p.personId(), p.period(), p.strengths(), p.growthAreas(), text,
                    p.status(), p.agreedOn(), p.reviewedOn(), p.goals());

    private final WorkbookSession session;
    private final ObservableList<DevelopmentPlan> plans = FXCollections.observableArrayList();
    private final ObservableList<String> periods = FXCollections.observableArrayList();
    private final StringProperty period = new SimpleStringProperty();
    private final ReadOnlyObjectWrapper<DevelopmentPlan> plan = new ReadOnlyObjectWrapper<>();
    private final StringProperty strengths = new SimpleStringProperty("");
    private final StringProperty growthAreas = new SimpleStringProperty("");
    private final StringProperty supportNeeded = new SimpleStringProperty("");
    private final StringBinding strengthsProblem;
    private final StringBinding growthAreasProblem;
    private final StringBinding supportNeededProblem;
    private final ObjectProperty<PlanStatus> status = new SimpleObjectProperty<>();
    private final StringBinding statusNote;
    private final ObservableList<DevelopmentGoal> goals = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<DevelopmentGoal> selectedGoal = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DevelopmentAction> actions = FXCollections.observableArrayList();
    private Person person;
    private String wantedPeriod;
    private UUID wantedGoal;
    private boolean refreshing;

    public PlanViewModel(WorkbookSession session) {
        this.session = session;
        strengthsProblem = TypedText.problem(plan, strengths, STRENGTHS);
        growthAreasProblem = TypedText.problem(plan, growthAreas, GROWTH_AREAS);
        supportNeededProblem = TypedText.problem(plan, supportNeeded, SUPPORT_NEEDED);
        statusNote = Bindings.createStringBinding(() -> noteOf(plan.get()), plan);
        period.addListener((observable, old, now) -> {
            if (!refreshing && now != null) {
                wantedPeriod = now;
                showPlan(planOf(now));
            }
        });
        selectedGoal.addListener((observable, old, goal) ->
                actions.setAll(goal == null ? List.of() : goal.actions()));
    }

    private static String noteOf(DevelopmentPlan shown) {
        if (shown == null) {
            return "";
        }
        return switch (shown.status()) {
            case DRAFT -> Messages.get("devplan.status.note.DRAFT");
            case AGREED -> Messages.get("devplan.status.note.AGREED", DATE.format(shown.agreedOn()));
            case REVIEWED -> Messages.get("devplan.status.note.REVIEWED", DATE.format(shown.reviewedOn()));
        };
    }

    /** Shows the plans of another person, or of the same person as saved again; null shows no one. */
    void showPerson(Person shown) {
        boolean samePerson = person != null && shown != null && person.id().equals(shown.id());
        if (!samePerson) {
            wantedPeriod = null;
            wantedGoal = null;
        }
        person = shown;
        if (shown == null) {
            showPlans(List.of());
            return;
        }
        UUID id = shown.id();
        session.read(workbook -> PlanChange.plansOf(workbook, id), list -> {
            if (person != null && person.id().equals(id)) {
                showPlans(list);
            }
        });
    }

    private void showPlans(List<DevelopmentPlan> stored) {
        List<DevelopmentPlan> newestFirst = stored.stream()
                .sorted(Comparator.comparing(DevelopmentPlan::period).reversed()).toList();
        String shownPeriod = newestFirst.stream().map(DevelopmentPlan::period)
                .filter(p -> p.equals(wantedPeriod)).findFirst()
                .orElse(newestFirst.isEmpty() ? null : newestFirst.get(0).period());
        refreshing = true;
        try {
            plans.setAll(newestFirst);
            periods.setAll(newestFirst.stream().map(DevelopmentPlan::period).toList());
            period.set(shownPeriod);
        } finally {
            refreshing = false;
        }
        showPlan(planOf(shownPeriod));
    }

    private DevelopmentPlan planOf(String shownPeriod) {
        return plans.stream().filter(p -> p.period().equals(shownPeriod)).findFirst().orElse(null);
    }

    /** A field the user is typing in keeps its text unless the saved value of that field itself changed. */
    private void showPlan(DevelopmentPlan shown) {
        DevelopmentPlan before = plan.get();
        boolean samePlan = before != null && shown != null && before.id().equals(shown.id());
        if (!samePlan) {
            wantedGoal = null;
        }
        plan.set(shown);
        TypedText.refresh(strengths, samePlan, textOf(before, DevelopmentPlan::strengths),
                textOf(shown, DevelopmentPlan::strengths));
        TypedText.refresh(growthAreas, samePlan, textOf(before, DevelopmentPlan::growthAreas),
                textOf(shown, DevelopmentPlan::growthAreas));
        TypedText.refresh(supportNeeded, samePlan, textOf(before, DevelopmentPlan::supportNeeded),
                textOf(shown, DevelopmentPlan::supportNeeded));
        status.set(shown == null ? null : shown.status());
        List<DevelopmentGoal> shownGoals = shown == null ? List.of() : shown.goals();
        refreshing = true;
        try {
            goals.setAll(shownGoals);
        } finally {
            refreshing = false;
        }
        DevelopmentGoal keep = shownGoals.stream().filter(g -> g.id().equals(wantedGoal)).findFirst()
                .orElse(shownGoals.isEmpty() ? null : shownGoals.get(0));
        wantedGoal = keep == null ? null : keep.id();
        selectedGoal.set(keep);
    }

    private static String textOf(DevelopmentPlan shown, Function<DevelopmentPlan, String> field) {
        return shown == null ? "" : field.apply(shown);
    }

    /** The list or the user picked a goal; its actions are shown under it. */
    public void selectGoal(DevelopmentGoal goal) {
        if (refreshing || goal == null) {
            return;
        }
        wantedGoal = goal.id();
        selectedGoal.set(goal);
    }

    /** The period a new plan gets unless the user says otherwise: the current half-year, such as 2026-H2. */
    public String defaultPeriod() {
        LocalDate today = session.today();
        return today.getYear() + "-H" + (today.getMonthValue() <= 6 ? 1 : 2);
    }

    /** What is wrong with a period for a new plan, or null when it can be used. */
    public String periodProblem(String typed) {
        if (person == null) {
            return Messages.get("crew.pickFirst");
        }
        String wrong = TypedText.problemOf(() -> PlanChange.fresh(person.id(), typed));
        if (!wrong.isEmpty()) {
            return wrong;
        }
        String stripped = typed.strip();
        return plans.stream().anyMatch(p -> p.period().equals(stripped))
                ? Messages.get("devplan.period.taken", stripped) : null;
    }

    /** Starts an empty draft plan for the period; a period that already has a plan is refused. */
    public boolean createPlan(String newPeriod) {
        if (periodProblem(newPeriod) != null) {
            return false;
        }
        return create(PlanChange.fresh(person.id(), newPeriod), "edit.createPlan");
    }

    /** Starts the period's plan as a copy of the newest plan, to carry the development on. */
    public boolean startFromLastPlan(String newPeriod) {
        if (plans.isEmpty() || periodProblem(newPeriod) != null) {
            return false;
        }
        return create(PlanChange.continuing(plans.get(0), newPeriod.strip()), "edit.continuePlan");
    }

    private boolean create(DevelopmentPlan created, String editKey) {
        wantedPeriod = created.period();
        session.edit(PlanChange.creating(Messages.get(editKey, created.period(), person.name()), created));
        return true;
    }

    public boolean commitStrengths() {
        return commit(strengths, strengthsProblem, DevelopmentPlan::strengths, STRENGTHS, "edit.planStrengths");
    }

    public boolean commitGrowthAreas() {
        return commit(growthAreas, growthAreasProblem, DevelopmentPlan::growthAreas, GROWTH_AREAS,
                "edit.planGrowthAreas");
    }

    public boolean commitSupportNeeded() {
        return commit(supportNeeded, supportNeededProblem, DevelopmentPlan::supportNeeded, SUPPORT_NEEDED,
                "edit.planSupport");
    }

    /** Saves whatever was typed and is valid, each field as its own edit. */
    public void commitAll() {
        commitStrengths();
        commitGrowthAreas();
        commitSupportNeeded();
    }

    /** The change captures the typed text now: the edit runs later, when the tab may show another plan. */
    private boolean commit(StringProperty field, StringBinding problem, Function<DevelopmentPlan, String> stored,
                           BiFunction<DevelopmentPlan, String, DevelopmentPlan> with, String editKey) {
        DevelopmentPlan shown = plan.get();
        String typed = field.get();
        if (shown == null || !problem.get().isEmpty() || stored.apply(shown).equals(typed)) {
            return false;
        }
        change(editKey, p -> with.apply(p, typed));
        return true;
    }

    /** Sets the plan's status; agreeing or reviewing it records today as the date it happened. */
    public boolean changeStatus(PlanStatus chosen) {
        DevelopmentPlan shown = plan.get();
        if (shown == null || chosen == null || chosen == shown.status()) {
            return false;
        }
        LocalDate today = session.today();
        change("edit.planStatus", p -> new DevelopmentPlan(p.id(), p.personId(), p.period(), p.strengths(),
                p.growthAreas(), p.supportNeeded(), chosen, chosen == PlanStatus.AGREED ? today : p.agreedOn(),
                chosen == PlanStatus.REVIEWED ? today : p.reviewedOn(), p.goals()));
        return true;
    }

    public void addGoal(DevelopmentGoal goal) {
        wantedGoal = goal.id();
        change("edit.addDevelopmentGoal", p -> {
            List<DevelopmentGoal> more = new ArrayList<>(p.goals());
            more.add(goal);
            return withGoals(p, more);
        });
    }

    /** Saves a goal's title, target date, status and evidence; its actions stay as stored. */
    public void editGoal(DevelopmentGoal edited) {
        wantedGoal = edited.id();
        changeGoal("edit.editDevelopmentGoal", edited.id(), stored -> new DevelopmentGoal(stored.id(),
                edited.title(), edited.targetDate(), edited.status(), edited.evidence(), stored.actions()));
    }

    public void deleteGoal(DevelopmentGoal goal) {
        change("edit.deleteDevelopmentGoal", p -> withGoals(p, p.goals().stream()
                .filter(g -> !g.id().equals(goal.id())).toList()));
    }

    public void addAction(DevelopmentGoal goal, DevelopmentAction action) {
        changeGoal("edit.addAction", goal.id(), g -> {
            List<DevelopmentAction> more = new ArrayList<>(g.actions());
            more.add(action);
            return withActions(g, more);
        });
    }

    /** Ticks an action done, or unticks it. */
    public void markDone(DevelopmentGoal goal, DevelopmentAction action, boolean done) {
        if (action.done() == done) {
            return;
        }
        changeGoal(done ? "edit.actionDone" : "edit.actionNotDone", goal.id(), g -> withActions(g,
                g.actions().stream().map(a -> a.id().equals(action.id())
                        ? new DevelopmentAction(a.id(), a.kind(), a.description(), a.due(), done) : a).toList()));
    }

    public void deleteAction(DevelopmentGoal goal, DevelopmentAction action) {
        changeGoal("edit.deleteAction", goal.id(), g -> withActions(g, g.actions().stream()
                .filter(a -> !a.id().equals(action.id())).toList()));
    }

    private void changeGoal(String editKey, UUID goalId, UnaryOperator<DevelopmentGoal> change) {
        change(editKey, p -> {
            if (p.goals().stream().noneMatch(g -> g.id().equals(goalId))) {
                throw new Refusal("devplan.goal.removed");
            }
            return withGoals(p, p.goals().stream().map(g -> g.id().equals(goalId) ? change.apply(g) : g).toList());
        });
    }

    private void change(String editKey, UnaryOperator<DevelopmentPlan> change) {
        DevelopmentPlan shown = plan.get();
        if (shown == null) {
            return;
        }
        String who = person == null ? "" : person.name();
        session.edit(PlanChange.of(Messages.get(editKey, shown.period(), who), shown.id(), change));
    }

    private static DevelopmentPlan withGoals(DevelopmentPlan p, List<DevelopmentGoal> goals) {
        return new DevelopmentPlan(p.id(), p.personId(), p.period(), p.strengths(), p.growthAreas(),
                p.supportNeeded(), p.status(), p.agreedOn(), p.reviewedOn(), goals);
    }

    private static DevelopmentGoal withActions(DevelopmentGoal g, List<DevelopmentAction> actions) {
        return new DevelopmentGoal(g.id(), g.title(), g.targetDate(), g.status(), g.evidence(), actions);
    }

    /** A goal as its list row says it: title, status and target date. */
    public static String goalLine(DevelopmentGoal goal) {
        String status = Messages.get("devplan.goalStatus." + goal.status().name());
        return goal.targetDate() == null ? Messages.get("devplan.goal.line", goal.title(), status)
                : Messages.get("devplan.goal.lineDue", goal.title(), status, DATE.format(goal.targetDate()));
    }

    /** An action as its row says it: kind, description and due date. */
    public static String actionLine(DevelopmentAction action) {
        String kind = Messages.get("devplan.actionKind." + action.kind().name());
        return action.due() == null ? Messages.get("devplan.action.line", kind, action.description())
                : Messages.get("devplan.action.lineDue", kind, action.description(), DATE.format(action.due()));
    }

    public ObservableList<DevelopmentPlan> plans() {
        return plans;
    }

    /** The periods of the person's plans, the newest first. */
    public ObservableList<String> periods() {
        return periods;
    }

    /** The period whose plan is shown; choosing another shows its plan. */
    public StringProperty periodProperty() {
        return period;
    }

    public ReadOnlyObjectProperty<DevelopmentPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public BooleanBinding hasPlan() {
        return plan.isNotNull();
    }

    public BooleanBinding hasNoPlans() {
        return Bindings.isEmpty(plans);
    }

    public StringProperty strengthsProperty() {
        return strengths;
    }

    public StringProperty growthAreasProperty() {
        return growthAreas;
    }

    public StringProperty supportNeededProperty() {
        return supportNeeded;
    }

    public StringBinding strengthsProblemProperty() {
        return strengthsProblem;
    }

    public StringBinding growthAreasProblemProperty() {
        return growthAreasProblem;
    }

    public StringBinding supportNeededProblemProperty() {
        return supportNeededProblem;
    }

    /** The status as stored; the chooser shows it and a different choice goes through {@link #changeStatus}. */
    public ObjectProperty<PlanStatus> statusProperty() {
        return status;
    }

    /** When the plan was agreed or reviewed, or what to do with a draft. */
    public StringBinding statusNoteProperty() {
        return statusNote;
    }

    public ObservableList<DevelopmentGoal> goals() {
        return goals;
    }

    public ReadOnlyObjectProperty<DevelopmentGoal> selectedGoalProperty() {
        return selectedGoal.getReadOnlyProperty();
    }

    /** The actions of the selected goal. */
    public ObservableList<DevelopmentAction> actions() {
        return actions;
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
