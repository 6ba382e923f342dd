package org.trackwork.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.AgendaItem;

/** A one-on-one summary to hand over after the session: what was talked about and who follows up what. */
public final class OneOnOneSummaryPdf {

    private final Wording words;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter longDates;
    private final LocalDate printedOn;

    public OneOnOneSummaryPdf(Wording words, LocalDate printedOn) {
        this.words = words;
        this.dates = words.dates(FormatStyle.MEDIUM);
        this.longDates = words.dates(FormatStyle.LONG);
        this.printedOn = printedOn;
    }

    public PrintDocument document(OneOnOneSummary summary, PaperSize paper) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.get("print.summary.heading", summary.personName()), 1));
        blocks.add(new Block.Fields(List.of(
                new Block.Field(words.get("print.summary.date"), longDates.format(summary.date())),
                new Block.Field(words.get("print.plan.manager"),
                        summary.managerName().isBlank() ? "—" : summary.managerName()))));
        blocks.add(new Block.Heading(words.get("print.summary.agenda"), 2));
        blocks.add(new Block.Table(List.of(words.get("print.summary.column.item"),
                words.get("print.summary.column.raisedBy"), words.get("print.summary.column.discussed")),
                List.of(6f, 1.8f, 1.4f), summary.agenda().stream().map(this::agendaRow).toList(),
                words.get("print.summary.noAgenda")));
        blocks.add(new Block.Heading(words.get("print.summary.notes"), 2));
        blocks.add(new Block.Paragraph(summary.sharedNotes(), words.get("print.notWritten")));
        blocks.add(new Block.Heading(words.get("print.summary.actions"), 2));
        blocks.add(actionTable(summary.actionItems()));
        if (!summary.stillOpen().isEmpty()) {
            blocks.add(new Block.Heading(words.get("print.summary.stillOpen"), 2));
            blocks.add(actionTable(summary.stillOpen()));
        }
        String footer = words.get("print.summary.footer", summary.personName(), dates.format(summary.date()));
        return new PrintDocument(footer, List.of(new Section(footer, blocks)), paper, false,
                (page, pages) -> words.get("print.footer.page", page, pages, dates.format(printedOn)));
    }

    private Block.Row agendaRow(AgendaItem item) {
        return new Block.Row(List.of(item.text(),
                words.get(item.raisedByPerson() ? "print.summary.raisedByPerson" : "print.summary.raisedByManager"),
                words.get(item.discussed() ? "print.summary.yes" : "print.summary.no")), false, false);
    }

    private Block.Table actionTable(List<ActionItem> items) {
        return new Block.Table(List.of(words.get("print.summary.column.action"),
                words.get("print.summary.column.owner"), words.get("print.summary.column.due"),
                words.get("print.plan.column.status")),
                List.of(5.2f, 1.8f, 1.5f, 1.3f), items.stream().map(this::actionRow).toList(),
                words.get("print.summary.noActions"));
    }

    private Block.Row actionRow(ActionItem item) {
        return new Block.Row(List.of(item.text(), words.get("print.summary.owner." + item.owner().name()),
                item.due() == null ? "—" : dates.format(item.due()),
                words.get(item.done() ? "print.action.done" : "print.action.open")), false, false);
    }
}
