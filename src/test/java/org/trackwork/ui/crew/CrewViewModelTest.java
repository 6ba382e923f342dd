package org.trackwork.ui.crew;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;
import org.trackwork.domain.Recognition;
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

    @Test
    void archivingHidesThePersonUntilArchivedAreShownAndRestoringBringsThemBack() {
        for (String name : new String[] {"Ada", "Grace"}) {
            crew.newNameProperty().set(name);
            crew.add();
        }
        Person grace = person("Grace");
        crew.archive(grace);
        assertThat(names()).containsExactly("Ada");
        assertThat(fixture.workbook().people().find(grace.id())).map(Person::archived).contains(true);
        assertThat(fixture.session.undoStateProperty().get().nextUndo()).contains("archive Grace");

        crew.showArchivedProperty().set(true);
        assertThat(names()).containsExactly("Ada", "Grace");
        Person archived = person("Grace");
        assertThat(archived.archived()).isTrue();
        crew.restore(archived);
        assertThat(crew.selected()).map(Person::name).contains("Grace");
        crew.showArchivedProperty().set(false);
        assertThat(names()).containsExactly("Ada", "Grace");
        assertThat(fixture.workbook().people().find(grace.id())).map(Person::archived).contains(false);
    }

    @Test
    void archiveAndRestoreAreUndoable() {
        crew.newNameProperty().set("Linus");
        crew.add();
        crew.archiveOrRestoreSelected();
        assertThat(names()).isEmpty();
        fixture.session.undo();
        assertThat(names()).containsExactly("Linus");
        fixture.session.redo();
        assertThat(names()).isEmpty();

        crew.showArchivedProperty().set(true);
        crew.restore(person("Linus"));
        assertThat(person("Linus").archived()).isFalse();
        fixture.session.undo();
        assertThat(person("Linus").archived()).isTrue();
    }

    @Test
    void eachRowSaysHowLongAgoThePersonWasRecognisedAndMarksThoseDueByTheFixedClock() {
        LocalDate today = LocalDate.now(SessionFixture.CLOCK);
        for (String name : new String[] {"Ada", "Grace", "Linus", "Maya", "Noor"}) {
            crew.newNameProperty().set(name);
            crew.add();
        }
        recognise("Ada", today);
        recognise("Grace", today.minusDays(12));
        recognise("Grace", today.minusDays(50));
        recognise("Linus", today.minusDays(31));
        recognise("Maya", today.minusDays(30));
        crew.reload();

        assertThat(crew.recognitionText(person("Ada"))).isEqualTo("recognised today");
        assertThat(crew.recognitionText(person("Grace"))).isEqualTo("recognised 12 days ago");
        assertThat(crew.recognitionText(person("Linus"))).isEqualTo("recognised 31 days ago");
        assertThat(crew.recognitionText(person("Noor"))).isEqualTo("not recognised yet");
        assertThat(crew.recognitionDue(person("Ada"))).isFalse();
        assertThat(crew.recognitionDue(person("Grace"))).isFalse();
        assertThat(crew.recognitionDue(person("Maya"))).isFalse();
        assertThat(crew.recognitionDue(person("Linus"))).isTrue();
        assertThat(crew.recognitionDue(person("Noor"))).isTrue();
    }

    private void recognise(String name, LocalDate on) {
        fixture.workbook().recognitions().save(new Recognition(UUID.randomUUID(), person(name).id(), on,
                "Helped out", null));
    }

    private Person person(String name) {
        return crew.visiblePeople().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
