package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsFileTest {

    @TempDir
    Path folder;

    @Test
    void settingsSurviveARoundTripOwnerOnly() throws Exception {
        Path file = folder.resolve("settings.json");
        Settings settings = Settings.DEFAULTS.withWindow(1400, 900, true).withDarkTheme(true)
                .withOpened(Path.of("/a/one.trackwork")).withOpened(Path.of("/b/two.trackwork")).withPaper("LETTER");
        new SettingsFile(file).save(settings);
        assertThat(new SettingsFile(file).load()).isEqualTo(settings);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void aSettingsFileFromBeforeThePaperWasRememberedStillLoadsWithNoPaper() throws Exception {
        Path file = Files.writeString(folder.resolve("settings.json"), """
                {"windowWidth": 1400, "windowHeight": 900, "maximized": true, "darkTheme": true,
                 "recentWorkbooks": ["/a/one.trackwork"]}""");
        Settings settings = new SettingsFile(file).load();
        assertThat(settings.darkTheme()).isTrue();
        assertThat(settings.lastWorkbook()).isEqualTo(Path.of("/a/one.trackwork"));
        assertThat(settings.paper()).isNull();
    }

    @Test
    void reopeningAWorkbookMovesItToTheTopWithoutDuplicates() {
        Settings settings = Settings.DEFAULTS.withOpened(Path.of("/a.trackwork")).withOpened(Path.of("/b.trackwork"))
                .withOpened(Path.of("/a.trackwork"));
        assertThat(settings.recentWorkbooks()).containsExactly("/a.trackwork", "/b.trackwork");
        assertThat(settings.lastWorkbook()).isEqualTo(Path.of("/a.trackwork"));
    }

    @Test
    void theRecentListIsBounded() {
        Settings settings = Settings.DEFAULTS;
        for (int i = 0; i < 20; i++) {
            settings = settings.withOpened(Path.of("/w" + i + ".trackwork"));
        }
        assertThat(settings.recentWorkbooks()).hasSize(Settings.RECENT_LIMIT).first().isEqualTo("/w19.trackwork");
    }

    @Test
    void aGarbledSettingsFileGivesTheDefaults() throws Exception {
        Path file = Files.writeString(folder.resolve("settings.json"), "{ not json");
        assertThat(new SettingsFile(file).load()).isEqualTo(Settings.DEFAULTS);
    }
}
