package org.trackwork.print;

import java.util.List;

/**
 * A part of a document that starts on a new page and numbers its own pages, such as one person's plan in a
 * printout of every plan.
 *
 * @param footer what the footer of each of its pages says on the left, such as "Development plan · Ana · 2026-H2"
 */
public record Section(String footer, List<Block> blocks) {

    public Section {
        footer = footer == null ? "" : footer;
        blocks = List.copyOf(blocks);
    }
}
