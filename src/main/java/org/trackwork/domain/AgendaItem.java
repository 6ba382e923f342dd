package org.trackwork.domain;

import java.util.UUID;

/** A point to talk about in a one-on-one, raised by the manager or by the person. */
public record AgendaItem(UUID id, String text, boolean raisedByPerson, boolean recurring, boolean discussed) {

    public AgendaItem {
        Require.present(id, "field.id");
        text = Require.filled(text, "field.agendaItem");
    }
}
