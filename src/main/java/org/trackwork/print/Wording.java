package org.trackwork.print;

/**
 * The words a document is printed with, looked up by key in the app's messages, so that the print package
 * holds no user-visible text of its own and does not reach up into the UI for it.
 */
@FunctionalInterface
public interface Wording {

    String get(String key, Object... arguments);
}
