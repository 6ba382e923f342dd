package org.trackwork.service;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Trackwork keeps the default workbook, its settings, backups and log: the platform's per-user data folder,
 * or the folder named by the {@code trackwork.home} system property or {@code TRACKWORK_HOME} variable.
 */
public final class DataFolder {

    private DataFolder() {
    }

    public static Path locate() {
        String override = System.getProperty("trackwork.home", System.getenv("TRACKWORK_HOME"));
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            return (appData != null ? Path.of(appData) : home.resolve("AppData/Roaming")).resolve("Trackwork");
        }
        if (os.contains("mac")) {
            return home.resolve("Library/Application Support/Trackwork");
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share")).resolve("trackwork");
    }

    public static Path defaultWorkbook(Path dataFolder) {
        return dataFolder.resolve("default.trackwork");
    }

    public static Path backups(Path dataFolder) {
        return dataFolder.resolve("backups");
    }

    /** Where File > Check Workbook writes what a repair set aside. */
    public static Path reports(Path dataFolder) {
        return dataFolder.resolve("reports");
    }

    public static Path log(Path dataFolder) {
        return dataFolder.resolve("trackwork.log");
    }

    public static Path settings(Path dataFolder) {
        return dataFolder.resolve("settings.json");
    }
}
