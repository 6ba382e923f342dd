package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.Column;
import org.trackwork.service.RefusalWords;

class ColumnLimitRepositoryTest {

    @TempDir
    Path folder;
    private WorkbookFile file;
    private ColumnLimitRepository limits;

    @BeforeEach
    void createWorkbook() throws WorkbookException {
        file = WorkbookFile.create(folder.resolve("limits.trackwork"));
        limits = new ColumnLimitRepository(file);
    }

    @AfterEach
    void closeWorkbook() {
        file.close();
    }

    @Test
    void aNewWorkbookHasNoLimits() {
        assertThat(limits.limits()).isEmpty();
    }

    @Test
    void limitsAreKeptPerColumnAndSurviveReopening() throws WorkbookException {
        limits.setLimit(Column.LAYING, 3);
        limits.setLimit(Column.SURVEYED, 12);
        limits.setLimit(Column.LAYING, 4);

        file.close();
        file = WorkbookFile.open(file.path());

        assertThat(new ColumnLimitRepository(file).limits())
                .isEqualTo(Map.of(Column.SURVEYED, 12, Column.LAYING, 4));
    }

    @Test
    void nullRemovesALimitAndRemovingAMissingOneIsHarmless() {
        limits.setLimit(Column.LAYING, 3);
        limits.setLimit(Column.LAYING, null);
        limits.setLimit(Column.LAID, null);

        assertThat(limits.limits()).isEmpty();
    }

    @Test
    void aLimitBelowOneIsRefusedAndTheOldOneStays() {
        limits.setLimit(Column.LAYING, 2);

        assertThat(RefusalWords.of(() -> limits.setLimit(Column.LAYING, 0))).isEqualTo("A WIP limit is at least 1.");
        assertThat(RefusalWords.of(() -> limits.setLimit(Column.SURVEYED, -5)))
                .isEqualTo("A WIP limit is at least 1.");
        assertThat(limits.limits()).isEqualTo(Map.of(Column.LAYING, 2));
    }

    @Test
    void theSchemaRefusesALimitBelowOneEvenWithoutTheRepository() {
        assertThatThrownBy(() -> file.inTransaction(c -> file.sql(c).update(
                "INSERT INTO column_limit (board_column, wip_limit) VALUES (?, ?)", Column.LAID, 0)))
                .isInstanceOf(StoreException.class);
    }
}
