package org.trackwork.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.trackwork.domain.Refusal;

/** For tests: the sentence a user reads for the refusal that a piece of code throws. */
public final class RefusalWords {

    private RefusalWords() {
    }

    /** Fails unless the code throws a refusal; its words as the app says them, in the user's locale. */
    public static String of(ThrowingCallable code) {
        Throwable thrown = catchThrowable(code);
        assertThat(thrown).isInstanceOf(Refusal.class);
        return RefusalText.of((Refusal) thrown, Locale.getDefault(Locale.Category.FORMAT));
    }
}
