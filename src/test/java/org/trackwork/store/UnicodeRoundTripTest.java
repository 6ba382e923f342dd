package org.trackwork.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.trackwork.domain.OneOnOne;
import org.trackwork.domain.Person;
import org.trackwork.service.RefusalWords;

/** Text is stored as typed: any Unicode a user can paste comes back exactly, and too much is refused up front. */
class UnicodeRoundTripTest {

    private static final int LONGEST = 100_000;

    private final Person person = Person.newCrewMember("Ana Silva", "Developer");
    private final UUID sessionId = UUID.randomUUID();
    private Path folder;
    private Path path;
    private WorkbookFile file;

    @BeforeProperty
    void createWorkbook() throws IOException, WorkbookException {
        folder = Files.createTempDirectory("trackwork-unicode");
        path = folder.resolve("x.trackwork");
        file = WorkbookFile.create(path);
        new PersonRepository(file).save(person);
    }

    @AfterProperty
    void deleteWorkbook() throws IOException {
        file.close();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path each : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        }
    }

    // twenty tries: each writes up to 100,000 characters twice, indexed for search, and reopens the workbook
    @Property(tries = 20)
    void anyTextComesBackIdenticalAfterReopening(@ForAll("pastedText") String text) throws WorkbookException {
        coverLongTextsAndSurrogatePairs(text);
        Person withPart = person.withPartInDestination(text);
        OneOnOne session = new OneOnOne(sessionId, person.id(), LocalDate.of(2026, 10, 5), "", text, List.of(),
                List.of());

        new PersonRepository(file).save(withPart);
        new OneOnOneRepository(file).save(session);
        reopen();

        assertThat(new PersonRepository(file).find(person.id()).orElseThrow().partInDestination()).isEqualTo(text);
        assertThat(new OneOnOneRepository(file).find(sessionId).orElseThrow().privateNotes()).isEqualTo(text);
    }

    @Example
    void halfASurrogatePairIsRefusedRatherThanStoredAsAQuestionMark() {
        String broken = "Smile \uD83D please";

        assertThat(RefusalWords.of(() -> person.withPartInDestination(broken)))
                .isEqualTo("My part in the destination contains a broken character (half of a surrogate pair),"
                        + " which cannot be stored.");
        assertThat(person.withPartInDestination("Smile \uD83D\uDE00 please").partInDestination()).hasSize(15);
    }

    @Example
    void aTextOfFiveMillionCharactersIsRefusedAndNothingIsSaved() throws WorkbookException {
        String pasted = "Ä😀x".repeat(1_250_000);
        assertThat(pasted).hasSize(5_000_000);

        assertThat(RefusalWords.of(() -> person.withPartInDestination(pasted))).contains("too long");
        assertThat(RefusalWords.of(() -> new OneOnOne(sessionId, person.id(), LocalDate.of(2026, 10, 5), "", pasted,
                List.of(), List.of()))).startsWith("Private notes is too long");
        reopen();

        assertThat(new PersonRepository(file).list()).containsExactly(person);
        assertThat(new OneOnOneRepository(file).listByPerson(person.id())).isEmpty();
    }

    /**
     * Text of up to 100,000 characters from every corner of Unicode: ASCII, control characters (all but NUL, which
     * the domain refuses), combining marks, right-to-left scripts and direction marks, emoji and other code points
     * beyond the first plane (surrogate pairs in Java), and the odd specials such as the byte order mark.
     */
    @Provide
    Arbitrary<String> pastedText() {
        Arbitrary<Integer> codePoints = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.integers().between(0x20, 0x7E)),
                Tuple.of(2, Arbitraries.integers().between(0x01, 0x1F)),
                Tuple.of(1, Arbitraries.integers().between(0x7F, 0x9F)),
                Tuple.of(2, Arbitraries.integers().between(0x0300, 0x036F)),
                Tuple.of(2, Arbitraries.integers().between(0x0590, 0x06FF)),
                Tuple.of(1, Arbitraries.of(0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066,
                        0x2067, 0x2068, 0x2069, 0xFEFF, 0xFFFD, 0xFFFE, 0xFFFF)),
                Tuple.of(3, Arbitraries.integers().between(0x1F300, 0x1FAFF)),
                Tuple.of(1, Arbitraries.integers().between(0x10000, 0x10FFFF)),
                Tuple.of(2, Arbitraries.integers().between(0xA0, 0xD7FF)),
                Tuple.of(1, Arbitraries.integers().between(0xE000, 0xFFFF)));
        return codePoints.list()
                .ofMaxSize(LONGEST)
                .withSizeDistribution(RandomDistribution.uniform())
                .map(UnicodeRoundTripTest::text);
    }

    /** Fails the property when too few tries were long or held characters beyond the first plane. */
    private static void coverLongTextsAndSurrogatePairs(String text) {
        Statistics.label("length").collect(text.length() > LONGEST / 2 ? "over 50,000" : "up to 50,000");
        Statistics.label("surrogate pairs").collect(text.codePointCount(0, text.length()) < text.length());
        Statistics.label("length").coverage(coverage -> coverage.check("over 50,000").count(n -> n >= 3));
        Statistics.label("surrogate pairs").coverage(coverage -> coverage.check(true).count(n -> n >= 6));
    }

    /** The code points as text, cut to the longest length without splitting a surrogate pair. */
    private static String text(List<Integer> codePoints) {
        StringBuilder text = new StringBuilder();
        for (int codePoint : codePoints) {
            if (text.length() + Character.charCount(codePoint) > LONGEST) {
                break;
            }
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private void reopen() throws WorkbookException {
        file.close();
        file = WorkbookFile.open(path);
    }
}
