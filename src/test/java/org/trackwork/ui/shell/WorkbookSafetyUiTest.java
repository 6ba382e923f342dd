package org.trackwork.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.trackwork.domain.Person;
import org.trackwork.service.DataFolder;
import org.trackwork.service.Edit;
import org.trackwork.store.PersonRepository;
import org.trackwork.store.WorkbookFile;
import org.trackwork.ui.AppDriver;
import org.trackwork.ui.UiTestBase;

/**
 * What a user sees when a workbook is taken away, holds rows Trackwork cannot read, or cannot be saved: a message
 * in plain words at once, the way out offered, and nothing lost.
 */
class WorkbookSafetyUiTest extends UiTestBase {

    @Test
    void aWorkbookReplacedWhileOpenIsToldAtTheNextEditAndItsContentsAreRescuedIntoACopy() throws Exception {
        addPerson("Ada");
        Path open = DataFolder.defaultWorkbook(dataFolder);
        Path other = dataFolder.resolve("other.trackwork");
        try (WorkbookFile replacement = WorkbookFile.create(other)) {
            new PersonRepository(replacement).save(Person.newCrewMember("Of another team", ""));
        }
        Files.move(other, open, StandardCopyOption.REPLACE_EXISTING);
        byte[] replaced = Files.readAllBytes(open);

        clickOn("#newNameField").write("Grace").push(KeyCode.ENTER);
        driver.settle();
        assertThat(dialogText()).startsWith("default was replaced by another file while it was open")
                .contains("Save a Copy As");
        assertThat(lookup("#saveLabel").queryLabeled().getText())
                .isEqualTo("Not saving: default was replaced by another file");

        Path rescued = dataFolder.resolve("rescued.trackwork");
        driver.dialogs().willChoose(rescued);
        clickOn(dialogButton("Save a Copy As…"));
        driver.settle();
        assertThat(lookup("#workbookName").queryLabeled().getText()).isEqualTo("rescued");
        assertThat(crewNames()).containsExactly("Ada");
        assertThat(Files.readAllBytes(open)).isEqualTo(replaced);
        addPerson("Grace");
        assertThat(lookup("#saveLabel").queryLabeled().getText()).isEqualTo("All changes saved");
    }

    @Test
    void aWorkbookMovedWhileTheWindowWasAwayIsToldWhenItComesBackAndOpenedWhereItWent() throws Exception {
        addPerson("Ada");
        Path open = DataFolder.defaultWorkbook(dataFolder);
        Path moved = dataFolder.resolve("team.trackwork");
        Files.move(open, moved);
        // as when the window comes back to the front
        interact(() -> driver.app().session().checkInPlace());
        driver.settle();
        assertThat(dialogText()).startsWith("default was renamed or moved to team.trackwork while it was open");
        clickOn(dialogButton("Open it where it is now"));
        driver.settle();
        assertThat(lookup("#workbookName").queryLabeled().getText()).isEqualTo("team");
        assertThat(crewNames()).containsExactly("Ada");
        // the trouble was told about the workbook before: the status line is this one's
        assertThat(lookup("#saveLabel").queryLabeled().getText()).isEqualTo("All changes saved");
        addPerson("Grace");
        assertThat(lookup("#saveLabel").queryLabeled().getText()).isEqualTo("All changes saved");
    }

    @Test
    void rowsThatCannotBeReadAreLeftOutToldOnceAndRepairedByCheckWorkbook() throws Exception {
        driver.stop();
        Path path = dataFolder.resolve("team.trackwork");
        try (WorkbookFile workbook = WorkbookFile.create(path)) {
            new PersonRepository(workbook).save(Person.newCrewMember("Ada", "Engineer"));
        }
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + path);
             Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            statement.execute("INSERT INTO person (id, name, role, start_date, part_in_destination, is_manager,"
                    + " is_archived) VALUES ('" + UUID.randomUUID() + "', 'Bad date', '', 'x', '', 0, 0)");
            statement.execute("INSERT INTO task (id, quarter, title, description, board_column, position, goal_id,"
                    + " created_at) VALUES ('" + UUID.randomUUID() + "', '2026-Q4', 'Orphan', '', 'SURVEYED', 0, '"
                    + UUID.randomUUID() + "', '2026-11-01T00:00:00Z')");
        }
        driver = new AppDriver(dataFolder).start(path);
        clickOn("#crewNav");
        clickOn("#trackNav");
        clickOn("#crewNav");
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada");
        assertThat(driver.dialogs().errorNotifications()).containsExactly("1 item in team could not be read and is"
                + " left out: another program may have written it. File > Check Workbook… tells what is wrong and"
                + " can mend it.");

        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.K);
        driver.settle();
        assertThat(dialogText()).startsWith("team has 2 problems:")
                .contains("1 record links to records that are not there")
                .contains("1 record cannot be read, so it does not show");
        TextArea details = lookup("#dialogDetails").query();
        assertThat(details.getText()).contains("A crew member has a start date that is not a date.")
                .contains("A card links to a goal that is not there (goal id); the link can be dropped.");
        clickOn(dialogButton("Repair…"));
        assertThat(dialogText()).startsWith("Repair team? Trackwork first takes a backup.");
        clickOn(dialogButton("Repair"));
        driver.settle();
        assertThat(dialogText()).startsWith("Repaired team. A backup was taken first")
                .contains("1 link that led nowhere was dropped.")
                .contains("1 value that could not be read was emptied.")
                .contains("The report of what changed, with every record as it was: " + DataFolder.reports(dataFolder));
        clickOn(dialogButton("OK"));
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.K);
        driver.settle();
        assertThat(dialogText()).startsWith("team is healthy");
        clickOn(dialogButton("OK"));
        try (var reports = Files.list(DataFolder.reports(dataFolder))) {
            List<Path> written = reports.toList();
            assertThat(written).singleElement().satisfies(report ->
                    assertThat(Files.readString(report)).contains("\"table\" : \"person\"").contains("Bad date")
                            .contains("\"done\" : \"EMPTIED\"").contains("\"start_date\" : \"x\""));
        // the crew member stays, without the date that could not be read
        clickOn("#crewNav");
        driver.settle();
        assertThat(crewNames()).containsExactlyInAnyOrder("Ada", "Bad date");
        }
    }

    @Test
    void anEditThatFailsInAnyWayIsToldInWordsAndTheStatusLineDoesNotStayOnSaving() throws Exception {
        interact(() -> driver.app().session().edit(Edit.of("a fault", workbook -> {
            throw new StackOverflowError();
        }, workbook -> { })));
        driver.settle();
        assertThat(lookup("#saveLabel").queryLabeled().getText()).isEqualTo("Last change not saved — see the message");
        assertThat(driver.dialogs().errorNotifications()).singleElement().asString()
                .isEqualTo("Not saved: the workbook could not be written. Your earlier edits are safe; try again,"
                        + " or save a copy elsewhere.");
    }

    @Test
    void aDataFolderThatCannotBeMadeIsNamedWithWhatToDo() throws Exception {
        driver.stop();
        Path blocked = Files.writeString(dataFolder.resolve("not a folder"), "a file");
        driver = new AppDriver(blocked.resolve("trackwork")).start(null);
        assertThat(dialogText()).isEqualTo("Trackwork cannot create default.trackwork: the folder "
                + blocked.resolve("trackwork") + " may not be written. Choose a folder you may write, or make that"
                + " one writable. For Trackwork’s own data folder, set TRACKWORK_HOME to a folder you may write.");
        clickOn(dialogButton("OK"));
        driver.settle();
    }

    private void addPerson(String name) throws Exception {
        clickOn("#crewNav");
        clickOn("#newNameField").write(name).push(KeyCode.ENTER);
        driver.settle();
    }

}
