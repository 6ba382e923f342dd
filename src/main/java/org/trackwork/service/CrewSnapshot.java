package org.trackwork.service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.trackwork.domain.Column;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Recognition;
import org.trackwork.domain.Task;

/** What the crew area shows, read in one go: the crew, their recognition, and the quarter's goals and tasks. */
public record CrewSnapshot(Quarter quarter, List<Person> people, List<Recognition> recognitions, List<Goal> goals,
                           List<Task> tasks) {

    public CrewSnapshot {
        people = List.copyOf(people);
        recognitions = List.copyOf(recognitions);
        goals = List.copyOf(goals);
        tasks = List.copyOf(tasks);
    }

    /** The crew on the roster, archived people left out. */
    public static List<Person> activeCrew(Workbook workbook) {
        return workbook.people().list().stream().filter(person -> !person.archived()).toList();
    }

    public static CrewSnapshot read(Workbook workbook, Quarter quarter) {
        return new CrewSnapshot(quarter, workbook.people().list(), workbook.recognitions().list(),
                workbook.goals().listByQuarter(quarter), workbook.tasks().listByQuarter(quarter));
    }

    /** The date each person was last recognised; people never recognised are not in it. */
    public Map<UUID, LocalDate> lastRecognised() {
        Map<UUID, LocalDate> last = new HashMap<>();
        for (Recognition recognition : recognitions) {
            last.merge(recognition.personId(), recognition.on(), (a, b) -> a.isAfter(b) ? a : b);
        }
        return last;
    }

    /** One person's recognition, the newest first. */
    public List<Recognition> recognitionsOf(UUID personId) {
        return recognitions.stream().filter(r -> r.personId().equals(personId)).toList();
    }

    public List<Goal> goalsOwnedBy(UUID personId) {
        return goals.stream().filter(goal -> Objects.equals(personId, goal.ownerId())).toList();
    }

    public List<Task> tasksOwnedBy(UUID personId) {
        return tasks.stream().filter(task -> Objects.equals(personId, task.ownerId())).toList();
    }

    public long openTasksOf(UUID personId) {
        return tasksOwnedBy(personId).stream().filter(task -> task.column() != Column.LAID).count();
    }
}
