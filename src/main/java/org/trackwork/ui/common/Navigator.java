package org.trackwork.ui.common;

/** Takes the user to a place in whichever area opens it; what an area uses to reach into another. */
@FunctionalInterface
public interface Navigator {

    void open(Target target);
}
