package org.trackwork.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.trackwork.service.WorkbookCheck;
import org.trackwork.store.WorkbookDiagnosis.Finding;
import org.trackwork.store.WorkbookDiagnosis.Kind;
import org.trackwork.store.WorkbookDiagnosis.Report;
import org.trackwork.store.WorkbookException;

/**
 * Trackwork without a window: {@code trackwork --check FILE}, {@code --version}, {@code --help}. Prints to standard
 * output and answers with an exit code, so that scripts can use it.
 */
public final class CommandLine {

    /** The exit codes of {@code --check}. */
    public static final int HEALTHY = 0;
    public static final int PROBLEMS = 1;
    public static final int NOT_A_WORKBOOK = 2;
    /** A call the command line does not know. */
    public static final int USAGE = 64;

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
            out.println("Trackwork " + version());
            return HEALTHY;
        }
        if (words.equals(List.of("--help")) || words.equals(List.of("-h"))) {
            help(out);
            return HEALTHY;
        }
        if (words.size() == 2 && words.get(0).equals("--check")) {
            return check(Path.of(words.get(1)));
        }
        err.println("Trackwork does not know " + String.join(" ", words) + ".");
        help(err);
        return USAGE;
    }

    /** The version of this build, from the jar's manifest; "development" when run from classes. */
    public static String version() {
        String version = CommandLine.class.getPackage().getImplementationVersion();
        return version == null ? "(development build)" : version;
    }

    private static void help(PrintStream to) {
        to.println("""
                Usage: trackwork [WORKBOOK]          open Trackwork, on WORKBOOK if given
                       trackwork --check WORKBOOK    check a workbook without changing it, and print a report
                       trackwork --version           print the version
                       trackwork --help              print this help

                --check exits with 0 when the workbook is healthy, 1 when it has problems (repair them with
                File > Check Workbook in Trackwork, or restore a backup), and 2 when the file is not a workbook
                Trackwork can read.""");
    }

    private int check(Path file) {
        out.println("Checking " + file.toAbsolutePath());
        Report report;
        try {
            report = WorkbookCheck.check(file);
        } catch (WorkbookException e) {
            out.println("Not a workbook Trackwork can check: " + notAWorkbook(e));
            return NOT_A_WORKBOOK;
        } catch (RuntimeException e) {
            out.println("Not a workbook Trackwork can check: it could not be read.");
            return NOT_A_WORKBOOK;
        }
        out.println("  Workbook version " + report.version());
        line("Damage (SQLite's integrity check)", report, Kind.DAMAGE, "none");
        line("Structure", report, Kind.STRUCTURE, "as Trackwork made it");
        line("Links between records", report, Kind.DANGLING_LINK, "all point at records that are there");
        if (report.recordsChecked()) {
            long unreadable = report.count(Kind.UNREADABLE);
            out.println("  Records: " + report.recordsRead() + " read"
                    + (unreadable == 0 ? ", all readable" : ", " + unreadable + " cannot be read"));
            list(report, Kind.UNREADABLE);
        } else {
            out.println("  Records: not checked, because of the problems above");
        }
        if (report.healthy()) {
            out.println("Result: healthy.");
            return HEALTHY;
        }
        out.println("Result: " + report.findings().size() + (report.findings().size() == 1 ? " problem" : " problems")
                + " found. " + (report.repairable()
                ? "Open the workbook in Trackwork and use File > Check Workbook to repair it, or restore a backup."
                : "Restore a backup with File > Restore from Backup in Trackwork."));
        return PROBLEMS;
    }

    private void line(String what, Report report, Kind kind, String fine) {
        long count = report.count(kind);
        out.println("  " + what + ": " + (count == 0 ? fine : count + (count == 1 ? " problem" : " problems")));
        list(report, kind);
    }

    private void list(Report report, Kind kind) {
        List<Finding> findings = report.findings().stream().filter(finding -> finding.kind() == kind).toList();
        findings.stream().limit(MOST_LISTED).forEach(finding -> out.println("    " + describe(finding)));
        if (findings.size() > MOST_LISTED) {
            out.println("    … and " + (findings.size() - MOST_LISTED) + " more");
        }
    }

    static String describe(Finding finding) {
        String where = finding.table().isEmpty() ? "" : finding.table() + " " + finding.key() + ": ";
        return where + switch (finding.reason()) {
            case DAMAGED -> finding.text();
            case EXTRA_OBJECT -> "another program added " + finding.text();
            case CHANGED_OBJECT -> "another program changed or removed " + finding.text();
            case POINTS_NOWHERE -> finding.column() + " points at a " + finding.text() + " that is not there"
                    + (finding.optionalLink() ? " (the link can be dropped)" : "");
            case MISSING -> (finding.column().isEmpty() ? "a required value" : finding.column()) + " is missing";
            case NOT_AN_ID -> finding.column() + " is not a valid id";
            case NOT_A_DATE -> finding.column() + " is not a date";
            case NOT_A_TIME -> finding.column() + " is not a time";
            case NOT_A_QUARTER -> finding.column() + " is not a quarter";
            case UNKNOWN_VALUE -> finding.column() + " holds a value Trackwork does not know";
            case REFUSED -> finding.text();
            case UNREADABLE -> "cannot be read";
        };
    }

    private static String notAWorkbook(WorkbookException e) {
        return switch (e.problem()) {
            case NOT_FOUND -> "there is no file at " + e.path() + ".";
            case FOLDER -> "it is a folder.";
            case NOT_READABLE -> "it may not be read.";
            case EMPTY -> "it is empty.";
            case NOT_SQLITE -> "it is not a database file at all.";
            case NOT_OURS -> "it is a database of another program.";
            case NEWER_VERSION -> "it was saved by a newer version of Trackwork (workbook version " + e.detail()
                    + ").";
            default -> e.problem().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ".";
        };
    }
}
