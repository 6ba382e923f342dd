package org.trackwork.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Person;
import org.trackwork.service.Workbook;

/** Reads what the plan documents show from the workbook; call on the writer thread. */
public final class PlanPrintouts {

    private PlanPrintouts() {
    }

    /**
     * One person's plan: the one asked for when it is theirs, else their newest by period.
     *
     * @param planId the plan on screen, or null
     */
    public static Optional<PlanPrintout> of(Workbook workbook, UUID personId, UUID planId) {
        Optional<Person> person = workbook.people().find(personId);
        if (person.isEmpty()) {
            return Optional.empty();
        }
        List<DevelopmentPlan> plans = workbook.plans().listByPerson(personId);
        Optional<DevelopmentPlan> plan = plans.stream().filter(p -> p.id().equals(planId)).findFirst()
                .or(() -> newest(plans));
        String manager = managerName(workbook);
        return plan.map(p -> new PlanPrintout(person.get(), p, manager));
    }

    /** The newest plan of everyone on the roster who has one, in roster order. */
    public static List<PlanPrintout> ofCrew(Workbook workbook) {
        String manager = managerName(workbook);
        List<PlanPrintout> printouts = new ArrayList<>();
        for (Person person : workbook.people().list()) {
            if (!person.archived()) {
                newest(workbook.plans().listByPerson(person.id()))
                        .ifPresent(plan -> printouts.add(new PlanPrintout(person, plan, manager)));
            }
        }
        return printouts;
    }

    /** The name of the crew's manager, who signs the plans; empty when no one is marked as manager. */
    public static String managerName(Workbook workbook) {
        return workbook.people().list().stream().filter(p -> p.manager() && !p.archived()).map(Person::name)
                .findFirst().orElse("");
    }

    private static Optional<DevelopmentPlan> newest(List<DevelopmentPlan> plans) {
        return plans.stream().max(Comparator.comparing(DevelopmentPlan::period));
    }
}
