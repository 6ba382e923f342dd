package org.trackwork.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
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

    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
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
    public <T> Optional<T> choose(String title, String label, List<T> choices) {
        ChoiceDialog<T> dialog = new ChoiceDialog<>(choices.isEmpty() ? null : choices.get(0), choices);
        prepare(dialog, title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        return dialog.showAndWait();
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
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath).map(path ->
                path.getFileName().toString().endsWith(Workbook.EXTENSION)
                        ? path : path.resolveSibling(path.getFileName() + Workbook.EXTENSION));
    }

    @Override
    public void notify(String message) {
        notification(message).showInformation();
    }

    @Override
    public void notifyError(String message) {
        notification(message).hideAfter(Duration.seconds(10)).showError();
    }

    private Notifications notification(String message) {
        return Notifications.create().owner(owner.get()).text(message).hideAfter(Duration.seconds(5));
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
