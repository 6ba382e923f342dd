package org.trackwork.service;

import java.util.Objects;
import java.util.function.Consumer;

/** One user edit that can be undone: what it does to the workbook, what undoes it, and how the menu names it. */
public final class Edit {

    private final String description;
    private final Consumer<Workbook> apply;
    private final Consumer<Workbook> revert;

    private Edit(String description, Consumer<Workbook> apply, Consumer<Workbook> revert) {
        this.description = Objects.requireNonNull(description);
        this.apply = Objects.requireNonNull(apply);
        this.revert = Objects.requireNonNull(revert);
    }

    public static Edit of(String description, Consumer<Workbook> apply, Consumer<Workbook> revert) {
        return new Edit(description, apply, revert);
    }

    public String description() {
        return description;
    }

    void apply(Workbook workbook) {
        workbook.inTransaction(connection -> {
            apply.accept(workbook);
            return null;
        });
    }

    void revert(Workbook workbook) {
        workbook.inTransaction(connection -> {
            revert.accept(workbook);
            return null;
        });
    }
}
