package org.trackwork.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Recognition;
import org.trackwork.domain.Shift;
import org.trackwork.domain.Task;
import org.trackwork.domain.Refusal;

/**
 * Removing a crew member deletes their plans, one-on-ones and recognition and clears them from goals, tasks and
 * hazards. The edit keeps a snapshot of all of that, so undo brings the person back whole.
 */
public final class PersonRemoval {

    private PersonRemoval() {
    }

    public static Edit of(Person person, String description) {
        Snapshot[] taken = new Snapshot[1];
        return Edit.of(description, workbook -> {
            taken[0] = Snapshot.take(workbook, person.id());
            workbook.people().delete(person.id());
        }, workbook -> taken[0].restore(workbook));
    }

    /** What removing one person deletes or changes, as it was before. */
    private record Snapshot(Person person, List<DevelopmentPlan> plans, List<OneOnOne> oneOnOnes,
                            List<Recognition> recognitions, List<Shift> shifts, List<Goal> goals, List<Task> tasks,
                            List<Hazard> hazards) {

        static Snapshot take(Workbook workbook, UUID personId) {
            Person person = workbook.people().find(personId)
                    .orElseThrow(() -> new Refusal("refusal.person.alreadyRemoved"));
            List<Goal> goals = new ArrayList<>();
            List<Task> tasks = new ArrayList<>();
            for (Quarter quarter : workbook.goals().quarters()) {
                workbook.goals().listByQuarter(quarter).stream()
                        .filter(goal -> personId.equals(goal.ownerId())).forEach(goals::add);
            }
            for (Quarter quarter : workbook.tasks().quarters()) {
                workbook.tasks().listByQuarter(quarter).stream()
                        .filter(task -> personId.equals(task.ownerId())).forEach(tasks::add);
            }
            return new Snapshot(person, workbook.plans().listByPerson(personId),
                    workbook.oneOnOnes().listByPerson(personId), workbook.recognitions().listByPerson(personId),
                    workbook.shifts().list().stream().filter(shift -> shift.talks().stream()
                            .anyMatch(talk -> talk.personId().equals(personId))).toList(),
                    goals, tasks,
                    workbook.hazards().list().stream()
                            .filter(hazard -> Objects.equals(personId, hazard.raisedById())).toList());
        }

        void restore(Workbook workbook) {
            workbook.people().save(person);
            plans.forEach(workbook.plans()::save);
            oneOnOnes.forEach(workbook.oneOnOnes()::save);
            recognitions.forEach(workbook.recognitions()::save);
            shifts.forEach(workbook.shifts()::save);
            goals.forEach(workbook.goals()::save);
            tasks.forEach(workbook.tasks()::save);
            hazards.forEach(workbook.hazards()::save);
        }
    }
}
