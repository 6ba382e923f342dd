package org.trackwork.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The vision the leader points at; one is current at a time, the others are history. */
public record Destination(UUID id, String title, String statement, String whyItMatters, LocalDate horizon,
                          DestinationStatus status, Instant createdAt) {

    public Destination {
        Require.present(id, "Id");
        title = Require.filled(title, "Title");
        statement = Require.longText(statement, "Vision statement");
        whyItMatters = Require.longText(whyItMatters, "Why it matters");
        Require.present(status, "Status");
        Require.present(createdAt, "Created at");
    }

    public static Destination newCurrent(String title, String statement, String whyItMatters, LocalDate horizon) {
        return new Destination(UUID.randomUUID(), title, statement, whyItMatters, horizon,
                DestinationStatus.CURRENT, Instant.now());
    }

    public Destination withStatus(DestinationStatus newStatus) {
        return new Destination(id, title, statement, whyItMatters, horizon, newStatus, createdAt);
    }

    public boolean isCurrent() {
        return status == DestinationStatus.CURRENT;
    }
}
