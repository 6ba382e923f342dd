package org.trackwork.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.trackwork.domain.Column;
import org.trackwork.domain.Goal;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.QuarterCrossing;
import org.trackwork.domain.Station;
import org.trackwork.domain.Task;

/**
 * Closing a quarter: its unfinished cards cross into the next quarter, each remembering the crossing, and laid
 * track stays where it was laid. One undoable edit.
 */
public final class QuarterRollover {

    private QuarterRollover() {
    }

    /**
     * What closing a quarter does, or did: the same figures before and after the close, since a carried card
     * remembers the quarter it left.
     *
     * @param from            the quarter closed
     * @param to              the quarter its unfinished cards go to, the next one
     * @param laid            the quarter's cards laid
     * @param carriedOver     its unfinished cards: still there before the close, carried over after it
     * @param hazardsOpen     open hazards on the quarter's cards (carried ones included), goals and stations
     * @param hazardsResolved resolved hazards on the same
     */
    public record Summary(Quarter from, Quarter to, int laid, int carriedOver, int hazardsOpen,
                         int hazardsResolved) {

        public Summary {
            Objects.requireNonNull(from, "From quarter is required.");
            Objects.requireNonNull(to, "To quarter is required.");
        }
    }

    public static Summary summarize(Workbook workbook, Quarter from) {
        List<Task> tasks = workbook.tasks().listByQuarter(from);
        List<QuarterCrossing> carried = workbook.tasks().crossingsFrom(from);
        Set<UUID> onTheQuarter = new HashSet<>();
        tasks.forEach(task -> onTheQuarter.add(task.id()));
        // a card carried away and later brought back counts where it is now
        long carriedAway = carried.stream().filter(crossing -> onTheQuarter.add(crossing.taskId())).count();
        workbook.goals().listByQuarter(from).stream().map(Goal::id).forEach(onTheQuarter::add);
        workbook.stations().listByQuarter(from).stream().map(Station::id).forEach(onTheQuarter::add);

        int laid = (int) tasks.stream().filter(task -> task.column() == Column.LAID).count();
        int unfinished = tasks.size() - laid;
        int open = 0;
        int resolved = 0;
        for (Hazard hazard : workbook.hazards().list()) {
            UUID on = hazard.taskId() != null ? hazard.taskId()
                    : hazard.stationId() != null ? hazard.stationId() : hazard.goalId();
            if (onTheQuarter.contains(on)) {
                if (hazard.isOpen()) {
                    open++;
                } else {
                    resolved++;
                }
            }
        }
        return new Summary(from, from.next(), laid, unfinished + (int) carriedAway, open, resolved);
    }

    /**
     * Carries every card of {@code from} not yet laid into the next quarter, below the cards already in its column
     * there and in the order it had, and records each crossing as of {@code today}. Undo puts the cards back in
     * their quarter, column and place and forgets the crossings.
     */
    public static Edit close(String description, Quarter from, LocalDate today) {
        Objects.requireNonNull(from, "Quarter is required.");
        Objects.requireNonNull(today, "Today is required.");
        Quarter to = from.next();
        Carried[] taken = new Carried[1];
        return Edit.of(description, workbook -> {
            taken[0] = Carried.take(workbook, from, to, today);
            workbook.tasks().saveAll(taken[0].moved());
            workbook.tasks().addCrossings(taken[0].crossings());
        }, workbook -> {
            workbook.tasks().deleteCrossings(taken[0].crossings());
            workbook.tasks().addCrossings(taken[0].replacedCrossings());
            workbook.tasks().saveAll(taken[0].unfinished());
        });
    }

    /**
     * The cards a close carries, as they were and as they are carried, with their crossings and any older crossing
     * out of the same quarter that a new one replaces (a card carried, brought back and carried again).
     */
    private record Carried(List<Task> unfinished, List<Task> moved, List<QuarterCrossing> crossings,
                           List<QuarterCrossing> replacedCrossings) {

        static Carried take(Workbook workbook, Quarter from, Quarter to, LocalDate today) {
            // listed column by column, each in its order: appending in this order keeps the cards' relative order
            List<Task> unfinished = workbook.tasks().listByQuarter(from).stream()
                    .filter(task -> task.column() != Column.LAID).toList();
            Map<Column, Integer> next = new EnumMap<>(Column.class);
            for (Task task : workbook.tasks().listByQuarter(to)) {
                next.merge(task.column(), task.position() + 1, Math::max);
            }
            List<Task> moved = new ArrayList<>(unfinished.size());
            List<QuarterCrossing> crossings = new ArrayList<>(unfinished.size());
            for (Task task : unfinished) {
                int position = next.getOrDefault(task.column(), 0);
                next.put(task.column(), position + 1);
                moved.add(new Task(task.id(), to, task.title(), task.description(), task.column(), position,
                        task.ownerId(), task.goalId(), task.stationId(), task.due(), task.checklist(),
                        task.createdAt()));
                crossings.add(new QuarterCrossing(task.id(), from, to, today));
            }
            Map<UUID, QuarterCrossing> earlier = workbook.tasks().crossingsFrom(from).stream()
                    .collect(Collectors.toMap(QuarterCrossing::taskId, Function.identity()));
            List<QuarterCrossing> replaced = unfinished.stream().map(task -> earlier.get(task.id()))
                    .filter(Objects::nonNull).toList();
            return new Carried(unfinished, moved, crossings, replaced);
        }
    }
}
