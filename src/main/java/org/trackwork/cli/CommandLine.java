package org.trackwork.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.trackwork.service.RefusalText;
import org.trackwork.service.WorkbookCheck;
import org.trackwork.store.WorkbookDiagnosis.Finding;
import org.trackwork.store.WorkbookDiagnosis.Kind;
import org.trackwork.store.WorkbookDiagnosis.Report;
import org.trackwork.store.WorkbookException;

/**
 * Trackwork without a window: {@code trackwork --check FILE}, {@code --version}, {@code --help}. Prints to standard
 * output and answers with an exit code, so that scripts can use it. Its words are in {@code cli/messages.properties}.
 */
public final class CommandLine {

    /** The exit codes of {@code --check}. */
    public static final int HEALTHY = 0;
    public static final int PROBLEMS = 1;
    public static final int NOT_A_WORKBOOK = 2;
    /** A call the command line does not know. */
    public static final int USAGE = 64;

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("org.trackwork.cli.messages");
    /** Numbers and dates are written as the user's locale writes them, in every sentence alike, as in the window. */
    private static final Locale LOCALE = Locale.getDefault(Locale.Category.FORMAT);
    private static final int MOST_LISTED = 50;

    private final PrintStream out;
    private final PrintStream err;

    public CommandLine(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** True when the arguments ask for the command line rather than a window. */
    public static boolean wants(String[] args) {
        return args.length > 0 && args[0].startsWith("--");
    }

    /** Runs the command the arguments name and returns the exit code. */
    public int run(String[] args) {
        List<String> words = List.of(args);
        if (words.equals(List.of("--version"))) {
            out.println(word("version", version()));
            return HEALTHY;
        }
        if (words.equals(List.of("--help")) || words.equals(List.of("-h"))) {
            out.println(word("usage"));
            return HEALTHY;
        }
        if (words.size() == 2 && words.get(0).equals("--check")) {
            return check(Path.of(words.get(1)));
        }
        err.println(word("unknown", String.join(" ", words)));
        err.println(word("usage"));
        return USAGE;
    }

    /** The version of this build, from the jar's manifest. */
    public static String version() {
        String version = CommandLine.class.getPackage().getImplementationVersion();
        return version == null ? word("version.development") : version;
    }

    private int check(Path file) {
        out.println(word("checking", file.toAbsolutePath()));
        Report report;
        try {
            report = WorkbookCheck.check(file);
        } catch (WorkbookException e) {
            out.println(word("notAWorkbook", notAWorkbook(e)));
            return NOT_A_WORKBOOK;
        } catch (RuntimeException e) {
            out.println(word("notAWorkbook", word("notAWorkbook.unreadable")));
            return NOT_A_WORKBOOK;
        }
        out.println(word("workbookVersion", report.version()));
        for (Kind kind : List.of(Kind.DAMAGE, Kind.STRUCTURE, Kind.DANGLING_LINK)) {
            long count = report.count(kind);
            out.println(word("section.line", word("section." + kind.name()),
                    count == 0 ? word("fine." + kind.name()) : word("problems", count)));
            list(report, kind);
        }
        if (report.recordsChecked()) {
            out.println(word("records", report.recordsRead(), report.count(Kind.UNREADABLE)));
            list(report, Kind.UNREADABLE);
        } else {
            out.println(word("records.notChecked"));
        }
        if (report.healthy()) {
            out.println(word("healthy"));
            return HEALTHY;
        }
        out.println(word("result", word("problems", report.findings().size()),
                word(report.repairable() ? "advice.repair" : "advice.restore")));
        return PROBLEMS;
    }

    private void list(Report report, Kind kind) {
        List<Finding> findings = report.findings().stream().filter(finding -> finding.kind() == kind).toList();
        findings.stream().limit(MOST_LISTED).forEach(finding -> out.println(word("finding", describe(finding))));
        if (findings.size() > MOST_LISTED) {
            out.println(word("more", findings.size() - MOST_LISTED));
        }
    }

    static String describe(Finding finding) {
        String key = "reason." + finding.reason().name();
        if (finding.reason() == org.trackwork.store.WorkbookDiagnosis.Reason.POINTS_NOWHERE
                && finding.optionalLink()) {
            key += ".optional";
        } else if (finding.reason() == org.trackwork.store.WorkbookDiagnosis.Reason.MISSING
                && finding.column().isEmpty()) {
            key += ".unnamed";
        } else if (finding.reason() == org.trackwork.store.WorkbookDiagnosis.Reason.DAMAGED
                && finding.text().isEmpty()) {
            key += ".unreadable";
        }
        String text = finding.refusal().map(refusal -> RefusalText.of(refusal, LOCALE)).orElse(finding.text());
        String what = word(key, text, finding.column());
        return finding.table().isEmpty() ? what : word("where", finding.table(), finding.key(), what);
    }

    private static String notAWorkbook(WorkbookException e) {
        String key = "notAWorkbook." + e.problem().name();
        return WORDS.containsKey(key) ? word(key, e.path(), e.detail()) : word("notAWorkbook.other");
    }

    private static String word(String key, Object... arguments) {
        return new MessageFormat(WORDS.getString(key), LOCALE).format(arguments);
    }
}
