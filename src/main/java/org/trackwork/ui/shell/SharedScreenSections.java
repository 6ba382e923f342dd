package org.trackwork.ui.shell;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.ActionOwner;
import org.trackwork.domain.AgendaItem;
import org.trackwork.domain.DevelopmentAction;
import org.trackwork.domain.DevelopmentGoal;
import org.trackwork.domain.DevelopmentPlan;
import org.trackwork.domain.SharedOneOnOne;
import org.trackwork.service.SharedPersonView;
import org.trackwork.service.SharedPersonView.SharedRecognition;
import org.trackwork.service.SharedPersonView.SharedTask;
import org.trackwork.ui.common.Messages;

/**
 * Builds the read-only pages of a shared screen from a person's shared record: cards of plain labels, large enough
 * for a projector, and an empty state that says what to do wherever a list is empty.
 */
final class SharedScreenSections {

    private static final DateTimeFormatter DATE = Messages.dates(FormatStyle.MEDIUM);
    private static final DateTimeFormatter LONG_DATE = Messages.dates(FormatStyle.LONG);

    private SharedScreenSections() {
    }

    static List<Node> overview(SharedPersonView view) {
        FlowPane stats = new FlowPane(12, 8,
                stat("fth-check-square", Messages.get("shared.openActions", view.openActionItems())),
                stat("fth-calendar", view.lastOneOnOne()
                        .map(date -> Messages.get("shared.lastOneOnOne", DATE.format(date)))
                        .orElse(Messages.get("shared.lastOneOnOne.none"))));
        if (view.startDate() != null) {
            stats.getChildren().add(stat("fth-user", Messages.get("shared.since", DATE.format(view.startDate()))));
        }
        String quarter = view.quarter().toString();
        List<Node> goals = view.goals().stream().<Node>map(title -> line("fth-target", title)).toList();
        List<Node> tasks = view.tasks().stream().map(SharedScreenSections::task).toList();
        return List.of(stats,
                card(Messages.get("shared.part"), view.partInDestination().isBlank()
                        ? muted(Messages.get("shared.part.empty")) : wrapped(view.partInDestination())),
                card(Messages.get("shared.goals", quarter),
                        orEmpty(goals, Messages.get("shared.goals.empty", quarter))),
                card(Messages.get("shared.tasks", quarter),
                        orEmpty(tasks, Messages.get("shared.tasks.empty", quarter))));
    }

    static List<Node> plan(DevelopmentPlan plan) {
        List<Node> goals = plan.goals().stream().map(SharedScreenSections::developmentGoal).toList();
        return List.of(
                card(Messages.get("devplan.strengths"), textOrEmpty(plan.strengths())),
                card(Messages.get("devplan.growthAreas"), textOrEmpty(plan.growthAreas())),
                card(Messages.get("devplan.goals"), orEmpty(goals, Messages.get("shared.plan.goalsEmpty"))),
                card(Messages.get("devplan.support"), textOrEmpty(plan.supportNeeded())));
    }

    /** What the plan's status says, with the date it was agreed or reviewed on. */
    static String planStatus(DevelopmentPlan plan) {
        return switch (plan.status()) {
            case DRAFT -> Messages.get("devplan.status.DRAFT");
            case AGREED -> Messages.get("devplan.status.note.AGREED", DATE.format(plan.agreedOn()));
            case REVIEWED -> Messages.get("devplan.status.note.REVIEWED", DATE.format(plan.reviewedOn()));
        };
    }

    static List<Node> emptyPlan() {
        return List.of(emptyState("fth-compass", Messages.get("shared.plan.empty")));
    }

    static List<Node> oneOnOnes(SharedPersonView view) {
        if (view.oneOnOnes().isEmpty()) {
            return List.of(emptyState("fth-message-circle", Messages.get("shared.oneOnOnes.empty")));
        }
        return view.oneOnOnes().stream().map(session -> oneOnOne(session, view.name())).toList();
    }

    static List<Node> recognition(SharedPersonView view) {
        if (view.recognitions().isEmpty()) {
            return List.of(emptyState("fth-award", Messages.get("shared.recognition.empty")));
        }
        return view.recognitions().stream().map(SharedScreenSections::recognition).toList();
    }

    private static Node task(SharedTask task) {
        Label title = new Label(task.title(), icon("fth-square"));
        title.getStyleClass().add("shared-item-title");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        Label column = tag(Messages.get("column." + task.column().name()));
        HBox row = new HBox(10, title, spacer(), column);
        row.setAlignment(Pos.CENTER_LEFT);
        if (task.due() != null) {
            row.getChildren().add(muted(Messages.get("shared.task.due", DATE.format(task.due()))));
        }
        VBox box = new VBox(2, row);
        for (String hazard : task.blockedBy()) {
            Label blocked = new Label(Messages.get("shared.task.blocked", hazard), icon("fth-alert-triangle"));
            blocked.getStyleClass().add("blocked");
            blocked.setWrapText(true);
            box.getChildren().add(blocked);
        }
        return box;
    }

    private static Node developmentGoal(DevelopmentGoal goal) {
        String status = Messages.get("devplan.goalStatus." + goal.status().name());
        Label title = new Label(goal.title(), icon("fth-target"));
        title.getStyleClass().add("shared-item-title");
        title.setWrapText(true);
        HBox head = new HBox(10, title, spacer(), tag(status));
        head.setAlignment(Pos.CENTER_LEFT);
        if (goal.targetDate() != null) {
            head.getChildren().add(muted(Messages.get("shared.plan.target", DATE.format(goal.targetDate()))));
        }
        VBox box = new VBox(4, head);
        if (!goal.evidence().isBlank()) {
            box.getChildren().add(muted(goal.evidence()));
        }
        for (DevelopmentAction action : goal.actions()) {
            String kind = Messages.get("devplan.actionKind." + action.kind().name());
            String text = action.due() == null ? Messages.get("devplan.action.line", kind, action.description())
                    : Messages.get("devplan.action.lineDue", kind, action.description(), DATE.format(action.due()));
            box.getChildren().add(done(line(action.done() ? "fth-check-square" : "fth-square", text),
                    action.done()));
        }
        box.getStyleClass().add("shared-goal");
        return box;
    }

    private static Node oneOnOne(SharedOneOnOne session, String personName) {
        List<Node> body = new ArrayList<>();
        body.add(session.sharedNotes().isBlank() ? muted(Messages.get("shared.oneOnOne.notesEmpty"))
                : wrapped(session.sharedNotes()));
        if (!session.agenda().isEmpty()) {
            body.add(subheading(Messages.get("shared.oneOnOne.agenda")));
            for (AgendaItem item : session.agenda()) {
                String text = item.raisedByPerson() ? item.text() + "  ·  "
                        + Messages.get("shared.agenda.raised", personName) : item.text();
                body.add(line(item.discussed() ? "fth-check-circle" : "fth-circle", text));
            }
        }
        if (!session.actionItems().isEmpty()) {
            body.add(subheading(Messages.get("shared.oneOnOne.actions")));
            session.actionItems().forEach(item -> body.add(actionItem(item, personName)));
        }
        return card(LONG_DATE.format(session.date()), body.toArray(Node[]::new));
    }

    private static Node actionItem(ActionItem item, String personName) {
        String owner = item.owner() == ActionOwner.PERSON ? personName : Messages.get("shared.action.owner.MANAGER");
        Label text = line(item.done() ? "fth-check-square" : "fth-square", item.text());
        HBox row = new HBox(10, done(text, item.done()), spacer(), tag(owner));
        row.setAlignment(Pos.CENTER_LEFT);
        if (item.due() != null) {
            row.getChildren().add(muted(Messages.get("shared.action.due", DATE.format(item.due()))));
        }
        return row;
    }

    private static Node recognition(SharedRecognition recognition) {
        Label date = muted(LONG_DATE.format(recognition.on()));
        VBox box = new VBox(6, date, wrapped(recognition.what()));
        if (!recognition.goalTitle().isBlank()) {
            Label goal = new Label(Messages.get("shared.recognition.goal", recognition.goalTitle()),
                    icon("fth-target"));
            goal.getStyleClass().add("goal-tag");
            box.getChildren().add(goal);
        }
        HBox card = new HBox(14, icon("fth-award"), box);
        HBox.setHgrow(box, Priority.ALWAYS);
        card.getStyleClass().addAll("shared-card", "shared-recognition");
        return card;
    }

    private static VBox card(String title, Node... children) {
        VBox card = new VBox(8);
        card.getChildren().add(heading(title));
        card.getChildren().addAll(children);
        card.getStyleClass().add("shared-card");
        return card;
    }

    private static Node[] orEmpty(List<Node> items, String empty) {
        return items.isEmpty() ? new Node[] {muted(empty)} : items.toArray(Node[]::new);
    }

    private static Label textOrEmpty(String text) {
        return text.isBlank() ? muted(Messages.get("shared.plan.textEmpty")) : wrapped(text);
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("title-4");
        return label;
    }

    private static Label subheading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("shared-subheading");
        return label;
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add("shared-text");
        return label;
    }

    private static Label muted(String text) {
        Label label = wrapped(text);
        label.getStyleClass().add("text-muted");
        return label;
    }

    private static Label line(String iconLiteral, String text) {
        Label label = wrapped(text);
        label.setGraphic(icon(iconLiteral));
        label.setGraphicTextGap(8);
        return label;
    }

    private static Label tag(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("shared-tag");
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label done(Label label, boolean done) {
        if (done) {
            label.getStyleClass().add("shared-done");
        }
        return label;
    }

    private static Node stat(String iconLiteral, String text) {
        Label label = new Label(text, icon(iconLiteral));
        label.getStyleClass().add("shared-stat");
        label.setGraphicTextGap(8);
        return label;
    }

    private static Node emptyState(String iconLiteral, String text) {
        FontIcon icon = icon(iconLiteral);
        icon.getStyleClass().add("empty-state-icon");
        Label label = muted(text);
        VBox box = new VBox(12, icon, label);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private static Region spacer() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private static FontIcon icon(String literal) {
        return new FontIcon(literal);
    }
}
