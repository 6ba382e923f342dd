package org.trackwork.service;

import java.util.Objects;
import java.util.function.BiConsumer;
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

    /**
     * The edit that saves {@code after} in place of {@code before}; undo saves {@code before} back, or deletes
     * {@code after} when there was nothing before.
     */
    public static <T> Edit replacing(String description, T before, T after, BiConsumer<Workbook, T> save,
                                     BiConsumer<Workbook, T> delete) {
        Objects.requireNonNull(after);
        return new Edit(description, workbook -> save.accept(workbook, after), workbook -> {
            if (before == null) {
                delete.accept(workbook, after);
            } else {
                save.accept(workbook, before);
            }
        });
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
