package org.trackwork.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.trackwork.print.PrintSamples.TODAY;
import static org.trackwork.print.PrintSamples.WORDS;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Person;

class DevelopmentPlanPdfTest {

    private final DevelopmentPlanPdf plans = new DevelopmentPlanPdf(WORDS, TODAY);

    @Test
    void aShortPlanShowsEveryPartOnOnePage() throws Exception {
        PlanPrintout printout = PrintSamples.plan(PrintSamples.person("Ana Lima", "Site reliability engineer"), 3);
        try (PdfReading pdf = read(List.of(printout), PaperSize.A4)) {
            assertThat(pdf.pages()).isEqualTo(1);
            assertThat(pdf.text()).contains("Development plan of Ana Lima", "Site reliability engineer", "2026-H2",
                    "Agreed on", "My part in the destination", "Keep the release train on time", "Strengths",
                    "Calm under pressure", "Growth areas", "Goal 1: lead the incident review",
                    "Read the incident handbook", "Learning", "Support needed", "An hour a fortnight",
                    "Signature — Maria Manager", "Signature — Ana Lima", "Page 1 of 1");
            assertThat(PdfReading.inkShare(pdf.render(0, 40))).isGreaterThan(0.01);
        }
    }

    @Test
    void aPlanOfFortyGoalsFlowsOverPagesWithEveryGlyphInsideThePage() throws Exception {
        PlanPrintout printout = PrintSamples.plan(PrintSamples.person("Ana Lima", "Engineer"), 40);
        try (PdfReading pdf = read(List.of(printout), PaperSize.LETTER)) {
            assertThat(pdf.pages()).isGreaterThan(1);
            String text = pdf.text();
            IntStream.rangeClosed(1, 40).forEach(goal -> assertThat(text).contains("Goal " + goal + ": lead"));
            assertThat(text).contains("Page 1 of " + pdf.pages(), "Page " + pdf.pages() + " of " + pdf.pages());
            assertInsideThePage(pdf.glyphs());
            for (int page = 0; page < pdf.pages(); page++) {
                assertThat(PdfReading.inkShare(pdf.render(page, 30))).isGreaterThan(0.005);
            }
        }
    }

    @Test
    void aVeryLongWordWrapsInsideThePage() throws Exception {
        String word = "Supercalifragilistic".repeat(12);
        PlanPrintout printout = PrintSamples.plan(PrintSamples.person("Ana Lima", "Engineer"), 1);
        DevelopmentPlan plan = printout.plan();
        PlanPrintout longWord = new PlanPrintout(printout.person(), new DevelopmentPlan(plan.id(), plan.personId(),
                plan.period(), word, word, word, plan.status(), plan.agreedOn(), plan.reviewedOn(), plan.goals()),
                word);
        try (PdfReading pdf = read(List.of(longWord), PaperSize.A4)) {
            assertThat(pdf.text().replaceAll("\\s", "")).contains(word);
            assertInsideThePage(pdf.glyphs());
        }
    }

    @Test
    void hebrewAndChineseNamesPrintAndCanBeFound() throws Exception {
        Person hebrew = PrintSamples.person("דנה לוי", "מהנדסת");
        Person chinese = PrintSamples.person("王小明", "エンジニア");
        try (PdfReading pdf = read(List.of(PrintSamples.plan(hebrew, 2), PrintSamples.plan(chinese, 2)),
                PaperSize.A4)) {
            String text = pdf.text();
            assertThat(text).contains("דנה לוי", "王小明", "エンジニア");
            for (int page = 0; page < pdf.pages(); page++) {
                assertThat(PdfReading.inkShare(pdf.render(page, 40))).isGreaterThan(0.01);
            }
        }
    }

    @Test
    void allPlansGiveEachPersonTheirOwnPagesNumberedFromOne() throws Exception {
        List<PlanPrintout> crew = List.of(PrintSamples.plan(PrintSamples.person("Ana Lima", "Engineer"), 1),
                PrintSamples.plan(PrintSamples.person("Bo Chen", "Designer"), 25),
                PrintSamples.plan(PrintSamples.person("Cy Diaz", "Tester"), 1));
        try (PdfReading pdf = read(crew, PaperSize.A4)) {
            assertThat(pdf.textOfPage(1)).contains("Development plan of Ana Lima", "Page 1 of 1")
                    .doesNotContain("Bo Chen");
            assertThat(pdf.textOfPage(2)).contains("Development plan of Bo Chen", "Page 1 of");
            assertThat(pdf.textOfPage(pdf.pages())).contains("Development plan of Cy Diaz", "Page 1 of 1")
                    .doesNotContain("Bo Chen");
        }
    }

    @Test
    void theChosenPaperSetsThePageSize() throws Exception {
        PlanPrintout printout = PrintSamples.plan(PrintSamples.person("Ana Lima", "Engineer"), 1);
        try (PdfReading letter = read(List.of(printout), PaperSize.LETTER);
             PdfReading a4 = read(List.of(printout), PaperSize.A4)) {
            assertThat(letter.glyphs().get(0).pageWidth()).isEqualTo(612f);
            assertThat(letter.glyphs().get(0).pageHeight()).isEqualTo(792f);
            assertThat(a4.glyphs().get(0).pageHeight()).isCloseTo(841.89f, org.assertj.core.data.Offset.offset(0.1f));
        }
    }

    private PdfReading read(List<PlanPrintout> printouts, PaperSize paper) throws Exception {
        return new PdfReading(PdfOutput.bytes(plans.document(printouts, paper)));
    }

    static void assertInsideThePage(List<PdfReading.Glyph> glyphs) {
        assertThat(glyphs).isNotEmpty().allSatisfy(glyph -> {
            assertThat(glyph.x()).as("left of %s", glyph.text()).isGreaterThanOrEqualTo(0);
            assertThat(glyph.x() + glyph.width()).as("right of %s", glyph.text()).isLessThanOrEqualTo(glyph.pageWidth());
            assertThat(glyph.y()).as("top of %s", glyph.text()).isGreaterThan(0).isLessThanOrEqualTo(glyph.pageHeight());
        });
    }
}
