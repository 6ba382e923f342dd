package org.trackwork.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** What Trackwork remembers between runs: the window, the theme and the workbooks opened last. */
public record Settings(double windowWidth, double windowHeight, boolean maximized, boolean darkTheme,
                       List<String> recentWorkbooks) {

    public static final int RECENT_LIMIT = 8;
    public static final Settings DEFAULTS = new Settings(1280, 800, false, false, List.of());

    public Settings {
        windowWidth = Math.max(640, windowWidth);
        windowHeight = Math.max(480, windowHeight);
        recentWorkbooks = recentWorkbooks == null ? List.of() : List.copyOf(recentWorkbooks);
    }

    /** The workbook opened last, if any. */
    public Path lastWorkbook() {
        return recentWorkbooks.isEmpty() ? null : Path.of(recentWorkbooks.get(0));
    }

    public Settings withOpened(Path workbook) {
        List<String> recent = new ArrayList<>(recentWorkbooks);
        String path = workbook.toAbsolutePath().toString();
        recent.remove(path);
        recent.add(0, path);
        return new Settings(windowWidth, windowHeight, maximized, darkTheme,
                recent.subList(0, Math.min(RECENT_LIMIT, recent.size())));
    }

    public Settings withWindow(double width, double height, boolean isMaximized) {
        return new Settings(width, height, isMaximized, darkTheme, recentWorkbooks);
    }

    public Settings withDarkTheme(boolean dark) {
        return new Settings(windowWidth, windowHeight, maximized, dark, recentWorkbooks);
    }
}
