package org.trackwork.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.Person;
import org.trackwork.domain.PlanStatus;

/**
 * The development plan as a document to hand over and sign: who and when, their part in the destination,
 * strengths and growth areas, goals with their actions, support needed, and lines to sign on.
 * It is built from the person and the plan only, so nothing private can reach it.
 */
public final class DevelopmentPlanPdf {

    private final Wording words;
    private final DateTimeFormatter dates;
    private final LocalDate printedOn;

    public DevelopmentPlanPdf(Wording words, LocalDate printedOn) {
        this.words = words;
        this.dates = words.dates(FormatStyle.MEDIUM);
        this.printedOn = printedOn;
    }

    /** One plan, or several with a page break between people, each numbering its own pages. */
    public PrintDocument document(List<PlanPrintout> plans, PaperSize paper) {
        String title = plans.size() == 1
                ? words.get("print.plan.title", plans.get(0).person().name(), plans.get(0).plan().period())
                : words.get("print.plans.title");
        return new PrintDocument(title, plans.stream().map(this::section).toList(), paper, false,
                (page, pages) -> words.get("print.footer.page", page, pages, dates.format(printedOn)));
    }

    /** One person's plan, starting on a page of its own. */
    public Section section(PlanPrintout printout) {
        Person person = printout.person();
        DevelopmentPlan plan = printout.plan();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(words.get("print.plan.heading", person.name()), 1));
        blocks.add(new Block.Fields(List.of(
                new Block.Field(words.get("print.plan.role"),
                        person.role().isBlank() ? words.get("crew.noRole") : person.role()),
                new Block.Field(words.get("print.plan.period"), plan.period()),
                new Block.Field(words.get("print.plan.status"), status(plan)),
                new Block.Field(words.get("print.plan.manager"),
                        printout.managerName().isBlank() ? "—" : printout.managerName()))));
        text(blocks, "print.plan.part", person.partInDestination());
        text(blocks, "devplan.strengths", plan.strengths());
        text(blocks, "devplan.growthAreas", plan.growthAreas());
        blocks.add(new Block.Heading(words.get("devplan.goals"), 2));
        blocks.add(goals(plan.goals()));
        text(blocks, "devplan.support", plan.supportNeeded());
        blocks.add(new Block.Signatures(List.of(
                printout.managerName().isBlank() ? words.get("crew.manager") : printout.managerName(),
                person.name()), words.get("print.signature"), words.get("print.signature.date")));
        return new Section(words.get("print.plan.footer", person.name(), plan.period()), blocks);
    }

    private void text(List<Block> blocks, String headingKey, String text) {
        blocks.add(new Block.Heading(words.get(headingKey), 2));
        blocks.add(new Block.Paragraph(text, words.get("print.notWritten")));
    }

    private String status(DevelopmentPlan plan) {
        String status = words.get("devplan.status." + plan.status().name());
        if (plan.status() == PlanStatus.AGREED) {
            return words.get("print.plan.statusOn", status, dates.format(plan.agreedOn()));
        }
        if (plan.status() == PlanStatus.REVIEWED) {
            return words.get("print.plan.statusOn", status, dates.format(plan.reviewedOn()));
        }
        return status;
    }

    private Block.Table goals(List<DevelopmentGoal> goals) {
        List<Block.Row> rows = new ArrayList<>();
        for (DevelopmentGoal goal : goals) {
            rows.add(new Block.Row(List.of(goal.title(), "", date(goal.targetDate()),
                    words.get("devplan.goalStatus." + goal.status().name())), true, false));
            if (!goal.evidence().isBlank()) {
                rows.add(new Block.Row(List.of(words.get("print.plan.evidence", goal.evidence()), "", "", ""),
                        false, true));
            }
            for (DevelopmentAction action : goal.actions()) {
                rows.add(new Block.Row(List.of(action.description(),
                        words.get("devplan.actionKind." + action.kind().name()), date(action.due()),
                        words.get(action.done() ? "print.action.done" : "print.action.open")), false, true));
            }
        }
        return new Block.Table(List.of(words.get("print.plan.column.goal"), words.get("print.plan.column.kind"),
                words.get("print.plan.column.date"), words.get("print.plan.column.status")),
                List.of(5.2f, 1.6f, 1.5f, 1.3f), rows, words.get("print.plan.noGoals"));
    }

    private String date(LocalDate date) {
        return date == null ? "—" : dates.format(date);
    }
}
