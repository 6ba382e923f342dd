package org.trackwork.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SearchTermsTest {

    @Test
    void typedTextBecomesItsWordsAndTheLastCanBeginALongerOne() {
        SearchTerms terms = SearchTerms.of("  Ada   onboar");
        assertThat(terms.words()).containsExactly("Ada", "onboar");
        assertThat(terms.lastIsPrefix()).isTrue();
    }

    @Test
    void aSpaceAfterTheLastWordMakesItWhole() {
        assertThat(SearchTerms.of("onboarding ").lastIsPrefix()).isFalse();
        assertThat(SearchTerms.of("onboarding.").lastIsPrefix()).isFalse();
    }

    @Test
    void aSingleCharacterBeginsNothing() {
        assertThat(SearchTerms.of("w").lastIsPrefix()).isFalse();
        assertThat(SearchTerms.of("ada w").lastIsPrefix()).isFalse();
        assertThat(SearchTerms.of("𝒜").lastIsPrefix()).isFalse();
        assertThat(SearchTerms.of("we").lastIsPrefix()).isTrue();
    }

    @Test
    void queryOperatorsAndPunctuationAreOnlyWhatSeparatesWords() {
        SearchTerms terms = SearchTerms.of("\"NEAR(ada demo)\" -bruno OR x* ^col:{title} AND NOT");
        assertThat(terms.words()).containsExactly("NEAR", "ada", "demo", "bruno", "OR", "x", "col", "title", "AND",
                "NOT");
        assertThat(terms.words()).allSatisfy(word -> assertThat(word).matches("\\p{L}+"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\"", "\"\"", "-", "*", "()", "{}:^", "\u0002\u0003", "\n\t", "😀🚂",
        "\uD800"})
    void textWithoutAWordSearchesForNothing(String typed) {
        SearchTerms terms = SearchTerms.of(typed);
        assertThat(terms.isEmpty()).isTrue();
        assertThat(terms.lastIsPrefix()).isFalse();
    }

    @Test
    void nullSearchesForNothing() {
        assertThat(SearchTerms.of(null).isEmpty()).isTrue();
    }

    @Test
    void accentsCombiningMarksAndScriptsWithoutSpacesStayInTheirWord() {
        assertThat(SearchTerms.of("Zoë").words()).containsExactly("Zoë");
        assertThat(SearchTerms.of("Zoe\u0308 Brontë").words()).containsExactly("Zoe\u0308", "Brontë");
        assertThat(SearchTerms.of("東京の駅 हिन्दी").words()).containsExactly("東京の駅", "हिन्दी");
    }

    @Test
    void aPastedFileIsReadOnlyAsFarAsALineAndCostsNoMore() {
        String fiveMegabytes = "lorem ipsum \"dolor\" NEAR -sit ".repeat(5_000_000 / 30);
        long start = System.nanoTime();
        SearchTerms terms = SearchTerms.of(fiveMegabytes);
        assertThat(terms.words()).hasSizeLessThanOrEqualTo(SearchTerms.MOST_WORDS);
        assertThat(terms.lastIsPrefix()).isTrue();
        assertThat(System.nanoTime() - start).isLessThan(1_000_000_000L);
        SearchTerms oneWord = SearchTerms.of("x".repeat(5_000_000));
        assertThat(oneWord.words()).singleElement().satisfies(word ->
                assertThat(word).hasSize(SearchTerms.LONGEST_WORD));
        assertThat(oneWord.lastIsPrefix()).isTrue();
    }

    @Test
    void aLongWordIsCutAndThenBeginsALongerOne() {
        SearchTerms terms = SearchTerms.of("a".repeat(100) + " b");
        assertThat(terms.words()).containsExactly("a".repeat(SearchTerms.LONGEST_WORD), "b");
    }

    @Test
    void aWordIsCutBetweenCharactersNeverInsideOne() {
        String cut = SearchTerms.of("a".repeat(SearchTerms.LONGEST_WORD - 1) + "𝒜𝒜").words().get(0);
        assertThat(cut).hasSize(SearchTerms.LONGEST_WORD - 1);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void onlyWordsCanBeTerms() {
        assertThatThrownBy(() -> new SearchTerms(List.of("a\"b"), false)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchTerms(List.of(""), false)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new SearchTerms(List.of(), true).lastIsPrefix()).isFalse();
    }
}
