package org.trackwork.ui.board;

import java.util.List;
import java.util.Map;
import org.trackwork.domain.Column;

/** One swimlane of the board (the whole board when there are no swimlanes): its title and cards by column. */
public record Lane(String title, Map<Column, List<TaskCard>> cards) {
}
