package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Person;
import org.trackwork.store.WorkbookFile;

class UndoHistoryTest {

    @TempDir
    Path folder;
    private Workbook workbook;
    private final UndoHistory history = new UndoHistory();

    @BeforeEach
    void open() throws Exception {
        workbook = new Workbook(WorkbookFile.create(folder.resolve("team.trackwork")));
    }

    @AfterEach
    void close() {
        workbook.close();
    }

    @Test
    void undoRevertsTheLastEditAndRedoAppliesItAgain() {
        Person ada = Person.newCrewMember("Ada", "");
        UndoState afterAdd = history.perform(add(ada), workbook);
        assertThat(afterAdd).isEqualTo(new UndoState(Optional.of("add Ada"), Optional.empty()));
        assertThat(workbook.people().list()).containsExactly(ada);

        UndoState afterUndo = history.undo(workbook);
        assertThat(workbook.people().list()).isEmpty();
        assertThat(afterUndo).isEqualTo(new UndoState(Optional.empty(), Optional.of("add Ada")));

        history.redo(workbook);
        assertThat(workbook.people().list()).containsExactly(ada);
    }

    @Test
    void aNewEditClearsWhatCouldBeRedone() {
        Person ada = Person.newCrewMember("Ada", "");
        history.perform(add(ada), workbook);
        history.undo(workbook);
        history.perform(add(Person.newCrewMember("Grace", "")), workbook);
        assertThat(history.state().nextRedo()).isEmpty();
        assertThat(history.state().nextUndo()).contains("add Grace");
    }

    @Test
    void aFailingEditSavesNothingAndIsNotRecorded() {
        Person ada = Person.newCrewMember("Ada", "");
        Edit halfDone = Edit.of("broken", w -> {
            w.people().save(ada);
            throw new IllegalArgumentException("boom");
        }, w -> { });
        assertThatThrownBy(() -> history.perform(halfDone, workbook)).hasMessageContaining("boom");
        assertThat(workbook.people().list()).isEmpty();
        assertThat(history.state()).isEqualTo(UndoState.EMPTY);
    }

    @Test
    void undoReachesBackOnlyToTheLimit() {
        for (int i = 0; i < UndoHistory.LIMIT + 5; i++) {
            history.perform(add(Person.newCrewMember("P" + i, "")), workbook);
        }
        int undone = 0;
        while (history.state().nextUndo().isPresent()) {
            history.undo(workbook);
            undone++;
        }
        assertThat(undone).isEqualTo(UndoHistory.LIMIT);
        assertThat(workbook.people().list()).hasSize(5);
    }

    private static Edit add(Person person) {
        return Edit.of("add " + person.name(), w -> w.people().save(person), w -> w.people().delete(person.id()));
    }
}
