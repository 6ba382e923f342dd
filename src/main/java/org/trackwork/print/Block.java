package org.trackwork.print;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/** One piece of a document's content, in reading order; the page layout decides where it lands on paper. */
public sealed interface Block {

    /** A title (level 1) or a section heading (level 2); a heading is never left alone at the foot of a page. */
    record Heading(String text, int level) implements Block {
        public Heading {
            Objects.requireNonNull(text);
        }
    }

    /** Running text; line breaks in it are kept, and an empty paragraph says {@code placeholder} instead. */
    record Paragraph(String text, String placeholder) implements Block {
        public Paragraph {
            text = text == null ? "" : text;
            placeholder = placeholder == null ? "" : placeholder;
        }
    }

    /** Label and value pairs, such as role, period and status under a document's title. */
    record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** One labelled value of {@link Fields}. */
    record Field(String label, String value) {
        public Field {
            label = label == null ? "" : label;
            value = value == null ? "" : value;
        }
    }

    /**
     * A table whose cells wrap; the header row repeats on every page the table continues on.
     *
     * @param weights the share of the width each column gets, one per header
     */
    record Table(List<String> headers, List<Float> weights, List<Row> rows, String placeholder) implements Block {
        public Table {
            headers = List.copyOf(headers);
            weights = List.copyOf(weights);
            rows = List.copyOf(rows);
            placeholder = placeholder == null ? "" : placeholder;
            if (headers.size() != weights.size()) {
                throw new IllegalArgumentException("A table needs one width per column.");
            }
            for (Row row : rows) {
                if (row.cells().size() != headers.size()) {
                    throw new IllegalArgumentException("Every row needs one cell per column.");
                }
            }
        }
    }

    /**
     * One row of a {@link Table}.
     *
     * @param emphasis drawn bold with a rule above, as a goal above its actions
     * @param indented the first cell is set in, as an action under its goal
     */
    record Row(List<String> cells, boolean emphasis, boolean indented) {
        public Row {
            cells = cells.stream().map(cell -> cell == null ? "" : cell).toList();
        }
    }

    /** Lines to sign and date on, one pair per signer, kept together on one page. */
    record Signatures(List<String> signers, String signatureLabel, String dateLabel) implements Block {
        public Signatures {
            signers = List.copyOf(signers);
        }
    }

    /** A picture scaled to the width of the text and to the room left on the page. */
    record Picture(BufferedImage image) implements Block {
        public Picture {
            Objects.requireNonNull(image);
        }
    }
}
