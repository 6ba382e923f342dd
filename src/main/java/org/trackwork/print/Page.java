package org.trackwork.print;

import java.util.List;

/** One laid-out page: its size and what is drawn on it. */
record Page(float width, float height, List<Mark> marks) {

    Page {
        marks = List.copyOf(marks);
    }
}
