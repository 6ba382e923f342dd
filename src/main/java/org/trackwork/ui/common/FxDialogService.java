package org.trackwork.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.trackwork.service.Workbook;

/** Dialogs on the JavaFX stage, owned by the main window. */
public class FxDialogService implements DialogService {

    /** About as many characters as a notification shows in one line. */
    private static final int NOTIFICATION_LINE = 64;

    private static final Duration ERROR_SHOWN = Duration.seconds(10);

    private final Supplier<Window> owner;
    private String lastError;
    private long lastErrorAt;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        tell(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showMessage(String title, String message) {
        tell(Alert.AlertType.INFORMATION, title, message);
    }

    /** A message with an OK button, its whole text shown however long. */
    private void tell(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ButtonType.OK);
        prepare(alert, title);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.showAndWait();
    }

    @Override
    public boolean confirm(String title, String message, String confirmButton) {
        ButtonType confirm = new ButtonType(confirmButton, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel);
        prepare(alert, title);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public <T> Optional<T> ask(String title, String message, String details, List<T> answers,
                               Function<? super T, String> labelOf) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        prepare(alert, title);
        alert.setContentText(message);
        alert.getDialogPane().setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        // room for three buttons with their whole words
        alert.getDialogPane().setPrefWidth(680);
        alert.getButtonTypes().clear();
        java.util.Map<ButtonType, T> byButton = new java.util.LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            T answer = answers.get(i);
            ButtonBar.ButtonData data = i == 0 ? ButtonBar.ButtonData.OK_DONE
                    : i == answers.size() - 1 && answers.size() > 1 ? ButtonBar.ButtonData.CANCEL_CLOSE
                    : ButtonBar.ButtonData.OTHER;
            ButtonType button = new ButtonType(labelOf.apply(answer), data);
            byButton.put(button, answer);
            alert.getButtonTypes().add(button);
        }
        // each button as wide as its words: a uniform width cut the longest one short
        byButton.keySet().forEach(type -> {
            javafx.scene.Node button = alert.getDialogPane().lookupButton(type);
            ButtonBar.setButtonUniformSize(button, false);
            if (button instanceof javafx.scene.control.Button labelled) {
                labelled.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            }
        });
        if (!details.isBlank()) {
            javafx.scene.control.TextArea area = new javafx.scene.control.TextArea(details);
            area.setId("dialogDetails");
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(12, (int) details.lines().count() + 1));
            alert.getDialogPane().setExpandableContent(area);
            alert.getDialogPane().setExpanded(true);
        }
        return alert.showAndWait().map(byButton::get);
    }

    @Override
    public Optional<String> askText(String title, String label, String initial,
                                    Function<String, String> validator) {
        Dialog<String> dialog = new Dialog<>();
        prepare(dialog, title);
        TextField field = new TextField(initial);
        field.setId("dialogTextField");
        field.setPrefColumnCount(30);
        Label problem = new Label();
        problem.getStyleClass().add("validation-message");
        VBox content = new VBox(8, new Label(label), field, problem);
        content.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        ValidationSupport validation = new ValidationSupport();
        validation.registerValidator(field, Validator.<String>createPredicateValidator(
                text -> validator.apply(text) == null, Messages.get("validation.invalid")));
        field.textProperty().addListener((observable, old, text) -> problem.setText(
                Optional.ofNullable(validator.apply(text)).orElse("")));
        problem.setText(Optional.ofNullable(validator.apply(initial)).orElse(""));
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(validation.invalidProperty());
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        dialog.setOnShown(event -> field.requestFocus());
        return dialog.showAndWait();
    }

    @Override
    public <T> Optional<T> choose(String title, String label, List<T> choices,
                                  Function<? super T, String> labelOf) {
        Dialog<T> dialog = new Dialog<>();
        prepare(dialog, title);
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setConverter(Choices.converter(labelOf::apply));
        box.getSelectionModel().selectFirst();
        box.setMaxWidth(Double.MAX_VALUE);
        VBox content = new VBox(8, new Label(label), box);
        content.setAlignment(Pos.CENTER_LEFT);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(box.valueProperty().isNull());
        dialog.setResultConverter(button -> button == ButtonType.OK ? box.getValue() : null);
        dialog.setOnShown(event -> box.requestFocus());
        return dialog.showAndWait();
    }

    @Override
    public <R> Optional<R> show(Dialog<R> dialog) {
        if (dialog.getOwner() == null) {
            dialog.initOwner(owner.get());
        }
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String typeName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(typeName, "*" + extension));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath)
                .flatMap(path -> withExtension(title, path, extension));
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(Path folder) {
        FileChooser chooser = workbookChooser(Messages.get("file.open.title"), folder);
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(String title, Path folder, String suggestedName) {
        FileChooser chooser = workbookChooser(title, folder);
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath)
                .flatMap(path -> withExtension(title, path, Workbook.EXTENSION));
    }

    /**
     * The chosen path, with the extension added when it was typed without. The native chooser asked about
     * replacing only the name as typed, so a file that has the name with the extension is asked about here.
     */
    protected Optional<Path> withExtension(String title, Path chosen, String extension) {
        if (chosen.getFileName().toString().endsWith(extension)) {
            return Optional.of(chosen);
        }
        Path named = chosen.resolveSibling(chosen.getFileName() + extension);
        if (Files.exists(named) && !confirm(title, Messages.get("file.replace.message", named.getFileName()),
                Messages.get("file.replace.button"))) {
            return Optional.empty();
        }
        return Optional.of(named);
    }

    @Override
    public ProgressHandle showProgress(String title, Runnable onCancel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        prepare(dialog, title);
        ProgressBar bar = new ProgressBar(0);
        bar.setId("progressBar");
        bar.setPrefWidth(380);
        Label message = new Label();
        message.setId("progressMessage");
        dialog.getDialogPane().setContent(new VBox(8, message, bar));
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        AtomicBoolean ended = new AtomicBoolean();
        dialog.setOnHidden(event -> {
            if (ended.compareAndSet(false, true)) {
                onCancel.run();
            }
        });
        dialog.show();
        return new ProgressHandle() {
            @Override
            public void update(double fraction, String text) {
                Platform.runLater(() -> {
                    bar.setProgress(fraction);
                    message.setText(text);
                });
            }

            @Override
            public void close() {
                ended.set(true);
                Platform.runLater(dialog::close);
            }
        };
    }

    @Override
    public void notify(String message) {
        notification(message).showInformation();
    }

    /**
     * An error told again while the same one still shows (edit after edit on a full disk) is not stacked on top of
     * it a second time.
     */
    @Override
    public void notifyError(String message) {
        long now = System.nanoTime();
        if (message.equals(lastError) && now - lastErrorAt < ERROR_SHOWN.toMillis() * 1_000_000L) {
            return;
        }
        lastError = message;
        lastErrorAt = now;
        notification(message).hideAfter(ERROR_SHOWN).showError();
    }

    private Notifications notification(String message) {
        return Notifications.create().owner(owner.get()).text(wrapped(message, NOTIFICATION_LINE))
                .hideAfter(Duration.seconds(5));
    }

    /**
     * Breaks a long message into lines at spaces: a notification's label does not wrap by itself, and a long one
     * would run past the window's edge.
     */
    static String wrapped(String message, int width) {
        StringBuilder text = new StringBuilder();
        int lineStart = 0;
        for (String word : message.split(" ")) {
            if (text.length() > lineStart && text.length() - lineStart + word.length() >= width) {
                text.append('\n');
                lineStart = text.length();
            } else if (text.length() > lineStart) {
                text.append(' ');
            }
            text.append(word);
        }
        return text.toString();
    }

    private FileChooser workbookChooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(Messages.get("file.filter.workbooks"), "*" + Workbook.EXTENSION),
                new FileChooser.ExtensionFilter(Messages.get("file.filter.all"), "*"));
        if (folder != null && Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private void prepare(Dialog<?> dialog, String title) {
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setResizable(true);
    }
}
