package org.trackwork.ui.destination;

import java.util.UUID;

/** Something a hazard can lie on: a goal, a station or a task, with how the list names it. */
record HazardTarget(Kind kind, UUID id, String label) {

    enum Kind { GOAL, STATION, TASK }
}
