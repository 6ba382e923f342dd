package org.trackwork.ui.crew;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;
import org.trackwork.ui.common.SessionFixture;

class CrewViewModelTest {

    @TempDir
    Path folder;
    private SessionFixture fixture;
    private CrewViewModel crew;

    @BeforeEach
    void setUp() throws Exception {
        fixture = SessionFixture.empty(folder);
        crew = new CrewViewModel(fixture.session);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void addingSavesThePersonSelectsThemAndClearsTheField() {
        crew.newNameProperty().set("  Ada Lovelace ");
        assertThat(crew.add()).isTrue();
        assertThat(names()).containsExactly("Ada Lovelace");
        assertThat(crew.selected()).map(Person::name).contains("Ada Lovelace");
        assertThat(crew.newNameProperty().get()).isEmpty();
        assertThat(fixture.workbook().people().list()).extracting(Person::name).containsExactly("Ada Lovelace");
    }

    @Test
    void aBlankOrHugeNameIsNotSavedAndSaysWhy() {
        crew.newNameProperty().set("   ");
        assertThat(crew.add()).isFalse();
        assertThat(crew.newNameProblemProperty().get()).isEmpty();
        crew.newNameProperty().set("x".repeat(5_000_000));
        assertThat(crew.add()).isFalse();
        assertThat(crew.newNameProblemProperty().get()).contains("too long");
        assertThat(fixture.workbook().people().list()).isEmpty();
    }

    @Test
    void renameIsSavedAndUndoable() {
        crew.newNameProperty().set("Ada");
        crew.add();
        Person ada = crew.selected().orElseThrow();
        crew.rename(ada, "Ada King");
        assertThat(names()).containsExactly("Ada King");
        assertThat(fixture.session.undoStateProperty().get().nextUndo()).contains("rename Ada to Ada King");
        fixture.session.undo();
        assertThat(names()).containsExactly("Ada");
        fixture.session.redo();
        assertThat(names()).containsExactly("Ada King");
    }

    @Test
    void searchNarrowsTheRosterByNameOrRole() {
        for (String name : new String[] {"Ada", "Grace", "Linus"}) {
            crew.newNameProperty().set(name);
            crew.add();
        }
        fixture.session.searchTextProperty().set("GRA");
        assertThat(names()).containsExactly("Grace");
        fixture.session.searchTextProperty().set("");
        assertThat(names()).containsExactly("Ada", "Grace", "Linus");
    }

    @Test
    void removingAndUndoingBringsThePersonBack() {
        crew.newNameProperty().set("Linus");
        crew.add();
        crew.remove(crew.selected().orElseThrow());
        assertThat(names()).isEmpty();
        fixture.session.undo();
        assertThat(names()).containsExactly("Linus");
    }

    private java.util.List<String> names() {
        return crew.visiblePeople().stream().map(Person::name).toList();
    }
}
