package org.trackwork.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the sample documents to a folder for looking at them (and for the README's picture):
 * {@code mvn -q -Pbench exec:java -Dexec.mainClass=org.trackwork.print.PrintPreview -Dexec.args=FOLDER}.
 */
public final class PrintPreview {

    private PrintPreview() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/print-preview"));
        DevelopmentPlanPdf plans = new DevelopmentPlanPdf(PrintSamples.WORDS, PrintSamples.TODAY);
        PdfOutput.write(plans.document(List.of(PrintSamples.plan(
                PrintSamples.person("Ana Lima", "Site reliability engineer"), 3)), PaperSize.A4),
                folder.resolve("short-plan.pdf"));
        PdfOutput.write(plans.document(List.of(PrintSamples.plan(
                PrintSamples.person("דנה לוי 王小明", "Platform engineer"), 40)), PaperSize.LETTER),
                folder.resolve("long-plan.pdf"));
        var ana = PrintSamples.person("Ana Lima", "");
        PdfOutput.write(new OneOnOneSummaryPdf(PrintSamples.WORDS, PrintSamples.TODAY).document(
                OneOnOneSummary.of(ana, "Maria Manager", PrintSamples.session(ana), List.of()), PaperSize.A4),
                folder.resolve("summary.pdf"));
    }
}
