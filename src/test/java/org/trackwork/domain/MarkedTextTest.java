package org.trackwork.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.trackwork.domain.MarkedText.Part;

class MarkedTextTest {

    @Test
    void theMarksSplitTheTextIntoMatchedAndUnmatchedParts() {
        MarkedText text = new MarkedText("Ada \u0002lead\u0003s the \u0002demo\u0003");
        assertThat(text.parts()).containsExactly(new Part("Ada ", false), new Part("lead", true),
                new Part("s the ", false), new Part("demo", true));
        assertThat(text.plain()).isEqualTo("Ada leads the demo");
        assertThat(text.hasMatch()).isTrue();
    }

    @Test
    void aMarkLeftOpenRunsToTheEnd() {
        assertThat(new MarkedText("a \u0002b c").parts()).containsExactly(new Part("a ", false),
                new Part("b c", true));
    }

    @Test
    void textFromElsewhereIsNeverMarked() {
        MarkedText text = MarkedText.unmarked("pasted \u0002from a terminal\u0003");
        assertThat(text.hasMatch()).isFalse();
        assertThat(text.parts()).containsExactly(new Part("pasted  from a terminal ", false));
        assertThat(MarkedText.unmarked(null).isEmpty()).isTrue();
    }
}
