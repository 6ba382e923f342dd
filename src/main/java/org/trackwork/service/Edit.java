package org.trackwork.service;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.trackwork.domain.Refusal;

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

    /**
     * The edit that saves {@code after}; undo puts back the record of that id as it was stored when the edit ran
     * (not as the view last showed it, which a save from elsewhere may since have changed), or deletes {@code after}
     * when there was none.
     *
     * @param findStored reads the stored record of {@code after}'s id
     */
    public static <T> Edit storing(String description, T after, Function<Workbook, Optional<T>> findStored,
                                   BiConsumer<Workbook, T> save, BiConsumer<Workbook, T> delete) {
        Objects.requireNonNull(after);
        AtomicReference<T> before = new AtomicReference<>();
        return new Edit(description, workbook -> {
            before.set(findStored.apply(workbook).orElse(null));
            save.accept(workbook, after);
        }, workbook -> {
            if (before.get() == null) {
                delete.accept(workbook, after);
            } else {
                save.accept(workbook, before.get());
            }
        });
    }

    /**
     * The edit that applies {@code change} to a record as stored when the edit runs, not as last shown (so two quick
     * edits of different fields do not undo each other), and whose undo saves the record back exactly as it was.
     *
     * @param find reads the record
     * @param gone the key of the refusal to say when the record is no longer there
     */
    public static <T> Edit changing(String description, Function<Workbook, Optional<T>> find,
                                    BiConsumer<Workbook, T> save, UnaryOperator<T> change, String gone) {
        AtomicReference<T> before = new AtomicReference<>();
        return new Edit(description, workbook -> {
            before.set(find.apply(workbook).orElseThrow(() -> new Refusal(gone)));
            save.accept(workbook, change.apply(before.get()));
        }, workbook -> save.accept(workbook, before.get()));
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
