package org.trackwork.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A piece of track to lay: a card on the board of one quarter. */
public record Task(UUID id, Quarter quarter, String title, String description, Column column, int position,
                   UUID ownerId, UUID goalId, UUID stationId, LocalDate due, List<ChecklistItem> checklist,
                   Instant createdAt) {

    public Task {
        Require.present(id, "field.id");
        Require.present(quarter, "field.quarter");
        title = Require.filled(title, "field.title");
        description = Require.longText(description, "field.description");
        Require.present(column, "field.column");
        Require.notNegative(position, "field.position");
        checklist = Require.listOf(checklist, "field.checklist");
        Require.present(createdAt, "field.createdAt");
    }

    public static Task surveyed(Quarter quarter, String title, int position, Instant createdAt) {
        return new Task(UUID.randomUUID(), quarter, title, "", Column.SURVEYED, position, null, null, null, null,
                List.of(), createdAt);
    }

    public Task movedTo(Column newColumn, int newPosition) {
        return new Task(id, quarter, title, description, newColumn, newPosition, ownerId, goalId, stationId, due,
                checklist, createdAt);
    }

    public Task withTitle(String newTitle) {
        return new Task(id, quarter, newTitle, description, column, position, ownerId, goalId, stationId, due,
                checklist, createdAt);
    }

    public Task withDescription(String text) {
        return new Task(id, quarter, title, text, column, position, ownerId, goalId, stationId, due, checklist,
                createdAt);
    }

    public Task withOwner(UUID personId) {
        return new Task(id, quarter, title, description, column, position, personId, goalId, stationId, due,
                checklist, createdAt);
    }

    /** Links the task to a goal or to a station (not both: a station already names its goal). */
    public Task linkedTo(UUID newGoalId, UUID newStationId) {
        return new Task(id, quarter, title, description, column, position, ownerId,
                newStationId != null ? null : newGoalId, newStationId, due, checklist, createdAt);
    }

    public Task withDue(LocalDate date) {
        return new Task(id, quarter, title, description, column, position, ownerId, goalId, stationId, date,
                checklist, createdAt);
    }

    public Task withChecklist(List<ChecklistItem> items) {
        return new Task(id, quarter, title, description, column, position, ownerId, goalId, stationId, due, items,
                createdAt);
    }

    public Task inQuarter(Quarter newQuarter, Column newColumn, int newPosition) {
        return new Task(id, newQuarter, title, description, newColumn, newPosition, ownerId, goalId, stationId, due,
                checklist, createdAt);
    }

    public long checklistDone() {
        return checklist.stream().filter(ChecklistItem::done).count();
    }
}
