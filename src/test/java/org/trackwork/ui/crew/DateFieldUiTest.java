package org.trackwork.ui.crew;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.trackwork.domain.Person;
import org.trackwork.ui.UiTestBase;

/** A date typed that is no date, or a day the calendar lacks, is said under the field and saves nothing. */
class DateFieldUiTest extends UiTestBase {

    @BeforeEach
    void addAPerson() throws Exception {
        clickOn("#crewNav");
        clickOn("#newNameField").write("Ada Lovelace").push(KeyCode.ENTER);
        driver.settle();
    }

    @Test
    void anImpossibleStartDateIsRefusedUnderTheFieldAndNothingIsSaved() throws Exception {
        DatePicker start = lookup("#personStartField").query();
        clickOn(start.getEditor()).write("2/30/2026").push(KeyCode.TAB);
        driver.settle();
        Label problem = lookup("#personStartProblem").query();
        assertThat(problem.isVisible()).isTrue();
        assertThat(problem.getText()).isEqualTo("“2/30/2026” is not a day of the calendar: check the day and the month.");
        assertThat(start.getEditor().getText()).isEqualTo("2/30/2026");
        assertThat(start.getValue()).isNull();
        assertThat(storedStartDate()).isNull();

        doubleClickOn(start.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("x").push(KeyCode.TAB);
        driver.settle();
        assertThat(problem.getText()).isEqualTo("“x” is not a date. Write it like 12/31/2026.");
        assertThat(storedStartDate()).isNull();

        doubleClickOn(start.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("3/4/2025").push(KeyCode.TAB);
        driver.settle();
        assertThat(problem.isVisible()).isFalse();
        assertThat(storedStartDate()).isEqualTo(LocalDate.of(2025, 3, 4));

        driver.stop();
        driver.start(null);
        clickOn("#crewNav");
        clickOn("Ada Lovelace");
        driver.settle();
        assertThat(lookup("#personStartField").<DatePicker>query().getEditor().getText()).isEqualTo("3/4/2025");
    }

    @Test
    void aDialogWithAnImpossibleDateCannotBeConfirmed() throws Exception {
        push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);
        driver.settle();
        clickOn("#recognitionWhatField").write("A calm release");
        DatePicker on = lookup("#recognitionDateField").query();
        doubleClickOn(on.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("2/30/2026").push(KeyCode.TAB);
        driver.settle();
        assertThat(dialogButton("Recognise").isDisabled()).isTrue();
        assertThat(lookup("#formProblem").queryLabeled().getText()).contains("is not a day of the calendar");
        doubleClickOn(on.getEditor()).push(KeyCode.CONTROL, KeyCode.A).write("11/20/2026").push(KeyCode.TAB);
        driver.settle();
        assertThat(dialogButton("Recognise").isDisabled()).isFalse();
        clickOn(dialogButton("Recognise"));
        driver.settle();
        assertThat(driver.app().session().workbook().recognitions().list()).singleElement()
                .satisfies(recognition -> assertThat(recognition.on()).isEqualTo(LocalDate.of(2026, 11, 20)));
    }

    private LocalDate storedStartDate() {
        Person stored = driver.app().session().workbook().people().list().get(0);
        return stored.startDate();
    }
}
