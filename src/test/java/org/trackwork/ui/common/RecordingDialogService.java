package org.trackwork.ui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Dialogs for view model tests: confirms as told, and records what would have been shown. */
public final class RecordingDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> notifications = new ArrayList<>();
    /** What {@link #showMessage} told. */
    public final List<String> messages = new ArrayList<>();
    public boolean confirmAnswer = true;
    /** The labels each choice offered, in order; the choice at {@link #chosenIndex} is taken. */
    public final List<List<String>> choiceLabels = new ArrayList<>();
    public int chosenIndex;
    /** The files the next file choosers answer with, in order; none left means the user cancelled. */
    public final Deque<Path> filesToChoose = new ArrayDeque<>();
    /** The progress messages shown so far, in order. */
    public final List<String> progress = new ArrayList<>();
    /** How full the progress bar was at each of those messages. */
    public final List<Double> progressFractions = new ArrayList<>();
    /** Cancels a progress window once it has shown this many updates; negative never cancels. */
    public int cancelAfterUpdates = -1;
    public int progressWindowsClosed;
    /** The messages {@link #ask} showed, and the answer it gives: the one at this index, none when out of range. */
    public final List<String> asked = new ArrayList<>();
    public int askAnswerIndex;

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void showMessage(String title, String message) {
        messages.add(message);
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        return confirmAnswer;
    }

    @Override
    public <T> Optional<T> ask(String title, String message, String details, List<T> answers,
                               Function<? super T, String> labelOf) {
        asked.add(message);
        return askAnswerIndex >= 0 && askAnswerIndex < answers.size() ? Optional.of(answers.get(askAnswerIndex))
                : Optional.empty();
    }

    /** What the user types into the next text questions, in order; none left: they cancel. */
    public final java.util.Deque<String> textAnswers = new java.util.ArrayDeque<>();
    /** What the text questions said was wrong with an answer, which then could not be confirmed. */
    public final List<String> textProblems = new java.util.ArrayList<>();

    @Override
    public Optional<String> askText(String title, String label, String initial, Function<String, String> validator) {
        String typed = textAnswers.poll();
        if (typed == null) {
            return Optional.empty();
        }
        String problem = validator.apply(typed);
        if (problem != null) {
            textProblems.add(problem);
            return Optional.empty();
        }
        return Optional.of(typed);
    }

    @Override
    public <T> Optional<T> choose(String title, String label, List<T> choices) {
        return choices.stream().findFirst();
    }

    @Override
    public <T> Optional<T> choose(String title, String label, List<T> choices,
                                  Function<? super T, String> labelOf) {
        choiceLabels.add(choices.stream().<String>map(labelOf::apply).toList());
        return chosenIndex < choices.size() ? Optional.of(choices.get(chosenIndex)) : Optional.empty();
    }

    @Override
    public <R> Optional<R> show(javafx.scene.control.Dialog<R> dialog) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String typeName, String extension) {
        return Optional.ofNullable(filesToChoose.poll());
    }

    @Override
    public ProgressHandle showProgress(String title, Runnable onCancel) {
        return new ProgressHandle() {
            @Override
            public void update(double fraction, String message) {
                progress.add(message);
                progressFractions.add(fraction);
                if (progress.size() == cancelAfterUpdates) {
                    onCancel.run();
                }
            }

            @Override
            public void close() {
                progressWindowsClosed++;
            }
        };
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(Path folder) {
        return Optional.empty();
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(String title, Path folder, String suggestedName) {
        return Optional.empty();
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
    }

    @Override
    public void notifyError(String message) {
        errors.add(message);
    }
}
