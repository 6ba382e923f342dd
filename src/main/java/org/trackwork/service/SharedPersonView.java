package org.trackwork.service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.trackwork.domain.Column;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.SharedOneOnOne;
import org.trackwork.domain.Task;

/**
 * Everything a crew member may see of themselves at a shared screen, and nothing else. It is read by queries that
 * select only shared content of this one person (no private notes, no other people, no confidential hazards), so
 * nothing private is ever loaded into the shared view, not merely hidden.
 *
 * @param goals      titles of the goals they own in {@code quarter}
 * @param tasks      the tasks they own on the board of {@code quarter}
 * @param plans      their development plans, the newest period first
 * @param oneOnOnes  their one-on-ones without private notes, the newest first
 * @param recognitions their recognition, the newest first
 */
public record SharedPersonView(UUID personId, String name, String initials, String role, LocalDate startDate,
                               String partInDestination, Quarter quarter, List<String> goals,
                               List<SharedTask> tasks, List<DevelopmentPlan> plans,
                               List<SharedOneOnOne> oneOnOnes, List<SharedRecognition> recognitions) {

    public SharedPersonView {
        goals = List.copyOf(goals);
        tasks = List.copyOf(tasks);
        plans = List.copyOf(plans);
        oneOnOnes = List.copyOf(oneOnOnes);
        recognitions = List.copyOf(recognitions);
    }

    /**
     * A task of theirs as the shared screen shows it.
     *
     * @param blockedBy what the open, non-confidential hazards on it say; empty when none blocks it
     */
    public record SharedTask(String title, Column column, LocalDate due, List<String> blockedBy) {

        public SharedTask {
            blockedBy = List.copyOf(blockedBy);
        }

        public boolean blocked() {
            return !blockedBy.isEmpty();
        }
    }

    /** A recognition with the title of the goal it was for, or an empty title. */
    public record SharedRecognition(LocalDate on, String what, String goalTitle) {
    }

    /**
     * Reads the shared view of one person from the workbook.
     *
     * @param quarter the quarter whose goals and tasks are shown
     * @return empty when the person was removed from the crew (an archived person keeps their record)
     */
    public static Optional<SharedPersonView> load(Workbook workbook, UUID personId, Quarter quarter) {
        return workbook.people().find(personId).map(person -> of(workbook, person, quarter));
    }

    private static SharedPersonView of(Workbook workbook, Person person, Quarter quarter) {
        UUID id = person.id();
        Map<UUID, List<String>> blocking = workbook.hazards().listOpenSharedOnTasksOf(id).stream()
                .collect(Collectors.groupingBy(Hazard::taskId,
                        Collectors.mapping(Hazard::description, Collectors.toList())));
        List<SharedTask> tasks = workbook.tasks().listOwnedBy(id, quarter).stream()
                .map(task -> sharedTask(task, blocking.getOrDefault(task.id(), List.of())))
                .toList();
        List<String> goals = workbook.goals().listOwnedBy(id, quarter).stream().map(Goal::title).toList();
        List<DevelopmentPlan> plans = workbook.plans().listByPerson(id).stream()
                .sorted(Comparator.comparing(DevelopmentPlan::period).reversed())
                .toList();
        List<SharedRecognition> recognitions = workbook.recognitions().listByPerson(id).stream()
                .map(recognition -> new SharedRecognition(recognition.on(), recognition.what(),
                        recognition.goalId() == null ? ""
                                : workbook.goals().find(recognition.goalId()).map(Goal::title).orElse("")))
                .toList();
        return new SharedPersonView(id, person.name(), person.initials(), person.role(), person.startDate(),
                person.partInDestination(), quarter, goals, tasks, plans,
                workbook.oneOnOnes().listSharedByPerson(id), recognitions);
    }

    private static SharedTask sharedTask(Task task, List<String> blockedBy) {
        return new SharedTask(task.title(), task.column(), task.due(), blockedBy);
    }

    /** How many action items of their one-on-ones are not done yet, theirs and the manager's. */
    public long openActionItems() {
        return oneOnOnes.stream().flatMap(session -> session.actionItems().stream())
                .filter(item -> !item.done()).count();
    }

    /** The date of the latest one-on-one, if there was one. */
    public Optional<LocalDate> lastOneOnOne() {
        return oneOnOnes.stream().map(SharedOneOnOne::date).max(Comparator.naturalOrder());
    }
}
