package org.trackwork.ui.oneonone;

import org.trackwork.domain.AgendaItem;
import org.trackwork.service.OneOnOneAgenda;

/**
 * A line of a session's agenda: one of its own items, or an action item still open from an earlier session that
 * stands on the agenda by itself until it is done. Exactly one of the two is set.
 */
public record AgendaRow(AgendaItem item, OneOnOneAgenda.Carried carried) {

    static AgendaRow own(AgendaItem item) {
        return new AgendaRow(item, null);
    }

    static AgendaRow carried(OneOnOneAgenda.Carried carried) {
        return new AgendaRow(null, carried);
    }

    public boolean isCarried() {
        return carried != null;
    }

    public String text() {
        return isCarried() ? carried.item().text() : item.text();
    }

    /** Discussed for an own item, done for a carried action item. */
    public boolean ticked() {
        return isCarried() ? carried.item().done() : item.discussed();
    }
}
