package org.trackwork.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.trackwork.domain.Refusal;
import org.trackwork.store.StoreException;

/** Why something failed, in words a manager can act on, never a Java exception's text. */
class FailureTextTest {

    @Test
    void theDomainsOwnWordsAreKept() {
        assertThat(FailureText.ofEdit(new Refusal("refusal.required", new Refusal.Key("field.title"))))
                .isEqualTo("Title is required.");
    }

    @Test
    void aFullDiskAndARefusedWriteAreSaidForWhatTheyAre() {
        assertThat(FailureText.ofEdit(new StoreException("x", new SQLiteException("database or disk is full",
                SQLiteErrorCode.SQLITE_FULL)))).startsWith("the disk is full.");
        assertThat(FailureText.ofEdit(new StoreException("x", new SQLiteException("attempt to write a readonly"
                + " database", SQLiteErrorCode.SQLITE_READONLY)))).startsWith("the file refused the write");
        assertThat(FailureText.ofFile(new AccessDeniedException("/somewhere"))).startsWith("Trackwork may not write");
    }

    @Test
    void anythingElseIsAGeneralSentenceWithoutTheExceptionsText() {
        String text = FailureText.ofEdit(new IllegalArgumentException("No enum constant org.trackwork.BOGUS"));
        assertThat(text).doesNotContain("enum").doesNotContain("org.trackwork")
                .startsWith("the workbook could not be written.");
        assertThat(FailureText.ofRead(new NullPointerException("Cannot invoke \"String.length()\"")))
                .doesNotContain("invoke");
        assertThat(FailureText.expected(new Refusal("x"))).isTrue();
        assertThat(FailureText.expected(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aLongNotificationIsBrokenIntoLinesAtSpaces() {
        String wrapped = FxDialogService.wrapped("one two three four five six seven eight nine ten", 16);
        assertThat(wrapped.lines()).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(16));
        assertThat(wrapped.replace('\n', ' ')).isEqualTo("one two three four five six seven eight nine ten");
    }
}
