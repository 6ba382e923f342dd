package org.trackwork.ui.oneonone;

import org.trackwork.domain.ActionItem;
import org.trackwork.domain.Column;

/** An action item of the shown session, with where its card stands when it was sent to the board. */
public record ActionItemRow(ActionItem item, Column boardColumn) {

    public boolean onBoard() {
        return item.taskId() != null;
    }
}
