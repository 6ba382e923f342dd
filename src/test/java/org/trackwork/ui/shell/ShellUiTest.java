package org.trackwork.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.trackwork.service.DataFolder;
import org.trackwork.service.WorkbookBackups;
import org.trackwork.store.OpenInAnotherProcess;
import org.trackwork.ui.UiTestBase;

class ShellUiTest extends UiTestBase {




    @Test
    void firstStartCreatesTheDefaultWorkbookAndShowsItsName() {
        assertThat(DataFolder.defaultWorkbook(dataFolder)).exists();
        assertThat(lookup("#workbookName").queryLabeled().getText()).isEqualTo("default");
        assertThat(lookup("#saveLabel").queryLabeled().getText()).isEqualTo("All changes saved");
    }

    @Test
    void switchingAreasShowsEachAreasContent() throws Exception {
        clickOn("#trackNav");
        driver.settle();
        assertThat(lookup("#listSURVEYED").tryQuery()).isPresent();
        assertThat(lookup("#headerSURVEYED").queryLabeled().getText()).isEqualTo("Surveyed (0)");
        push(KeyCode.CONTROL, KeyCode.DIGIT3);
        driver.settle();
        assertThat(lookup("#crewList").tryQuery()).isPresent();
        clickOn("#destinationNav");
        driver.settle();
        assertThat(lookup("#destinationTitle").queryLabeled().getText()).isEqualTo("No destination yet");
    }

    @Test
    void theSampleWorkbookOpensWithItsCrew() throws Exception {
        openSample();
        assertThat(lookup("#workbookName").queryLabeled().getText()).isEqualTo("sample");
        clickOn("#crewNav");
        driver.settle();
        assertThat(crewNames()).hasSize(16).contains("Maya Okafor");
        clickOn("#trackNav");
        driver.settle();
        int cards = lookup("#listSURVEYED").<ListView<?>>query().getItems().size()
                + lookup("#listLAYING").<ListView<?>>query().getItems().size()
                + lookup("#listLAID").<ListView<?>>query().getItems().size();
        assertThat(cards).isEqualTo(60);
        clickOn("#destinationNav");
        driver.settle();
        assertThat(lookup("#destinationTitle").queryLabeled().getText())
                .isEqualTo("Every new customer live within one day");
        assertThat(lookup("#planList").<ListView<?>>query().getItems()).isNotEmpty();
    }

    @Test
    void openingAFileThatIsNotAWorkbookSaysSoAndKeepsTheCurrentOne() throws Exception {
        clickOn("#crewNav");
        clickOn("#newNameField").write("Ada").push(KeyCode.ENTER);
        driver.settle();
        Path notes = Files.writeString(dataFolder.resolve("notes.trackwork"), "just some text");
        driver.dialogs().willChoose(notes);
        push(KeyCode.CONTROL, KeyCode.O);
        driver.settle();
        assertThat(dialogText()).contains("notes.trackwork is not a Trackwork workbook");
        clickOn(dialogButton("OK"));
        driver.settle();
        assertThat(Files.readString(notes)).isEqualTo("just some text");
        assertThat(lookup("#workbookName").queryLabeled().getText()).isEqualTo("default");
        assertThat(crewNames()).containsExactly("Ada");
    }

    @Test
    void aWorkbookHeldByAnotherWindowIsReportedAndNothingIsOpened() throws Exception {
        driver.stop();
        Path held = DataFolder.defaultWorkbook(dataFolder);
        Process other = OpenInAnotherProcess.start(held, true);
        try {
            assertThat(OpenInAnotherProcess.result(other)).isEqualTo("OPENED");
            driver.start(null);
            assertThat(dialogText()).contains("default.trackwork is open in another Trackwork window")
                    .contains("process " + other.pid());
            clickOn(dialogButton("OK"));
            driver.settle();
            assertThat(lookup("#workbookName").queryLabeled().getText()).isEqualTo("No workbook open");
            assertThat(lookup("#noWorkbookPane").query().isVisible()).isTrue();
        } finally {
            other.getOutputStream().close();
            other.waitFor();
        }
    }

    @Test
    void openingTheWorkbookThatIsOpenSaysSoAndKeepsItLockedAgainstOtherWindows() throws Exception {
        clickOn("#crewNav");
        clickOn("#newNameField").write("Ada").push(KeyCode.ENTER);
        driver.settle();
        Path open = DataFolder.defaultWorkbook(dataFolder);
        driver.dialogs().willChoose(open);
        push(KeyCode.CONTROL, KeyCode.O);
        driver.settle();
        assertThat(dialogText()).isEqualTo("default.trackwork is already open in this window.");
        clickOn(dialogButton("OK"));
        driver.settle();
        assertThat(OpenInAnotherProcess.tryOpen(open)).startsWith("IN_USE ");
        clickOn("#newNameField").write("Grace").push(KeyCode.ENTER);
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada", "Grace");
        assertThat(lookup("#saveLabel").queryLabeled().getText()).isEqualTo("All changes saved");
    }

    @Test
    void aBackupThatCannotBeTakenOnOpenIsToldToTheUser() throws Exception {
        driver.stop();
        Path backups = DataFolder.backups(dataFolder);
        // the first backup was taken when the default workbook was made
        try (var taken = Files.walk(backups)) {
            assertThat(taken.filter(file -> file.toString().endsWith(".trackwork")).count()).isEqualTo(1);
        }
        deleteTree(backups);
        Files.writeString(backups, "a file where the backups folder should be");
        driver.start(null);
        assertThat(lookup("#workbookName").queryLabeled().getText()).isEqualTo("default");
        assertThat(driver.dialogs().errorNotifications()).singleElement().asString()
                .startsWith("No backup of default was taken: the backups folder ")
                .contains(backups.toString()).contains("may not be written");
    }

    @Test
    void aReadThatFailsIsReportedAsNotReadRatherThanNotSaved() throws Exception {
        interact(() -> driver.app().session().read(workbook -> {
            throw new IllegalStateException("the disk went away");
        }, result -> { }));
        driver.settle();
        assertThat(driver.dialogs().errorNotifications()).singleElement().asString()
                .startsWith("Could not read the workbook: the file could not be read.");
        assertThat(lookup("#saveLabel").queryLabeled().getText()).isEqualTo("All changes saved");
    }

    @Test
    void savingACopyUnderANameTypedWithoutTheExtensionAsksBeforeReplacingTheFileOfThatName() throws Exception {
        Path existing = Files.writeString(dataFolder.resolve("copy.trackwork"), "an older file");
        driver.dialogs().willChoose(dataFolder.resolve("copy"));
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        assertThat(dialogText()).isEqualTo("A file named copy.trackwork already exists there. Replace it?");
        clickOn(dialogButton("Cancel"));
        driver.settle();
        assertThat(Files.readString(existing)).isEqualTo("an older file");

        driver.dialogs().willChoose(dataFolder.resolve("copy"));
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
        assertThat(dialogText()).contains("Replace it?");
        clickOn(dialogButton("Replace"));
        driver.settle();
        assertThat(driver.dialogs().notifications()).contains("Saved a copy as copy.trackwork.");
        org.trackwork.store.WorkbookFile.verifyCopy(existing);
    }

    @Test
    void savingACopyOverAWorkbookOpenInAnotherWindowIsRefused() throws Exception {
        Path other = dataFolder.resolve("other.trackwork");
        org.trackwork.store.WorkbookFile.create(other).close();
        byte[] before = Files.readAllBytes(other);
        Process holder = OpenInAnotherProcess.start(other, true);
        try {
            assertThat(OpenInAnotherProcess.result(holder)).isEqualTo("OPENED");
            driver.dialogs().willChoose(other);
            push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.S);
            driver.settle();
            assertThat(dialogText()).startsWith("The copy was not saved. other.trackwork is open in another "
                    + "Trackwork window");
            clickOn(dialogButton("OK"));
        } finally {
            holder.getOutputStream().close();
            holder.waitFor();
        }
        assertThat(Files.readAllBytes(other)).isEqualTo(before);
    }

    @Test
    void restoringABackupTakesTheWorkbookBackToWhenItWasOpened() throws Exception {
        for (String name : List.of("Ada", "Grace")) {
            clickOn("#crewNav");
            clickOn("#newNameField").write(name).push(KeyCode.ENTER);
            driver.settle();
            driver.stop();
            driver.start(null);
        }
        clickOn("#crewNav");
        clickOn("#newNameField").write("Linus").push(KeyCode.ENTER);
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada", "Grace", "Linus");

        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.R);
        driver.settle();
        List<Path> offered = offeredBackups();
        assertThat(offered).hasSizeGreaterThanOrEqualTo(2);
        assertThat(WorkbookBackups.takenAt(offered.get(0))).isAfter(WorkbookBackups.takenAt(offered.get(1)));
        assertThat(offered).isSortedAccordingTo(Comparator.comparing(WorkbookBackups::takenAt).reversed());
        assertThat(lookup(".dialog-pane .combo-box .list-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).anyMatch(text -> text != null && text.startsWith("Taken "));
        clickOn(dialogButton("OK"));
        assertThat(dialogText()).contains("Replace default with the backup taken");
        clickOn(dialogButton("Restore"));
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada", "Grace");
        assertThat(lookup("#workbookName").queryLabeled().getText()).isEqualTo("default");

        // the workbook as it was before the restore is one more backup, the newest
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.R);
        driver.settle();
        List<Path> afterwards = offeredBackups();
        assertThat(afterwards).hasSize(offered.size() + 1).containsAll(offered);
        assertThat(WorkbookBackups.takenAt(afterwards.get(0))).isAfter(WorkbookBackups.takenAt(offered.get(0)));
        clickOn(dialogButton("Cancel"));
        driver.settle();
        assertThat(crewNames()).containsExactly("Ada", "Grace");
    }

    /** File > New Sample Workbook, answering the file chooser with a file in the data folder. */
    private void openSample() throws Exception {
        driver.dialogs().willChoose(dataFolder.resolve("sample.trackwork"));
        push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.N);
        driver.settle();
    }

    @SuppressWarnings("unchecked")
    private List<Path> offeredBackups() {
        return List.copyOf(lookup(".dialog-pane .combo-box").<ComboBox<Path>>query().getItems());
    }

    /** A cell of an open popup list, such as a choice box's, and not one of the window behind it. */
    private Node popupCell(String text) {
        return lookup((Node node) -> node instanceof ListCell<?> cell && text.equals(cell.getText())
                && node.getScene().getWindow() instanceof PopupWindow).query();
    }

    private MenuItem menuItem(String id) {
        MenuBar bar = lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(menu -> menu.getItems().stream())
                .filter(item -> id.equals(item.getId())).findFirst().orElseThrow();
    }

    private Window mainWindow() {
        return lookup("#workbookName").query().getScene().getWindow();
    }


    /** Every text in a scene graph, including cells and skins. */
    private static List<String> texts(Parent root) {
        List<String> texts = new java.util.ArrayList<>();
        collect(root, texts);
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled labeled && labeled.getText() != null) {
            texts.add(labeled.getText());
        }
        if (node instanceof TextInputControl input) {
            texts.add(input.getText());
        }
        if (node instanceof javafx.scene.text.Text text) {
            texts.add(text.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }

    private static void deleteTree(Path root) throws Exception {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
