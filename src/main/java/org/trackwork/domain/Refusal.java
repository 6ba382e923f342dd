package org.trackwork.domain;

/**
 * A rule of the domain refused a value or an action. Its message is written for the user, unlike the text of any
 * other exception, which never reaches a user.
 */
public class Refusal extends IllegalArgumentException {

    public Refusal(String message) {
        super(message);
    }
}
