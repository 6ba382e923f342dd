package org.trackwork.print;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.trackwork.domain.Destination;

/**
 * The journey as a one-page landscape poster for the team room: the destination in words, as real text, above
 * the picture of the journey the UI drew.
 */
public final class JourneyPosterPdf {

    private final Wording words;
    private final DateTimeFormatter dates;
    private final LocalDate printedOn;

    public JourneyPosterPdf(Wording words, LocalDate printedOn) {
        this.words = words;
        this.dates = words.dates(FormatStyle.LONG);
        this.printedOn = printedOn;
    }

    /**
     * @param destination the current destination, empty when none is set yet
     * @param journey     the journey drawing, at print resolution
     * @param quarter     the quarter whose stations the drawing shows, such as 2026-Q4
     */
    public PrintDocument document(Optional<Destination> destination, BufferedImage journey, String quarter,
                                  PaperSize paper) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(destination.map(Destination::title)
                .orElse(words.get("print.poster.noDestination")), 1));
        List<Block.Field> fields = new ArrayList<>();
        destination.map(Destination::horizon).ifPresent(horizon ->
                fields.add(new Block.Field(words.get("print.poster.horizon"), dates.format(horizon))));
        fields.add(new Block.Field(words.get("print.poster.quarter"), quarter));
        blocks.add(new Block.Fields(fields));
        destination.map(Destination::statement).filter(text -> !text.isBlank())
                .ifPresent(text -> blocks.add(new Block.Paragraph(text, "")));
        destination.map(Destination::whyItMatters).filter(text -> !text.isBlank())
                .ifPresent(text -> blocks.add(new Block.Paragraph(words.get("print.poster.why", text), "")));
        blocks.add(new Block.Picture(journey));
        String footer = words.get("print.poster.footer");
        return new PrintDocument(footer, List.of(new Section(footer, blocks)), paper, true,
                (page, pages) -> words.get("print.footer.printed", dates.format(printedOn)));
    }
}
