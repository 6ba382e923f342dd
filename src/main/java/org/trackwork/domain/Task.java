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
        Require.present(id, "Id");
        Require.present(quarter, "Quarter");
        title = Require.filled(title, "Title");
        description = Require.longText(description, "Description");
        Require.present(column, "Column");
        Require.notNegative(position, "Position");
        checklist = Require.listOf(checklist, "Checklist");
        Require.present(createdAt, "Created at");
    }

    public static Task surveyed(Quarter quarter, String title, int position) {
        return new Task(UUID.randomUUID(), quarter, title, "", Column.SURVEYED, position, null, null, null, null,
                List.of(), Instant.now());
    }

    public Task movedTo(Column newColumn, int newPosition) {
        return new Task(id, quarter, title, description, newColumn, newPosition, ownerId, goalId, stationId, due,
                checklist, createdAt);
    }

    public long checklistDone() {
        return checklist.stream().filter(ChecklistItem::done).count();
    }
}
