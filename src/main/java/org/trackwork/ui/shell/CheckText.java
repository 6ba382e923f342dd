package org.trackwork.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.trackwork.service.WorkbookCheck;
import org.trackwork.store.WorkbookDiagnosis;
import org.trackwork.store.WorkbookDiagnosis.Finding;
import org.trackwork.store.WorkbookDiagnosis.Kind;
import org.trackwork.ui.common.Messages;

/** The words of the Check Workbook dialog: what was found, each finding in a line, and what a repair did. */
final class CheckText {

    private static final int MOST_LISTED = 100;

    private CheckText() {
    }

    /** One sentence per kind of problem found, under a heading that names the workbook. */
    static String summary(String workbook, WorkbookDiagnosis.Report report) {
        StringBuilder text = new StringBuilder(Messages.get("check.problems", workbook, report.findings().size()));
        for (Kind kind : Kind.values()) {
            long count = report.count(kind);
            if (count > 0) {
                text.append("\n• ").append(Messages.get("check.kind." + kind.name(), count));
            }
        }
        text.append("\n\n").append(Messages.get(report.repairable() ? "check.advice.repair" : "check.advice.restore"));
        return text.toString();
    }

    /** Every finding in a line of its own, for the dialog's details. */
    static String details(WorkbookDiagnosis.Report report) {
        List<Finding> findings = report.findings();
        String lines = findings.stream().limit(MOST_LISTED).map(CheckText::line).collect(Collectors.joining("\n"));
        return findings.size() > MOST_LISTED
                ? lines + "\n" + Messages.get("check.more", findings.size() - MOST_LISTED) : lines;
    }

    static String line(Finding finding) {
        String table = finding.table().isEmpty() ? "" : thing(finding.table());
        String column = finding.column().replace('_', ' ');
        return switch (finding.reason()) {
            case DAMAGED -> Messages.get("check.finding.DAMAGED");
            case EXTRA_OBJECT, CHANGED_OBJECT -> Messages.get("check.finding." + finding.reason().name(),
                    finding.text());
            case POINTS_NOWHERE -> finding.optionalLink()
                    ? Messages.get("check.finding.POINTS_NOWHERE.optional", table, thing(finding.text()), column)
                    : Messages.get("check.finding.POINTS_NOWHERE", table, thing(finding.text()));
            case REFUSED -> Messages.get("check.finding.REFUSED", table,
                    finding.refusal().map(Messages::of).orElse(""));
            default -> Messages.get("check.finding." + finding.reason().name(), table, column);
        };
    }

    /** A table as a user calls its records: "a card", "a crew member". */
    private static String thing(String table) {
        String key = "check.table." + table.toLowerCase(Locale.ROOT);
        return Messages.BUNDLE.containsKey(key) ? Messages.get(key) : table.replace('_', ' ');
    }

    static String repaired(String workbook, WorkbookCheck.Repaired repaired) {
        String report = repaired.report() == null ? ""
                : Messages.get("check.repaired.report", repaired.report().toString());
        return (Messages.get("check.repaired", workbook, repaired.backup().getFileName().toString(),
                repaired.linksDropped(), repaired.valuesEmptied(), repaired.recordsSetAside()) + report).strip()
                + (repaired.after().healthy() ? "" : "\n\n" + Messages.get("check.stillProblems",
                repaired.after().findings().size()));
    }
}
