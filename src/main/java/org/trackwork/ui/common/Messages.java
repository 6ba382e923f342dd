package org.trackwork.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.trackwork.domain.Refusal;
import org.trackwork.service.RefusalText;

/** The user-visible strings of {@code messages.properties}, for code; FXML reads the same bundle with %key. */
public final class Messages {

    public static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.trackwork.ui.messages");

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, BUNDLE.getLocale()).format(arguments);
    }

    /** A refusal in words: its key looked up here and then among the domain's refusals, a field's name too. */
    public static String of(Refusal refusal) {
        return RefusalText.of(refusal, BUNDLE.getLocale(), BUNDLE);
    }
}
