package org.trackwork.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.trackwork.service.Workbook;
import org.trackwork.ui.common.FxDialogService;

/**
 * The real dialogs, except the native file choosers, which a headless test cannot drive: those answer with the
 * paths a test queued, in order. Notifications are shown and also recorded, for tests to read.
 */
public final class TestDialogService extends FxDialogService {

    private final Deque<Path> chosenFiles = new ArrayDeque<>();
    private final List<String> notifications = new CopyOnWriteArrayList<>();
    private final List<String> errorNotifications = new CopyOnWriteArrayList<>();

    public TestDialogService(Supplier<Window> owner) {
        super(owner);
    }

    public void willChoose(Path path) {
        chosenFiles.add(path);
    }

    @Override
    public Optional<Path> chooseWorkbookToOpen(Path folder) {
        return Optional.ofNullable(chosenFiles.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String suggestedName, String typeName, String extension) {
        return Optional.ofNullable(chosenFiles.poll()).flatMap(path -> withExtension(title, path, extension));
    }

    @Override
    public Optional<Path> chooseWorkbookToSave(String title, Path folder, String suggestedName) {
        return Optional.ofNullable(chosenFiles.poll())
                .flatMap(path -> withExtension(title, path, Workbook.EXTENSION));
    }

    @Override
    public void notify(String message) {
        notifications.add(message);
        super.notify(message);
    }

    @Override
    public void notifyError(String message) {
        errorNotifications.add(message);
        super.notifyError(message);
    }

    /** The notifications shown so far, in order. */
    public List<String> notifications() {
        return List.copyOf(notifications);
    }

    /** The error notifications shown so far, in order. */
    public List<String> errorNotifications() {
        return List.copyOf(errorNotifications);
    }
}
