package org.trackwork.ui.destination;

/** One line of the quarter's plan: a goal, or one of its stations indented beneath it. */
public record GoalLine(String title, String detail, double progress, boolean station) {
}
