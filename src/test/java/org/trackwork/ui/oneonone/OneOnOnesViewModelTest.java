package org.trackwork.ui.oneonone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.ActionItem;
import org.trackwork.domain.ActionOwner;
import org.trackwork.domain.Column;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.domain.Quarter;
import org.trackwork.domain.Task;
import org.trackwork.service.TaskRemoval;
import org.trackwork.ui.common.SessionFixture;
import org.trackwork.ui.crew.CrewViewModel;

class OneOnOnesViewModelTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 11, 13);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path folder;
    private SessionFixture fixture;
    private CrewViewModel crew;
    private OneOnOnesViewModel sessions;
    private Person ada;

    @BeforeEach
    void setUp() throws Exception {
        fixture = SessionFixture.empty(folder);
        crew = new CrewViewModel(fixture.session);
        sessions = crew.person().oneOnOnes();
        crew.newNameProperty().set("Ada Lovelace");
        crew.add();
        ada = crew.selected().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    @Test
    void openActionItemsOfEarlierSessionsStandOnTheNextAgendaUntilTheyAreDone() {
        assertThat(sessions.startSession(FIRST, false)).isTrue();
        ActionItem draft = item("Send the draft", ActionOwner.PERSON, null);
        ActionItem review = item("Book the review", ActionOwner.MANAGER, TODAY);
        ActionItem closed = item("Read the RFC", ActionOwner.PERSON, null);
        sessions.addActionItem(draft);
        sessions.addActionItem(review);
        sessions.addActionItem(closed);
        sessions.markDone(sessions.sessionProperty().get().id(), storedItem(closed), true);
        UUID firstId = sessions.sessionProperty().get().id();

        assertThat(sessions.startSession(TODAY, false)).isTrue();

        OneOnOne next = sessions.sessionProperty().get();
        assertThat(next.date()).isEqualTo(TODAY);
        assertThat(next.actionItems()).isEmpty();
        assertThat(sessions.agenda()).extracting(AgendaRow::text).containsExactly("Send the draft", "Book the review");
        assertThat(sessions.agenda()).allMatch(AgendaRow::isCarried);
        assertThat(sessions.openActionItems()).hasSize(2);

        sessions.tick(sessions.agenda().get(0), true);

        assertThat(fixture.workbook().oneOnOnes().find(firstId).orElseThrow().actionItems())
                .filteredOn(ActionItem::done).extracting(ActionItem::text)
                .containsExactlyInAnyOrder("Send the draft", "Read the RFC");
        assertThat(sessions.agenda()).extracting(AgendaRow::text).containsExactly("Book the review");
        assertThat(sessions.openActionItems()).extracting(open -> open.item().text())
                .containsExactly("Book the review");

        fixture.session.undo();
        assertThat(sessions.agenda()).extracting(AgendaRow::text).containsExactly("Send the draft", "Book the review");
    }

    @Test
    void recurringAgendaItemsComeBackUndiscussedInEachNewSessionAndOneOffItemsDoNot() {
        sessions.startSession(FIRST, false);
        assertThat(sessions.addAgendaItem("How is the workload?", false, true)).isTrue();
        assertThat(sessions.addAgendaItem("Conference budget", true, false)).isTrue();
        assertThat(sessions.addAgendaItem("   ", false, false)).isFalse();
        AgendaRow recurring = sessions.agenda().get(0);
        sessions.tick(recurring, true);
        assertThat(sessions.agenda().get(0).ticked()).isTrue();

        sessions.startSession(LocalDate.of(2026, 11, 20), false);
        assertThat(sessions.agenda()).singleElement().satisfies(row -> {
            assertThat(row.text()).isEqualTo("How is the workload?");
            assertThat(row.item().recurring()).isTrue();
            assertThat(row.item().discussed()).isFalse();
            assertThat(row.item().id()).isNotEqualTo(recurring.item().id());
        });
        sessions.setRecurring(sessions.agenda().get(0).item(), false);

        sessions.startSession(TODAY, false);
        assertThat(sessions.agenda()).isEmpty();
        assertThat(sessions.sessions()).extracting(OneOnOne::date)
                .containsExactly(TODAY, LocalDate.of(2026, 11, 20), FIRST);
    }

    @Test
    void notesAreSavedAtOnceEachAsItsOwnEditAndAHugePasteIsRefused() {
        sessions.startSession(TODAY, false);
        sessions.sharedNotesProperty().set("We agreed on the Q1 focus.");
        assertThat(sessions.commitSharedNotes()).isTrue();
        sessions.privateNotesProperty().set("Seems tired; ask about the move.");
        assertThat(sessions.commitPrivateNotes()).isTrue();
        assertThat(sessions.commitPrivateNotes()).isFalse();

        OneOnOne saved = stored().get(0);
        assertThat(saved.sharedNotes()).isEqualTo("We agreed on the Q1 focus.");
        assertThat(saved.privateNotes()).isEqualTo("Seems tired; ask about the move.");

        sessions.sharedNotesProperty().set("x".repeat(5_000_000));
        assertThat(sessions.sharedNotesProblemProperty().get()).isNotEmpty();
        assertThat(sessions.commitSharedNotes()).isFalse();
        assertThat(stored().get(0).sharedNotes()).isEqualTo("We agreed on the Q1 focus.");

        fixture.session.undo();
        assertThat(stored().get(0).privateNotes()).isEmpty();
        assertThat(sessions.privateNotesProperty().get()).isEmpty();
    }

    @Test
    void anActionItemDueBeforeItsSessionIsRefusedAndNothingIsSaved() {
        sessions.startSession(TODAY, false);
        ActionItem early = item("Send the draft", ActionOwner.PERSON, TODAY.minusDays(1));

        assertThat(sessions.actionItemProblem(early)).contains("before the session");
        assertThat(sessions.addActionItem(early)).isFalse();
        assertThat(storedItems()).isEmpty();

        ActionItem onTime = item("Send the draft", ActionOwner.PERSON, TODAY);
        assertThat(sessions.addActionItem(onTime)).isTrue();
        assertThat(sessions.editActionItem(new ActionItem(onTime.id(), "Send it", ActionOwner.PERSON,
                TODAY.minusDays(3), false, null))).isFalse();
        assertThat(storedItems()).singleElement().satisfies(i -> assertThat(i.due()).isEqualTo(TODAY));
    }

    @Test
    void aSecondSessionOnTheSameDateIsRefusedAndDeletingOneCanBeUndone() {
        sessions.startSession(TODAY, false);
        sessions.addActionItem(item("Write the proposal", ActionOwner.PERSON, null));

        assertThat(sessions.dateProblem(TODAY)).contains("already");
        assertThat(sessions.dateProblem(null)).isNotNull();
        assertThat(sessions.startSession(TODAY, false)).isFalse();

        OneOnOne held = stored().get(0);
        sessions.deleteSession();
        assertThat(stored()).isEmpty();
        assertThat(sessions.sessionProperty().get()).isNull();
        fixture.session.undo();
        assertThat(stored()).containsExactly(held);
        assertThat(sessions.sessionProperty().get()).isEqualTo(held);
    }

    @Test
    void anActionItemSentToTheBoardBecomesALinkedCardAndUndoOrDeletingTheCardKeepsThemTrue() {
        sessions.startSession(TODAY, false);
        sessions.addActionItem(item("Pair on the release script", ActionOwner.PERSON, LocalDate.of(2026, 12, 4)));
        ActionItem sent = storedItems().get(0);

        assertThat(sessions.sendToBoard(sent)).isTrue();

        Quarter quarter = Quarter.of(TODAY);
        Task card = fixture.workbook().tasks().listByQuarter(quarter).get(0);
        assertThat(card.title()).isEqualTo("Pair on the release script");
        assertThat(card.ownerId()).isEqualTo(ada.id());
        assertThat(card.due()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(card.column()).isEqualTo(Column.SURVEYED);
        assertThat(storedItems().get(0).taskId()).isEqualTo(card.id());
        assertThat(sessions.actionItems()).singleElement().satisfies(row -> {
            assertThat(row.onBoard()).isTrue();
            assertThat(row.boardColumn()).isEqualTo(Column.SURVEYED);
        });
        assertThat(sessions.sendToBoard(storedItems().get(0))).isFalse();
        assertThat(fixture.dialogs.notifications).anyMatch(text -> text.contains(quarter.toString()));

        fixture.session.edit(TaskRemoval.of(card, "delete the card"));
        assertThat(storedItems().get(0).taskId()).isNull();
        fixture.session.undo();
        assertThat(storedItems().get(0).taskId()).isEqualTo(card.id());

        fixture.session.undo();
        assertThat(fixture.workbook().tasks().listByQuarter(quarter)).isEmpty();
        assertThat(storedItems().get(0).taskId()).isNull();
    }

    @Test
    void aManagersActionItemGoesToTheBoardAsTheManagersCard() {
        crew.newNameProperty().set("Grace Hopper");
        crew.add();
        Person grace = crew.selected().orElseThrow();
        fixture.workbook().people().save(new Person(grace.id(), grace.name(), "Manager", null, "", true, false));
        crew.reload();
        crew.selectedProperty().set(crew.visiblePeople().stream().filter(p -> p.id().equals(ada.id())).findFirst()
                .orElseThrow());
        sessions.startSession(TODAY, false);
        sessions.addActionItem(item("Ask for the training budget", ActionOwner.MANAGER, null));

        sessions.sendToBoard(storedItems().get(0));

        assertThat(fixture.workbook().tasks().listByQuarter(Quarter.of(TODAY)).get(0).ownerId())
                .isEqualTo(grace.id());
    }

    @Test
    void startingAtASharedScreenHoldsTodaysSessionAndOpensTheSharedScreenForThatPerson() {
        List<UUID> opened = new ArrayList<>();
        fixture.session.setSharedScreenOpener(opened::add);

        sessions.startAtSharedScreen();

        assertThat(stored()).singleElement().extracting(OneOnOne::date).isEqualTo(TODAY);
        assertThat(opened).containsExactly(ada.id());

        sessions.startAtSharedScreen();
        assertThat(stored()).hasSize(1);
        assertThat(opened).containsExactly(ada.id(), ada.id());
    }

    @Test
    void theOverviewKnowsTheLastSessionHeldAndTheOpenActionItems() {
        assertThat(sessions.lastSessionDateProperty().get()).isNull();
        sessions.startSession(FIRST, false);
        sessions.addActionItem(item("Send the draft", ActionOwner.PERSON, null));
        sessions.startSession(LocalDate.of(2026, 12, 11), false);

        assertThat(sessions.lastSessionDateProperty().get()).isEqualTo(FIRST);
        assertThat(sessions.openActionItems()).singleElement()
                .satisfies(open -> assertThat(open.sessionDate()).isEqualTo(FIRST));
    }

    private ActionItem item(String text, ActionOwner owner, LocalDate due) {
        return new ActionItem(UUID.randomUUID(), text, owner, due, false, null);
    }

    private ActionItem storedItem(ActionItem item) {
        return fixture.workbook().oneOnOnes().listByPerson(ada.id()).stream()
                .flatMap(s -> s.actionItems().stream()).filter(i -> i.id().equals(item.id())).findFirst()
                .orElseThrow();
    }

    private List<OneOnOne> stored() {
        return fixture.workbook().oneOnOnes().listByPerson(ada.id());
    }

    private List<ActionItem> storedItems() {
        return stored().get(stored().size() - 1).actionItems();
    }
}
