package org.trackwork.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.trackwork.store.OwnerOnly;

/** Reads and writes {@link Settings} as JSON; written to a temporary file and moved into place. */
public final class SettingsFile {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsFile.class);
    private final Path file;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public SettingsFile(Path file) {
        this.file = file;
    }

    /** The saved settings; defaults when there are none or they cannot be read. */
    public Settings load() {
        if (!Files.isRegularFile(file)) {
            return Settings.DEFAULTS;
        }
        try {
            return json.readValue(file.toFile(), Settings.class);
        } catch (IOException e) {
            LOG.warn("Settings unreadable, using defaults: {}", e.getMessage());
            return Settings.DEFAULTS;
        }
    }

    public void save(Settings settings) {
        try {
            OwnerOnly.createFolders(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            OwnerOnly.createFile(temporary);
            json.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), settings);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Settings not saved: {}", e.getMessage());
        }
    }
}
