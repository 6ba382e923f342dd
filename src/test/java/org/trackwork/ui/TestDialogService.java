package org.trackwork.ui;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.trackwork.ui.common.FxDialogService;

/**
 * The real dialogs, except the native file choosers, which a headless test cannot drive: those answer with the
 * paths a test queued, in order.
 */
public final class TestDialogService extends FxDialogService {

    private final Deque<Path> chosenFiles = new ArrayDeque<>();

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
    public Optional<Path> chooseWorkbookToSave(String title, Path folder, String suggestedName) {
        return Optional.ofNullable(chosenFiles.poll());
    }
}
