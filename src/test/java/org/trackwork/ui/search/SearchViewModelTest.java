package org.trackwork.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.trackwork.domain.MarkedText;
import org.trackwork.domain.Person;
import org.trackwork.domain.SearchHit;
import org.trackwork.domain.SearchKind;
import org.trackwork.ui.common.SessionFixture;
import org.trackwork.ui.common.Target;

class SearchViewModelTest {

    @TempDir
    Path folder;

    @Test
    void anAnswerToAnOlderQuestionIsDroppedAndHeadingsAreNeverSelected() throws Exception {
        try (SessionFixture fixture = SessionFixture.emptyQueued(folder)) {
            fixture.workbook().people().save(Person.newCrewMember("Ada Lindqvist", "Engineer"));
            fixture.workbook().people().save(Person.newCrewMember("Bruno Castellanos", "Designer"));
            SearchViewModel search = new SearchViewModel(fixture.session, Optional::empty);

            search.queryProperty().set("ada");
            search.queryProperty().set("bruno");
            fixture.settle();
            assertThat(titles(search)).containsExactly("Bruno Castellanos");
            assertThat(search.rows().get(0).isHeading()).isTrue();
            assertThat(search.selectedProperty().get()).as("the first hit, not its heading").isEqualTo(1);

            search.move(-1);
            assertThat(search.selectedProperty().get()).as("nothing above the first hit").isEqualTo(1);
            search.select(0);
            assertThat(search.selectedProperty().get()).as("a heading cannot be chosen").isEqualTo(1);

            search.queryProperty().set("");
            search.clear();
            fixture.settle();
            assertThat(search.rows()).as("cleared, and the answer on its way dropped").isEmpty();
        }
    }

    @Test
    void aHitOpensWhereItLivesOrWhatItBelongsTo() {
        UUID record = UUID.randomUUID();
        UUID parent = UUID.randomUUID();
        UUID person = UUID.randomUUID();
        LocalDate date = LocalDate.of(2026, 11, 20);

        assertThat(SearchViewModel.targetOf(hit(SearchKind.CHECKLIST_ITEM, record, parent, person, date)))
                .isEqualTo(Target.of(Target.Kind.TASK, parent));
        assertThat(SearchViewModel.targetOf(hit(SearchKind.CHECK_IN, record, parent, person, date)))
                .isEqualTo(Target.of(Target.Kind.STATION, parent));
        assertThat(SearchViewModel.targetOf(hit(SearchKind.ONE_ON_ONE_PRIVATE, record, null, person, date)))
                .isEqualTo(new Target(Target.Kind.ONE_ON_ONE, person, date));
        assertThat(SearchViewModel.targetOf(hit(SearchKind.DEVELOPMENT_ACTION, record, parent, person, null)))
                .isEqualTo(Target.of(Target.Kind.PLAN, person));
        assertThat(SearchViewModel.targetOf(hit(SearchKind.SHIFT, record, parent, null, date)).kind())
                .isEqualTo(Target.Kind.SHIFT);
        assertThat(SearchViewModel.targetOf(hit(SearchKind.PERSON, record, null, record, null)))
                .isEqualTo(Target.of(Target.Kind.PERSON, record));
    }

    private static SearchHit hit(SearchKind kind, UUID record, UUID parent, UUID person, LocalDate date) {
        return new SearchHit(kind, record, parent, person, null, date, false, MarkedText.unmarked("title"), "",
                MarkedText.EMPTY);
    }

    private static List<String> titles(SearchViewModel search) {
        List<String> titles = new ArrayList<>();
        search.rows().stream().filter(row -> !row.isHeading()).forEach(row -> titles.add(row.hit().title().plain()));
        return titles;
    }
}
