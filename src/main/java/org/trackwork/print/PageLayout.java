package org.trackwork.print;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a document's blocks out into pages, one section at a time: text wrapped to the width, headings kept with what follows, tables
 * split between rows (and inside a row taller than a page) with their header repeated, and a footer on every
 * page that numbers the pages of its section.
 */
final class PageLayout {

    static final Color INK = new Color(0x1f, 0x23, 0x28);
    static final Color MUTED = new Color(0x59, 0x63, 0x6e);
    static final Color ACCENT = new Color(0x0b, 0x5c, 0x6e);
    static final Color RULE = new Color(0xc8, 0xcf, 0xd6);
    static final Color SHADE = new Color(0xee, 0xf1, 0xf4);
    static final Color GOAL_SHADE = new Color(0xf6, 0xf8, 0xfa);

    private static final float MARGIN = 50;
    private static final float TOP = 46;
    private static final float BOTTOM = 62;
    private static final float BODY = 10;
    private static final float SMALL = 8;
    private static final float CELL = 9;
    private static final float PAD = 3.5f;

    private final PrintDocument document;
    private final FontSet fonts;
    private final LineBreaker breaker;
    private final float width;
    private final float height;
    private final float left;
    private final float right;
    private final float bottom;

    private List<Mark> marks;
    private List<List<Mark>> sectionPages;
    private float y;

    PageLayout(PrintDocument document, FontSet fonts) {
        this.document = document;
        this.fonts = fonts;
        this.breaker = new LineBreaker(fonts);
        this.width = document.pageWidth();
        this.height = document.pageHeight();
        this.left = MARGIN;
        this.right = width - MARGIN;
        this.bottom = height - BOTTOM;
    }

    /** The pages of one section of the document, footers included. */
    List<Page> pages(Section section) {
        sectionPages = new ArrayList<>();
        newPage();
        for (Block block : section.blocks()) {
            place(block);
        }
        return finishSection(section);
    }

    private void place(Block block) {
        if (block instanceof Block.Heading heading) {
            heading(heading);
        } else if (block instanceof Block.Paragraph paragraph) {
            paragraph(paragraph);
        } else if (block instanceof Block.Fields fields) {
            fields(fields);
        } else if (block instanceof Block.Table table) {
            table(table);
        } else if (block instanceof Block.Signatures signatures) {
            signatures(signatures);
        } else if (block instanceof Block.Picture picture) {
            picture(picture);
        }
    }

    private void heading(Block.Heading heading) {
        boolean title = heading.level() <= 1;
        float size = title ? 19 : 12;
        float leading = size * 1.3f;
        List<String> lines = breaker.lines(heading.text(), true, size, right - left);
        float before = title || atTopOfPage() ? 0 : 10;
        // a heading needs its own lines and about three lines of what follows below it
        if (y + before + lines.size() * leading + 3 * BODY * 1.4f > bottom) {
            newPage();
            before = 0;
        }
        y += before;
        for (String line : lines) {
            y += leading;
            text(left, y - size * 0.25f, line, true, size, title ? ACCENT : INK);
        }
        if (!title) {
            y += 3;
            marks.add(new Mark.Rule(left, y, right, y, 0.6f, ACCENT));
        }
        y += title ? 4 : 6;
    }

    private void paragraph(Block.Paragraph paragraph) {
        boolean empty = paragraph.text().isBlank();
        List<String> lines = breaker.lines(empty ? paragraph.placeholder() : paragraph.text(), false, BODY,
                right - left);
        lines(lines, left, BODY, empty ? MUTED : INK);
        y += 4;
    }

    private void lines(List<String> lines, float x, float size, Color color) {
        float leading = size * 1.4f;
        for (String line : lines) {
            if (y + leading > bottom) {
                newPage();
            }
            y += leading;
            text(x, y - size * 0.3f, line, false, size, color);
        }
    }

    private void fields(Block.Fields block) {
        float labelWidth = 0;
        for (Block.Field field : block.fields()) {
            labelWidth = Math.max(labelWidth, fonts.width(field.label(), true, SMALL + 0.5f));
        }
        labelWidth = Math.min(labelWidth + 12, (right - left) * 0.35f);
        float leading = BODY * 1.4f;
        for (Block.Field field : block.fields()) {
            List<String> labels = breaker.lines(field.label(), true, SMALL + 0.5f, labelWidth - 12);
            List<String> values = breaker.lines(field.value(), false, BODY, right - left - labelWidth);
            int rows = Math.max(1, Math.max(labels.size(), values.size()));
            for (int i = 0; i < rows; i++) {
                if (y + leading > bottom) {
                    newPage();
                }
                y += leading;
                if (i < labels.size()) {
                    text(left, y - BODY * 0.3f, labels.get(i), true, SMALL + 0.5f, MUTED);
                }
                if (i < values.size()) {
                    text(left + labelWidth, y - BODY * 0.3f, values.get(i), false, BODY, INK);
                }
            }
        }
        y += 6;
    }

    private void table(Block.Table table) {
        float[] xs = columns(table.weights());
        float leading = CELL * 1.35f;
        if (table.rows().isEmpty()) {
            lines(breaker.lines(table.placeholder(), false, BODY, right - left), left, BODY, MUTED);
            y += 4;
            return;
        }
        List<List<String>> header = cellLines(table.headers(), xs, true, false);
        float headerHeight = rowsOf(header) * leading + 2 * PAD;
        if (y + headerHeight + leading + 2 * PAD > bottom) {
            newPage();
        }
        tableHeader(header, xs, headerHeight, leading);
        for (Block.Row row : table.rows()) {
            List<List<String>> cells = cellLines(row.cells(), xs, row.emphasis(), row.indented());
            int total = rowsOf(cells);
            // a row taller than a whole page is split where it stands; any other row moves to the next page whole
            boolean neverFits = total * leading + 2 * PAD > bottom - TOP - headerHeight;
            int from = 0;
            boolean freshPage = false;
            while (from < total) {
                int fit = (int) Math.floor((bottom - y - 2 * PAD) / leading);
                int remaining = total - from;
                if (remaining > fit && !freshPage && !(neverFits && fit >= 3)) {
                    newPage();
                    tableHeader(header, xs, headerHeight, leading);
                    freshPage = true;
                    continue;
                }
                int count = Math.max(1, Math.min(remaining, fit));
                rowPart(cells, xs, row, from, count, leading);
                from += count;
                freshPage = false;
            }
        }
        y += 8;
    }

    private void tableHeader(List<List<String>> header, float[] xs, float headerHeight, float leading) {
        marks.add(new Mark.Box(left, y, right - left, headerHeight, SHADE));
        for (int c = 0; c < header.size(); c++) {
            float lineY = y + PAD;
            for (String line : header.get(c)) {
                lineY += leading;
                text(xs[c] + PAD, lineY - CELL * 0.3f, line, true, CELL - 0.5f, MUTED);
            }
        }
        y += headerHeight;
    }

    private void rowPart(List<List<String>> cells, float[] xs, Block.Row row, int from, int count, float leading) {
        float rowHeight = count * leading + 2 * PAD;
        if (row.emphasis() && from == 0) {
            marks.add(new Mark.Box(left, y, right - left, rowHeight, GOAL_SHADE));
        }
        marks.add(new Mark.Rule(left, y, right, y, row.emphasis() ? 0.8f : 0.4f, RULE));
        for (int c = 0; c < cells.size(); c++) {
            float x = xs[c] + PAD + (c == 0 && row.indented() ? 12 : 0);
            List<String> lines = cells.get(c);
            float lineY = y + PAD;
            for (int i = from; i < Math.min(from + count, lines.size()); i++) {
                lineY += leading;
                text(x, lineY - CELL * 0.3f, lines.get(i), row.emphasis(), CELL, INK);
            }
        }
        y += rowHeight;
    }

    private float[] columns(List<Float> weights) {
        float sum = 0;
        for (float weight : weights) {
            sum += weight;
        }
        float[] xs = new float[weights.size() + 1];
        xs[0] = left;
        for (int i = 0; i < weights.size(); i++) {
            xs[i + 1] = xs[i] + (right - left) * weights.get(i) / sum;
        }
        return xs;
    }

    private List<List<String>> cellLines(List<String> cells, float[] xs, boolean strong, boolean indented) {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            float cellWidth = xs[c + 1] - xs[c] - 2 * PAD - (c == 0 && indented ? 12 : 0);
            lines.add(breaker.lines(cells.get(c), strong, CELL, cellWidth));
        }
        return lines;
    }

    private static int rowsOf(List<List<String>> cells) {
        int rows = 1;
        for (List<String> cell : cells) {
            rows = Math.max(rows, cell.size());
        }
        return rows;
    }

    /** Signers side by side, each with a line to sign on and a shorter one for the date. */
    private void signatures(Block.Signatures block) {
        float height = 44;
        if (y + height > bottom) {
            newPage();
        }
        y += 30;
        int count = Math.max(1, block.signers().size());
        float gap = 24;
        float each = (right - left - gap * (count - 1)) / count;
        float labelY = y + SMALL * 1.5f;
        for (int i = 0; i < block.signers().size(); i++) {
            float x = left + i * (each + gap);
            float dateStart = x + each * 0.66f;
            marks.add(new Mark.Rule(x, y, dateStart - 10, y, 0.7f, INK));
            marks.add(new Mark.Rule(dateStart, y, x + each, y, 0.7f, INK));
            String label = block.signatureLabel() + " — " + block.signers().get(i);
            text(x, labelY, breaker.cut(label, false, SMALL, dateStart - 10 - x), false, SMALL, MUTED);
            text(dateStart, labelY, breaker.cut(block.dateLabel(), false, SMALL, x + each - dateStart), false,
                    SMALL, MUTED);
        }
        y += height - 30;
    }

    private void picture(Block.Picture picture) {
        float room = bottom - y - 8;
        if (room < (bottom - TOP) * 0.4f) {
            newPage();
            room = bottom - y - 8;
        }
        float imageWidth = picture.image().getWidth();
        float imageHeight = picture.image().getHeight();
        float scale = Math.min((right - left) / imageWidth, room / imageHeight);
        float drawnWidth = imageWidth * scale;
        float drawnHeight = imageHeight * scale;
        y += 8;
        marks.add(new Mark.Image(left + (right - left - drawnWidth) / 2, y, drawnWidth, drawnHeight,
                picture.image()));
        y += drawnHeight;
    }

    private void text(float x, float baseline, String line, boolean strong, float size, Color color) {
        if (!line.isEmpty()) {
            marks.add(new Mark.Text(x, baseline, VisualOrder.of(line), strong, size, color));
        }
    }

    private boolean atTopOfPage() {
        return y <= TOP;
    }

    private void newPage() {
        marks = new ArrayList<>();
        sectionPages.add(marks);
        y = TOP;
    }

    private List<Page> finishSection(Section section) {
        List<Page> pages = new ArrayList<>();
        int count = sectionPages.size();
        float footerY = height - 34;
        for (int i = 0; i < count; i++) {
            List<Mark> page = sectionPages.get(i);
            marks = page;
            String right = document.pageLabel().of(i + 1, count);
            float rightWidth = fonts.width(right, false, SMALL);
            marks.add(new Mark.Rule(left, footerY - 14, this.right, footerY - 14, 0.4f, RULE));
            String footer = breaker.cut(section.footer(), false, SMALL, this.right - left - rightWidth - 24);
            text(left, footerY, footer, false, SMALL, MUTED);
            text(this.right - rightWidth, footerY, right, false, SMALL, MUTED);
            pages.add(new Page(width, height, page));
        }
        return pages;
    }
}
