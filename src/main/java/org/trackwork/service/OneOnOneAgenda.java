package org.trackwork.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.AgendaItem;
import org.trackwork.domain.OneOnOne;

/**
 * What a one-on-one brings along from the ones before it: recurring agenda items come back in each new session,
 * and action items still open from earlier sessions stand on the agenda until they are done.
 */
public final class OneOnOneAgenda {

    /** An open action item of an earlier session, as it stands on a later session's agenda. */
    public record Carried(UUID sessionId, LocalDate sessionDate, ActionItem item) {
    }

    private OneOnOneAgenda() {
    }

    /**
     * A new session with a person on {@code date}: its agenda holds the recurring items of the latest session
     * before it, not yet discussed and with new ids so that each session keeps its own.
     */
    public static OneOnOne next(UUID personId, LocalDate date, List<OneOnOne> earlier) {
        List<AgendaItem> recurring = earlier.stream()
                .filter(session -> session.personId().equals(personId) && !session.date().isAfter(date))
                .max(Comparator.comparing(OneOnOne::date))
                .map(last -> last.agenda().stream().filter(AgendaItem::recurring)
                        .map(item -> new AgendaItem(UUID.randomUUID(), item.text(), item.raisedByPerson(), true,
                                false))
                        .toList())
                .orElse(List.of());
        return new OneOnOne(UUID.randomUUID(), personId, date, "", "", recurring, List.of());
    }

    /**
     * The action items still open from sessions before {@code session}, oldest session first: they stand on its
     * agenda by themselves, and leave it once they are ticked done.
     */
    public static List<Carried> carriedInto(OneOnOne session, List<OneOnOne> all) {
        List<Carried> carried = new ArrayList<>();
        all.stream()
                .filter(other -> !other.id().equals(session.id()) && other.personId().equals(session.personId())
                        && other.date().isBefore(session.date()))
                .sorted(Comparator.comparing(OneOnOne::date))
                .forEach(other -> other.actionItems().stream().filter(item -> !item.done())
                        .forEach(item -> carried.add(new Carried(other.id(), other.date(), item))));
        return carried;
    }

    /** Every open action item of a person's sessions, oldest session first. */
    public static List<Carried> open(List<OneOnOne> sessions) {
        List<Carried> open = new ArrayList<>();
        sessions.stream().sorted(Comparator.comparing(OneOnOne::date)).forEach(session ->
                session.actionItems().stream().filter(item -> !item.done())
                        .forEach(item -> open.add(new Carried(session.id(), session.date(), item))));
        return open;
    }
}
