package org.trackwork.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ViewTest {

    private static final Path VIEWS = Path.of("src/main/resources/org/trackwork/ui");

    @Test
    void everyFxmlFileIsNamedInViewAndEveryNameIsAFile() throws Exception {
        List<String> files;
        try (Stream<Path> all = Files.walk(VIEWS)) {
            files = all.filter(path -> path.toString().endsWith(".fxml"))
                    .map(path -> VIEWS.relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
        List<String> named = Arrays.stream(View.values()).map(View::resource).sorted().toList();
        assertThat(named).isEqualTo(files);
    }
}
