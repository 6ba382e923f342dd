package org.trackwork.print;

import java.util.Objects;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Person;

/**
 * What a development plan document shows: the person, their plan and who signs it with them.
 *
 * @param managerName the manager who signs, empty when the crew has none yet
 */
public record PlanPrintout(Person person, DevelopmentPlan plan, String managerName) {

    public PlanPrintout {
        Objects.requireNonNull(person);
        Objects.requireNonNull(plan);
        if (!plan.personId().equals(person.id())) {
            throw new IllegalArgumentException("The plan is not this person’s.");
        }
        managerName = managerName == null ? "" : managerName;
    }
}
