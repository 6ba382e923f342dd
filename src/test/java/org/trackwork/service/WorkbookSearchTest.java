package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.trackwork.service.TwoPeopleWorkbook.*;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.ChecklistItem;
import org.trackwork.domain.Hazard;
import org.trackwork.domain.MarkedText;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.domain.SearchHit;
import org.trackwork.domain.SearchKind;
import org.trackwork.domain.Task;
import org.trackwork.store.WorkbookDiagnosis;
import org.trackwork.store.WorkbookFile;

/**
 * The global search as the palette will use it, on a real workbook: what it finds and how it ranks and marks it,
 * that it follows every edit, undo and redo, that nothing typed breaks it, and that a shared screen finds only what
 * it may show.
 */
class WorkbookSearchTest {

    @TempDir
    Path folder;

    private Workbook workbook;
    private TwoPeopleWorkbook people;
    private WorkbookSearch search;
    private final UndoHistory history = new UndoHistory();

    @BeforeEach
    void writeWorkbook() throws Exception {
        workbook = new Workbook(WorkbookFile.create(folder.resolve("team.trackwork")));
        people = new TwoPeopleWorkbook().writeTo(workbook);
        search = new WorkbookSearch(workbook);
    }

    @AfterEach
    void closeWorkbook() {
        workbook.close();
    }

    @Test
    void aTitleMatchRanksAboveAMatchInTheDescription() {
        Task described = Task.surveyed(QUARTER, "Tidy the backlog", 3, Instant.EPOCH).withDescription("Ask about the zebrafish tank");
        Task titled = Task.surveyed(QUARTER, "Zebrafish tank alarms", 4, Instant.EPOCH);
        workbook.tasks().save(described);
        workbook.tasks().save(titled);

        assertThat(whole("zebrafish")).extracting(SearchHit::recordId).containsExactly(titled.id(), described.id());
        SearchHit inDescription = whole("zebrafish").get(1);
        assertThat(inDescription.title()).isEqualTo(MarkedText.unmarked("Tidy the backlog"));
        assertThat(inDescription.snippet().parts()).contains(new MarkedText.Part("zebrafish", true));
    }

    @Test
    void matchesAreMarkedInTheTitleAndTheSnippet() {
        SearchHit person = only(whole("lindqvist"), SearchKind.PERSON);
        assertThat(person.title().marked()).isEqualTo("Ada \u0002Lindqvist\u0003");
        assertThat(person.snippet().plain()).isEqualTo("Engineer I make signup fast");

        SearchHit note = only(whole("onboarding"), SearchKind.ONE_ON_ONE);
        assertThat(note.snippet().marked()).isEqualTo("Ada leads the \u0002onboarding\u0003 demo next sprint");
        assertThat(note.title().plain()).isEqualTo(ADA);
        assertThat(note.personId()).isEqualTo(people.ada.id());
        assertThat(note.date()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void aHitSaysWhereToGoToIt() {
        Task blocked = task(ADA_BLOCKED_TASK);
        SearchHit hazard = only(whole("sandbox"), SearchKind.HAZARD);
        assertThat(hazard.parentId()).isEqualTo(blocked.id());
        assertThat(hazard.quarter()).isEqualTo(QUARTER);
        assertThat(hazard.context()).isEqualTo(ADA_BLOCKED_TASK);
        assertThat(hazard.confidential()).isFalse();

        workbook.tasks().save(blocked.withChecklist(List.of(ChecklistItem.of("Call the provider's sales desk"))));
        SearchHit item = only(whole("sales desk"), SearchKind.CHECKLIST_ITEM);
        assertThat(item.parentId()).isEqualTo(blocked.id());
        assertThat(item.quarter()).isEqualTo(QUARTER);
        assertThat(item.title().plain()).isEqualTo(ADA_BLOCKED_TASK);
        assertThat(item.context()).isEqualTo(ADA);

        SearchHit agenda = only(whole("conference"), SearchKind.AGENDA_ITEM);
        assertThat(agenda.parentId()).isEqualTo(adasLatestSession().id());
        assertThat(agenda.date()).isEqualTo(adasLatestSession().date());

        assertThat(only(whole("halve"), SearchKind.GOAL).quarter()).isEqualTo(QUARTER);
        assertThat(only(whole("reviews run"), SearchKind.DEVELOPMENT_GOAL).title().plain())
                .isEqualTo(ADA_DEVELOPMENT_GOAL);
    }

    @Test
    void accentsAreFoundWithoutThemAndTheOtherWayRound() {
        Person zoe = Person.newCrewMember("Zoë Brontë", "Designer");
        workbook.people().save(zoe);
        for (String typed : List.of("zoe", "ZOE", "Zoë", "bronte", "zoe\u0308")) {
            assertThat(whole(typed)).as(typed).extracting(SearchHit::recordId).contains(zoe.id());
        }
        assertThat(only(whole("zoe"), SearchKind.PERSON).title().marked()).isEqualTo("\u0002Zoë\u0003 Brontë");
        workbook.people().save(Person.newCrewMember("Zoe Plain", ""));
        assertThat(whole("zoë")).filteredOn(hit -> hit.kind() == SearchKind.PERSON).hasSize(2);
    }

    @Test
    void theLastWordFindsTheWordsItBegins() {
        assertThat(whole("onboar")).extracting(SearchHit::kind).contains(SearchKind.ONE_ON_ONE);
        assertThat(whole("ada onbo")).extracting(SearchHit::kind).containsExactly(SearchKind.ONE_ON_ONE);
        assertThat(whole("onboar ")).as("a space ends the word").isEmpty();
        assertThat(whole("onb lead")).as("only the last word is a beginning").isEmpty();
    }

    @Test
    void nothingTypedBreaksTheSearch() {
        String random = new Random(7).ints(5_000_000, 0, 0x3000).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
        List<String> hostile = new ArrayList<>(List.of("\"", "\"ada", "ada\"", "\"\"\"", "NEAR(ada demo)",
                "NEAR", "ada NEAR/2 demo", "-", "-bruno", "ada -bruno", "a OR b", "AND", "NOT ada", "*", "ada*",
                "^ada", "title:ada", "{title}:ada", "unshared : competing", "(", ")", "ada)", "'", "''", "\\", "%",
                "_", ";", "'; DROP TABLE task; --", "\u0000", "\u0002ada\u0003", "\uD800", "😀", "a".repeat(10_000),
                "x ".repeat(2_000_000), random));
        for (String typed : hostile) {
            for (SearchScope scope : List.of(SearchScope.WHOLE_WORKBOOK, SearchScope.sharedScreenOf(people.ada.id()))) {
                assertThatCode(() -> search.search(typed, scope, 5)).as(typed.substring(0, Math.min(40,
                        typed.length()))).doesNotThrowAnyException();
            }
        }
        // operators are words like any other: all of them must be there
        assertThat(whole("NEAR(ada demo)")).isEmpty();
        assertThat(whole("ada -demo")).extracting(SearchHit::kind)
                .containsExactlyInAnyOrder(SearchKind.ONE_ON_ONE, SearchKind.ACTION_ITEM);
        assertThat(whole("unshared : competing")).isEmpty();
        assertThat(workbook.tasks().count()).isEqualTo(3);
    }

    @Test
    void textWithNoWordGivesTheNewestOfEachKindGroupedByKind() {
        Task newest = Task.surveyed(QUARTER, "Added last", 9, Instant.EPOCH);
        workbook.tasks().save(newest);
        List<SearchHit> recent = search.search("", SearchScope.WHOLE_WORKBOOK, 2);
        assertThat(recent).filteredOn(hit -> hit.kind() == SearchKind.TASK).extracting(SearchHit::recordId)
                .containsExactly(newest.id(), task(BRUNO_TASK).id());
        assertThat(recent).filteredOn(hit -> hit.kind() == SearchKind.ONE_ON_ONE).extracting(SearchHit::date)
                .containsExactly(TODAY.minusDays(1), TODAY.minusDays(2));
        assertThat(recent).filteredOn(SearchHit::isPrivate).extracting(hit -> hit.snippet().plain())
                .containsExactly(ADA_PRIVATE_NOTE, BRUNO_PRIVATE_NOTE);
        assertGroupedByKind(recent);
        assertThat(search.search("  -- ", SearchScope.WHOLE_WORKBOOK, 2)).isEqualTo(recent);
    }

    @Test
    void hitsComeGroupedByKindAtMostTheLimitOfEach() {
        for (int i = 0; i < 8; i++) {
            workbook.tasks().save(Task.surveyed(QUARTER, "Ada's chore " + i, 10 + i, Instant.EPOCH).withOwner(people.ada.id()));
        }
        List<SearchHit> hits = whole("ada");
        assertGroupedByKind(hits);
        assertThat(hits).filteredOn(hit -> hit.kind() == SearchKind.TASK).hasSize(5);
        assertThat(search.search("ada", SearchScope.WHOLE_WORKBOOK, 1)).extracting(SearchHit::kind)
                .doesNotHaveDuplicates();
        assertThat(search.search("ada", SearchScope.WHOLE_WORKBOOK, 0)).isEmpty();
    }

    @Test
    void privateNotesAreFoundInTheWholeWorkbookAndMarkedPrivate() {
        SearchHit note = only(whole("competing"), SearchKind.ONE_ON_ONE_PRIVATE);
        assertThat(note.isPrivate()).isTrue();
        assertThat(note.recordId()).isEqualTo(adasLatestSession().id());
        assertThat(note.personId()).isEqualTo(people.ada.id());
        assertThat(note.snippet().marked()).isEqualTo("Ada hinted at a \u0002competing\u0003 offer");
        assertThat(whole("ada")).filteredOn(SearchHit::isPrivate).extracting(SearchHit::kind)
                .containsOnly(SearchKind.ONE_ON_ONE_PRIVATE);
    }

    @Test
    void aSharedScreenFindsTheirOwnSharedContent() {
        for (String text : List.of(ADA, ADA_SHARED_NOTE, ADA_AGENDA, ADA_ACTION, ADA_TASK, ADA_OPEN_HAZARD, ADA_GOAL,
                ADA_PLAN_STRENGTHS, ADA_DEVELOPMENT_GOAL, ADA_RECOGNITION, "I make signup fast")) {
            assertThat(shared(text, people.ada)).as(text).anySatisfy(hit ->
                    assertThat(everything(hit)).contains(text));
        }
    }

    @Test
    void aSharedScreenFindsNoPrivateNoteNoConfidentialHazardAndNothingOfAnyoneElse() {
        for (String forbidden : forbiddenOnAdasScreen()) {
            for (String word : words(forbidden)) {
                assertThat(shared(word, people.ada)).as(word).allSatisfy(hit -> {
                    assertThat(hit.kind().onSharedScreen()).isTrue();
                    assertThat(hit.isPrivate()).isFalse();
                    assertThat(hit.confidential()).isFalse();
                    assertThat(hit.personId()).isEqualTo(people.ada.id());
                    assertThat(everything(hit)).doesNotContain(forbidden);
                });
            }
        }
        assertThat(shared("competing", people.ada)).isEmpty();
        assertThat(shared("bruno", people.ada)).isEmpty();
        assertThat(shared("billing", people.ada)).extracting(SearchHit::kind).containsExactly(SearchKind.TASK);
        assertThat(whole("billing")).extracting(SearchHit::kind)
                .containsExactly(SearchKind.TASK, SearchKind.HAZARD);
        assertThat(search.search("", SearchScope.sharedScreenOf(people.ada.id()), 50)).allSatisfy(hit -> {
            assertThat(hit.personId()).isEqualTo(people.ada.id());
            assertThat(hit.kind().onSharedScreen()).isTrue();
            assertThat(hit.confidential()).isFalse();
            forbiddenOnAdasScreen().forEach(text -> assertThat(everything(hit)).doesNotContain(text));
        });
    }

    @Test
    void aSharedScreenShowsNeitherDescriptionsNorResolutionNotes() {
        Task mine = task(ADA_TASK);
        workbook.tasks().save(mine.withDescription("Manager's aside: pairs badly with ops"));
        assertThat(shared("aside", people.ada)).isEmpty();
        assertThat(shared("automate", people.ada)).singleElement().satisfies(hit ->
                assertThat(everything(hit)).doesNotContain("aside"));
        assertThat(whole("aside")).extracting(SearchHit::recordId).containsExactly(mine.id());
    }

    @Test
    void theCanaryOfAPrivateNoteNeverComesBackOnAnySharedScreen() {
        String canary = "Quokkavelt mentioned Brzęczyszczykiewicz nephrologist appointment";
        OneOnOne session = adasLatestSession();
        workbook.oneOnOnes().save(session.withPrivateNotes(canary));
        assertThat(whole("quokkavelt")).extracting(SearchHit::kind).containsExactly(SearchKind.ONE_ON_ONE_PRIVATE);

        List<String> typed = new ArrayList<>(List.of(canary, "", " "));
        for (String word : words(canary)) {
            for (int end = 1; end <= word.length(); end++) {
                typed.add(word.substring(0, end));
                typed.add(word.substring(0, end) + " ");
            }
        }
        for (Person person : List.of(people.ada, people.bruno)) {
            for (String query : typed) {
                assertThat(search.search(query, SearchScope.sharedScreenOf(person.id()), 200)).as(query)
                        .allSatisfy(hit -> {
                            assertThat(hit.isPrivate()).isFalse();
                            words(canary).forEach(word -> assertThat(everything(hit).toLowerCase())
                                    .doesNotContain(word.toLowerCase()));
                        });
            }
        }
    }

    @Test
    void theIndexFollowsAnEditItsUndoAndItsRedo() {
        Task task = task(ADA_TASK);
        history.perform(Edit.changing("rename", w -> w.tasks().find(task.id()), (w, t) -> w.tasks().save(t),
                t -> t.withTitle("Automate the marmalade checks"), "gone"), workbook);
        assertThat(whole("marmalade")).extracting(SearchHit::recordId).containsExactly(task.id());
        assertThat(whole("signup checks")).isEmpty();

        history.undo(workbook);
        assertThat(whole("marmalade")).isEmpty();
        assertThat(whole("signup checks")).extracting(SearchHit::recordId).containsExactly(task.id());

        history.redo(workbook);
        assertThat(whole("marmalade")).extracting(SearchHit::recordId).containsExactly(task.id());
    }

    @Test
    void aChangedPrivateNoteIsFoundAsItIsNowAndAsItWasAfterUndo() {
        UUID session = adasLatestSession().id();
        history.perform(OneOnOneChange.of("private", session, s -> s.withPrivateNotes("Asked about a sabbatical")),
                workbook);
        assertThat(whole("competing")).isEmpty();
        assertThat(whole("sabbatical")).extracting(SearchHit::kind).containsExactly(SearchKind.ONE_ON_ONE_PRIVATE);

        history.undo(workbook);
        assertThat(whole("sabbatical")).isEmpty();
        assertThat(whole("competing")).extracting(SearchHit::recordId).containsExactly(session);

        history.perform(OneOnOneChange.of("clear", session, s -> s.withPrivateNotes("")), workbook);
        assertThat(whole("competing")).isEmpty();
        assertThat(search.search("", SearchScope.WHOLE_WORKBOOK, 10)).filteredOn(SearchHit::isPrivate)
                .extracting(SearchHit::personId).containsExactly(people.bruno.id());
    }

    @Test
    void aDeletedCardLeavesWithItsChecklistAndHazardsAndUndoBringsThemBack() {
        Task blocked = task(ADA_BLOCKED_TASK).withChecklist(List.of(ChecklistItem.of("Ping the sandbox team")));
        workbook.tasks().save(blocked);
        assertThat(whole("sandbox")).extracting(SearchHit::kind)
                .containsExactly(SearchKind.CHECKLIST_ITEM, SearchKind.HAZARD);

        history.perform(TaskRemoval.of(blocked, "delete"), workbook);
        assertThat(whole("sandbox")).isEmpty();
        assertThat(whole("billing hooks")).isEmpty();

        history.undo(workbook);
        assertThat(whole("sandbox")).extracting(SearchHit::kind)
                .containsExactly(SearchKind.CHECKLIST_ITEM, SearchKind.HAZARD);
        assertThat(whole("billing hooks")).extracting(SearchHit::recordId).containsExactly(blocked.id());
    }

    @Test
    void aRemovedPersonLeavesWithEverythingOfTheirsAndUndoBringsItBack() {
        List<SearchHit> before = whole("bruno");
        assertThat(before).extracting(SearchHit::kind).contains(SearchKind.PERSON, SearchKind.ONE_ON_ONE,
                SearchKind.ONE_ON_ONE_PRIVATE, SearchKind.RECOGNITION);

        history.perform(PersonRemoval.of(people.bruno, "remove"), workbook);
        assertThat(whole("bruno")).extracting(SearchHit::kind).containsExactly(SearchKind.HAZARD);
        assertThat(whole("struggles")).isEmpty();
        assertThat(whole("invoice export")).singleElement().satisfies(hit -> {
            assertThat(hit.personId()).isNull();
            assertThat(hit.context()).isEmpty();
        });

        history.undo(workbook);
        assertThat(whole("bruno")).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(before);
        assertThat(shared("invoice", people.bruno)).extracting(SearchHit::kind)
                .containsExactly(SearchKind.TASK, SearchKind.GOAL);
    }

    @Test
    void aCardHandedToSomeoneElseMovesToTheirSharedScreenWithItsOpenHazard() {
        Task blocked = task(ADA_BLOCKED_TASK);
        history.perform(Edit.changing("hand over", w -> w.tasks().find(blocked.id()), (w, t) -> w.tasks().save(t),
                t -> t.withOwner(people.bruno.id()), "gone"), workbook);
        assertThat(shared("sandbox", people.ada)).isEmpty();
        assertThat(shared("billing", people.ada)).isEmpty();
        assertThat(shared("sandbox", people.bruno)).extracting(SearchHit::kind).containsExactly(SearchKind.HAZARD);
        assertThat(shared("billing", people.bruno)).extracting(SearchHit::kind).containsExactly(SearchKind.TASK);

        history.undo(workbook);
        assertThat(shared("sandbox", people.ada)).extracting(SearchHit::kind).containsExactly(SearchKind.HAZARD);
        assertThat(shared("sandbox", people.bruno)).isEmpty();
    }

    @Test
    void aResolvedOrConfidentialHazardLeavesTheSharedScreen() {
        Hazard open = workbook.hazards().list().stream().filter(h -> h.description().equals(ADA_OPEN_HAZARD))
                .findFirst().orElseThrow();
        history.perform(Edit.replacing("resolve", open, open.resolved(TODAY, "The sandbox came"),
                (w, h) -> w.hazards().save(h), (w, h) -> w.hazards().delete(h.id())), workbook);
        assertThat(shared("sandbox", people.ada)).isEmpty();
        assertThat(whole("sandbox came")).extracting(SearchHit::recordId).containsExactly(open.id());

        history.undo(workbook);
        assertThat(shared("sandbox", people.ada)).extracting(SearchHit::recordId).containsExactly(open.id());
        workbook.hazards().save(new Hazard(open.id(), open.description(), open.severity(), null, null, open.taskId(),
                open.raisedOn(), null, true, null, null, ""));
        assertThat(shared("sandbox", people.ada)).isEmpty();
        assertThat(whole("sandbox")).singleElement().satisfies(hit -> assertThat(hit.confidential()).isTrue());
    }

    @Test
    void checkWorkbookFindsAWorkbookWithItsIndexesHealthy() throws Exception {
        history.perform(TaskRemoval.of(task(ADA_BLOCKED_TASK), "delete"), workbook);
        history.undo(workbook);
        history.perform(OneOnOneChange.of("private", adasLatestSession().id(), s -> s.withPrivateNotes("New")),
                workbook);
        assertThat(WorkbookDiagnosis.inspect(workbook.file()).findings()).isEmpty();
        Path path = workbook.path();
        workbook.close();
        assertThat(WorkbookDiagnosis.inspect(path).findings()).isEmpty();
        workbook = new Workbook(WorkbookFile.open(path));
    }

    private List<SearchHit> whole(String typed) {
        return search.search(typed, SearchScope.WHOLE_WORKBOOK, 5);
    }

    private List<SearchHit> shared(String typed, Person person) {
        return search.search(typed, SearchScope.sharedScreenOf(person.id()), 5);
    }

    private static SearchHit only(List<SearchHit> hits, SearchKind kind) {
        List<SearchHit> ofKind = hits.stream().filter(hit -> hit.kind() == kind).toList();
        assertThat(ofKind).as(kind.name()).hasSize(1);
        return ofKind.get(0);
    }

    /** All the text a hit carries, as a screen would show it. */
    private static String everything(SearchHit hit) {
        return hit.title().plain() + " | " + hit.context() + " | " + hit.snippet().plain();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(Predicate.not(String::isEmpty)).toList();
    }

    private static void assertGroupedByKind(List<SearchHit> hits) {
        List<Integer> order = hits.stream().map(hit -> hit.kind().ordinal()).toList();
        assertThat(order).isSorted();
    }

    private Task task(String title) {
        return workbook.tasks().listByQuarter(QUARTER).stream().filter(t -> t.title().equals(title)).findFirst()
                .orElseThrow();
    }

    private OneOnOne adasLatestSession() {
        return workbook.oneOnOnes().listByPerson(people.ada.id()).stream()
                .filter(s -> s.privateNotes().equals(ADA_PRIVATE_NOTE) || s.date().equals(TODAY.minusDays(1)))
                .findFirst().orElseThrow();
    }
}
