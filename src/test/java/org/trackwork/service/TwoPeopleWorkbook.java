package org.trackwork.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.ActionKind;
import org.trackwork.domain.ActionOwner;
import org.trackwork.domain.AgendaItem;
import org.trackwork.domain.Column;
import org.trackwork.domain.Destination;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.domain.DevelopmentGoalStatus;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.domain.PlanStatus;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Recognition;
import org.trackwork.domain.Severity;
import org.trackwork.domain.Task;

/**
 * A workbook of two crew members, Ada and Bruno, each with shared and private one-on-one notes, tasks, a goal and
 * recognition, and hazards both confidential and not: what a shared screen for Ada must and must not show.
 */
public final class TwoPeopleWorkbook {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    public static final Quarter QUARTER = Quarter.of(TODAY);

    public static final String ADA = "Ada Lindqvist";
    public static final String ADA_SHARED_NOTE = "Ada leads the onboarding demo next sprint";
    public static final String ADA_PRIVATE_NOTE = "Ada hinted at a competing offer";
    public static final String ADA_AGENDA = "Ada wants to talk about conference budget";
    public static final String ADA_ACTION = "Ada drafts the demo script";
    public static final String ADA_TASK = "Automate the signup checks";
    public static final String ADA_BLOCKED_TASK = "Migrate the billing hooks";
    public static final String ADA_OPEN_HAZARD = "Waiting for the payment provider's sandbox";
    public static final String ADA_CONFIDENTIAL_HAZARD = "Budget for the billing team may be cut";
    public static final String ADA_GOAL = "Halve the signup time";
    public static final String ADA_PLAN_STRENGTHS = "Explains hard things simply";
    public static final String ADA_DEVELOPMENT_GOAL = "Facilitate a design review";
    public static final String ADA_RECOGNITION = "Calm handling of the launch outage";

    public static final String BRUNO = "Bruno Castellanos";
    public static final String BRUNO_SHARED_NOTE = "Bruno presents the roadmap on Friday";
    public static final String BRUNO_PRIVATE_NOTE = "Bruno struggles with the new lead";
    public static final String BRUNO_TASK = "Rewrite the invoice export";
    public static final String BRUNO_CONFIDENTIAL_HAZARD = "Bruno may move to another team";
    public static final String BRUNO_GOAL = "Ship invoices in one click";
    public static final String BRUNO_RECOGNITION = "Bruno's thorough code reviews";

    public final Person ada = new Person(UUID.randomUUID(), ADA, "Engineer", LocalDate.of(2023, 4, 3),
            "I make signup fast", false, false);
    public final Person bruno = new Person(UUID.randomUUID(), BRUNO, "Analyst", LocalDate.of(2022, 1, 10), "",
            false, false);

    /** Writes both people and everything of theirs into the workbook. */
    public TwoPeopleWorkbook writeTo(Workbook workbook) {
        workbook.people().save(ada);
        workbook.people().save(bruno);
        Destination destination = Destination.newCurrent("Live in a day", "", "", TODAY.plusYears(1));
        workbook.destinations().save(destination);
        Goal adaGoal = new Goal(UUID.randomUUID(), destination.id(), QUARTER, ADA_GOAL, "", ada.id(), 0);
        workbook.goals().save(adaGoal);
        workbook.goals().save(new Goal(UUID.randomUUID(), destination.id(), QUARTER, BRUNO_GOAL, "", bruno.id(), 1));

        workbook.tasks().save(Task.surveyed(QUARTER, ADA_TASK, 0, Instant.EPOCH).withOwner(ada.id()).withDue(TODAY.plusDays(5)));
        Task blocked = Task.surveyed(QUARTER, ADA_BLOCKED_TASK, 1, Instant.EPOCH).withOwner(ada.id()).movedTo(Column.LAYING, 0);
        workbook.tasks().save(blocked);
        Task brunos = Task.surveyed(QUARTER, BRUNO_TASK, 2, Instant.EPOCH).withOwner(bruno.id());
        workbook.tasks().save(brunos);
        workbook.hazards().save(hazardOn(blocked.id(), ADA_OPEN_HAZARD, false));
        workbook.hazards().save(hazardOn(blocked.id(), ADA_CONFIDENTIAL_HAZARD, true));
        workbook.hazards().save(hazardOn(brunos.id(), BRUNO_CONFIDENTIAL_HAZARD, true));

        workbook.oneOnOnes().save(new OneOnOne(UUID.randomUUID(), ada.id(), TODAY.minusDays(14), "Earlier talk",
                "", List.of(), List.of(new ActionItem(UUID.randomUUID(), "Book the course", ActionOwner.MANAGER,
                null, true, null))));
        workbook.oneOnOnes().save(new OneOnOne(UUID.randomUUID(), ada.id(), TODAY.minusDays(1), ADA_SHARED_NOTE,
                ADA_PRIVATE_NOTE,
                List.of(new AgendaItem(UUID.randomUUID(), ADA_AGENDA, true, false, true)),
                List.of(new ActionItem(UUID.randomUUID(), ADA_ACTION, ActionOwner.PERSON, TODAY.plusDays(7), false,
                        null))));
        workbook.oneOnOnes().save(new OneOnOne(UUID.randomUUID(), bruno.id(), TODAY.minusDays(2), BRUNO_SHARED_NOTE,
                BRUNO_PRIVATE_NOTE, List.of(), List.of()));

        workbook.plans().save(new DevelopmentPlan(UUID.randomUUID(), ada.id(), "2026-H2", ADA_PLAN_STRENGTHS,
                "Leading meetings", "Time to prepare", PlanStatus.AGREED, TODAY.minusMonths(3), null,
                List.of(new DevelopmentGoal(UUID.randomUUID(), ADA_DEVELOPMENT_GOAL, TODAY.plusMonths(1),
                        DevelopmentGoalStatus.IN_PROGRESS, "Two reviews run",
                        List.of(new DevelopmentAction(UUID.randomUUID(), ActionKind.PRACTICE,
                                "Run the next review", TODAY.plusDays(10), false))))));
        workbook.plans().save(new DevelopmentPlan(UUID.randomUUID(), ada.id(), "2026-H1", "Older strengths", "",
                "", PlanStatus.DRAFT, null, null, List.of()));

        workbook.recognitions().save(new Recognition(UUID.randomUUID(), ada.id(), TODAY.minusDays(3),
                ADA_RECOGNITION, adaGoal.id()));
        workbook.recognitions().save(new Recognition(UUID.randomUUID(), bruno.id(), TODAY.minusDays(4),
                BRUNO_RECOGNITION, null));
        return this;
    }

    /** Every text of Bruno's, and every private or confidential text of Ada's: none may reach Ada's screen. */
    public static List<String> forbiddenOnAdasScreen() {
        return List.of(ADA_PRIVATE_NOTE, ADA_CONFIDENTIAL_HAZARD, BRUNO, "Bruno", BRUNO_SHARED_NOTE,
                BRUNO_PRIVATE_NOTE, BRUNO_TASK, BRUNO_CONFIDENTIAL_HAZARD, BRUNO_GOAL, BRUNO_RECOGNITION);
    }

    private Hazard hazardOn(UUID taskId, String description, boolean confidential) {
        return new Hazard(UUID.randomUUID(), description, Severity.HIGH, null, null, taskId, TODAY.minusDays(2),
                null, confidential, null, null, "");
    }
}
