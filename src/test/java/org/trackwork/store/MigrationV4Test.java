package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.CheckIn;
import org.trackwork.domain.ChecklistItem;
import org.trackwork.domain.Confidence;
import org.trackwork.domain.Destination;
import org.trackwork.domain.DestinationStatus;
import org.trackwork.domain.Goal;
import org.trackwork.domain.SearchHit;
import org.trackwork.domain.SearchKind;
import org.trackwork.domain.SearchTerms;
import org.trackwork.domain.Shift;
import org.trackwork.domain.Station;
import org.trackwork.domain.Task;
import org.trackwork.service.TwoPeopleWorkbook;
import org.trackwork.service.Workbook;

/**
 * A workbook that a Trackwork without search wrote (version 3) gets every kind of its text indexed when it is
 * opened: it is then searched exactly as the same workbook written with search from the start.
 */
class MigrationV4Test {

    @TempDir
    Path folder;

    /** A word or two of every kind of text, to search for. */
    private static final List<String> WORDS = List.of("ada", "bruno", "billing", "onboarding", "competing",
            "conference", "demo", "halve", "explains", "facilitate", "review", "outage", "budget", "sandbox",
            "live", "pivot", "sign", "steady", "form", "struggles", "invoice", "signup");

    @Test
    void aVersionThreeWorkbookOpensWithEveryKindOfItsTextIndexed() throws Exception {
        Path current = folder.resolve("current.trackwork");
        try (Workbook workbook = new Workbook(WorkbookFile.create(current))) {
            new TwoPeopleWorkbook().writeTo(workbook);
            writeTheKindsTwoPeopleLack(workbook);
        }
        Map<String, List<SearchHit>> expected = searchAll(current);
        assertThat(expected.values().stream().flatMap(List::stream).map(SearchHit::kind).distinct())
                .containsExactlyInAnyOrder(SearchKind.values());

        Path older = OlderWorkbooks.asVersionThree(current, folder.resolve("older.trackwork"));
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + older);
             Statement statement = connection.createStatement();
             ResultSet search = statement.executeQuery(
                     "SELECT count(*) FROM sqlite_master WHERE name LIKE 'search%'")) {
            search.next();
            assertThat(search.getInt(1)).isZero();
        }
        // Check Workbook reads an older workbook through a migrated copy
        assertThat(WorkbookDiagnosis.inspect(older).healthy()).isTrue();

        assertThat(searchAll(older)).isEqualTo(expected);
        try (WorkbookFile migrated = WorkbookFile.open(older)) {
            int version = migrated.read(c -> WorkbookChecks.intPragma(c.createStatement(), "user_version"));
            assertThat(version).isEqualTo(4);
            // the triggers came with the migration: an edit of the migrated workbook is found
            new TaskRepository(migrated).save(Task.surveyed(TwoPeopleWorkbook.QUARTER, "Found after migrating", 9, Instant.EPOCH));
            assertThat(new SearchIndex(migrated).searchWholeWorkbook(SearchTerms.of("migrating"), 5))
                    .extracting(SearchHit::kind).containsExactly(SearchKind.TASK);
        }
        assertThat(WorkbookDiagnosis.inspect(older).healthy()).isTrue();
    }

    private static void writeTheKindsTwoPeopleLack(Workbook workbook) {
        Destination live = workbook.destinations().current().orElseThrow();
        workbook.destinations().save(new Destination(live.id(), live.title(), live.statement(), live.whyItMatters(),
                live.horizon(), DestinationStatus.ABANDONED, live.createdAt()));
        Destination next = Destination.newCurrent("Sign up in a minute", "Pivot to self-service", "", null);
        workbook.destinations().save(next);
        workbook.shifts().save(new Shift(UUID.randomUUID(), live.id(), next.id(), "The pivot to self-service",
                TwoPeopleWorkbook.TODAY, List.of()));
        Goal goal = workbook.goals().listByQuarter(TwoPeopleWorkbook.QUARTER).get(0);
        Station station = Station.keyResult(goal.id(), "Sign-ups a day", 0, 40, "sign-ups",
                TwoPeopleWorkbook.TODAY.plusDays(20), 0);
        workbook.stations().save(station);
        workbook.stations().addCheckIn(new CheckIn(UUID.randomUUID(), station.id(), TwoPeopleWorkbook.TODAY, 12,
                Confidence.ON_TRACK, "Steady since the new form", Instant.now()));
        Task task = workbook.tasks().listByQuarter(TwoPeopleWorkbook.QUARTER).get(0);
        workbook.tasks().save(task.withChecklist(List.of(ChecklistItem.of("Shorter form"))));
    }

    /** What each word finds in a workbook, in the whole workbook and on every crew member's shared screen. */
    private static Map<String, List<SearchHit>> searchAll(Path path) throws Exception {
        Map<String, List<SearchHit>> found = new LinkedHashMap<>();
        try (WorkbookFile workbook = WorkbookFile.open(path)) {
            SearchIndex index = new SearchIndex(workbook);
            List<UUID> crew = new PersonRepository(workbook).list().stream().map(p -> p.id()).toList();
            for (String word : WORDS) {
                found.put(word, index.searchWholeWorkbook(SearchTerms.of(word), 10));
                for (UUID person : crew) {
                    found.put(word + " shared with " + person, index.searchSharedScreenOf(person,
                            SearchTerms.of(word), 10));
                }
            }
            found.put("recent", index.recentInWholeWorkbook(10));
        }
        return found;
    }
}
