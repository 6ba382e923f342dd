package org.trackwork.print;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.ActionKind;
import org.trackwork.domain.ActionOwner;
import org.trackwork.domain.AgendaItem;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.domain.DevelopmentGoalStatus;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.domain.PlanStatus;
import org.trackwork.ui.common.Messages;

/** People, plans and sessions for the print tests, short and long, in several scripts. */
final class PrintSamples {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Wording WORDS = Messages::get;
    static final String PRIVATE_NOTE = "PRIVATE-worried about the reorg";

    private PrintSamples() {
    }

    static Person person(String name, String role) {
        return new Person(UUID.randomUUID(), name, role, LocalDate.of(2024, 3, 1),
                "Keep the release train on time and teach two others to drive it.", false, false);
    }

    static PlanPrintout plan(Person person, int goals) {
        List<DevelopmentGoal> list = new ArrayList<>();
        for (int i = 1; i <= goals; i++) {
            list.add(new DevelopmentGoal(UUID.randomUUID(), "Goal " + i + ": lead the incident review of a "
                    + "major outage from start to finish", TODAY.plusDays(30L * i),
                    DevelopmentGoalStatus.values()[i % 4], "Two reviews run with no help; notes shared.",
                    List.of(new DevelopmentAction(UUID.randomUUID(), ActionKind.LEARNING,
                                    "Read the incident handbook and write down three questions", TODAY.plusDays(7),
                                    true),
                            new DevelopmentAction(UUID.randomUUID(), ActionKind.PRACTICE,
                                    "Facilitate a review with the manager watching", TODAY.plusDays(21 + i),
                                    false))));
        }
        DevelopmentPlan plan = new DevelopmentPlan(UUID.randomUUID(), person.id(), "2026-H2",
                "Calm under pressure; writes clear postmortems.", "Facilitation; saying no to side quests.",
                "An hour a fortnight of coaching, and a seat in the architecture review.", PlanStatus.AGREED,
                TODAY.minusDays(20), null, list);
        return new PlanPrintout(person, plan, "Maria Manager");
    }

    static OneOnOne session(Person person) {
        return new OneOnOne(UUID.randomUUID(), person.id(), TODAY, "We agreed to try pairing on the release.",
                PRIVATE_NOTE, List.of(new AgendaItem(UUID.randomUUID(), "Release pairing", true, false, true)),
                List.of(new ActionItem(UUID.randomUUID(), "Book the pairing slot", ActionOwner.PERSON,
                        TODAY.plusDays(3), false, null)));
    }
}
