package org.trackwork.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The vision the leader points at; one is current at a time, the others are history. */
public record Destination(UUID id, String title, String statement, String whyItMatters, LocalDate horizon,
                          DestinationStatus status, Instant createdAt) {

    public Destination {
        Require.present(id, "field.id");
        title = Require.filled(title, "field.title");
        statement = Require.longText(statement, "field.visionStatement");
        whyItMatters = Require.longText(whyItMatters, "field.whyItMatters");
        Require.present(status, "field.status");
        Require.present(createdAt, "field.createdAt");
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
