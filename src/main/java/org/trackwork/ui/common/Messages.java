package org.trackwork.ui.common;

import java.text.MessageFormat;
import java.util.ResourceBundle;

/** The user-visible strings of {@code messages.properties}, for code; FXML reads the same bundle with %key. */
public final class Messages {

    public static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.trackwork.ui.messages");

    private Messages() {
    }

    public static String get(String key, Object... arguments) {
        String pattern = BUNDLE.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, BUNDLE.getLocale()).format(arguments);
    }
}
