package org.trackwork;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.trackwork.service.DataFolder;
import org.trackwork.ui.common.DialogService;
import org.trackwork.ui.common.FxDialogService;

/**
 * What the app takes from outside: where its data folder is, which workbook to open (null for the usual one), the
 * clock, and how dialogs are shown. Tests pass their own.
 */
public record AppEnvironment(Path dataFolder, Path workbook, Clock clock,
                             Function<Supplier<Window>, DialogService> dialogs) {

    public static AppEnvironment fromSystem() {
        return new AppEnvironment(DataFolder.locate(), null, Clock.systemDefaultZone(), FxDialogService::new);
    }
}
