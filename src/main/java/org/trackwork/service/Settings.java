package org.trackwork.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What Trackwork remembers between runs: the window, the theme, the workbooks opened last and the paper.
 *
 * @param paper the name of the paper chosen in File > Paper Size; null until the user picks one (and in files
 *              written before it was remembered), so the locale decides
 */
public record Settings(double windowWidth, double windowHeight, boolean maximized, boolean darkTheme,
                       List<String> recentWorkbooks, String paper) {

    public static final int RECENT_LIMIT = 8;
    public static final Settings DEFAULTS = new Settings(1280, 800, false, false, List.of(), null);

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
                recent.subList(0, Math.min(RECENT_LIMIT, recent.size())), paper);
    }

    public Settings withWindow(double width, double height, boolean isMaximized) {
        return new Settings(width, height, isMaximized, darkTheme, recentWorkbooks, paper);
    }

    public Settings withDarkTheme(boolean dark) {
        return new Settings(windowWidth, windowHeight, maximized, dark, recentWorkbooks, paper);
    }

    public Settings withPaper(String paperName) {
        return new Settings(windowWidth, windowHeight, maximized, darkTheme, recentWorkbooks, paperName);
    }
}
