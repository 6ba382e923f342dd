package org.trackwork.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.Column;
import org.trackwork.domain.OneOnOne;

/**
 * A person's one-on-ones, newest first as stored, and where each card sent to the board from their action items
 * stands now.
 */
public record OneOnOneHistory(List<OneOnOne> sessions, Map<UUID, Column> cardColumns) {

    public OneOnOneHistory {
        sessions = List.copyOf(sessions);
        cardColumns = Map.copyOf(cardColumns);
    }

    public static OneOnOneHistory read(Workbook workbook, UUID personId) {
        List<OneOnOne> stored = workbook.oneOnOnes().listByPerson(personId);
        Map<UUID, Column> columns = new HashMap<>();
        stored.stream().flatMap(s -> s.actionItems().stream()).map(ActionItem::taskId).filter(Objects::nonNull)
                .forEach(taskId -> workbook.tasks().find(taskId).ifPresent(task -> columns.put(taskId, task.column())));
        return new OneOnOneHistory(stored, columns);
    }
}
