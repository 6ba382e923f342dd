package org.trackwork.ui.common;

import javafx.beans.property.StringProperty;

/** A text field of a stored record that the user may be typing in while saves and reloads come back. */
public final class TypedText {

    private TypedText() {
    }

    /**
     * Shows a record's stored text in its field: always when the field now shows another record; for the same
     * record only when the stored text changed and the field still holds what was stored before, so an undo or an
     * edit made elsewhere shows, but text typed since is never overwritten by a reload that arrives meanwhile.
     */
    public static void refresh(StringProperty field, boolean sameRecord, String storedBefore, String stored) {
        if (!sameRecord || (!storedBefore.equals(stored) && field.get().equals(storedBefore))) {
            field.set(stored);
        }
    }
}
