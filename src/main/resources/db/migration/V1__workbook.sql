PRAGMA application_id = 1414682443;

-- The whole workbook. Portable SQL: it must also run on PostgreSQL. Ids are UUID text, dates ISO local dates,
-- instants ISO-8601 UTC text with nine fraction digits (so that they sort as text), enums by name, booleans 0 and 1.
-- Child lists keep their order in a position column.

CREATE TABLE person (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    name                TEXT        NOT NULL,
    role                TEXT        NOT NULL,
    start_date          TEXT,
    part_in_destination TEXT        NOT NULL,
    is_manager          INTEGER     NOT NULL CHECK (is_manager IN (0, 1)),
    is_archived         INTEGER     NOT NULL CHECK (is_archived IN (0, 1))
);

CREATE TABLE destination (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    title          TEXT        NOT NULL,
    statement      TEXT        NOT NULL,
    why_it_matters TEXT        NOT NULL,
    horizon        TEXT,
    status         TEXT        NOT NULL CHECK (status IN ('CURRENT', 'REACHED', 'ABANDONED')),
    created_at     TEXT        NOT NULL
);

-- One destination is current at a time.
CREATE UNIQUE INDEX destination_one_current ON destination (status) WHERE status = 'CURRENT';
CREATE INDEX destination_created_at ON destination (created_at);

CREATE TABLE shift (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    from_destination_id VARCHAR(36) REFERENCES destination (id) ON DELETE RESTRICT,
    to_destination_id   VARCHAR(36) NOT NULL REFERENCES destination (id) ON DELETE RESTRICT,
    reason              TEXT        NOT NULL,
    shifted_on          TEXT        NOT NULL
);

CREATE INDEX shift_from_destination ON shift (from_destination_id);
CREATE INDEX shift_to_destination ON shift (to_destination_id);

CREATE TABLE shift_talk (
    shift_id  VARCHAR(36) NOT NULL REFERENCES shift (id) ON DELETE CASCADE,
    person_id VARCHAR(36) NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    position  INTEGER     NOT NULL,
    talked_on TEXT,
    -- A crew member is on a shift's checklist once; the key's index also serves the foreign key on shift_id.
    PRIMARY KEY (shift_id, person_id)
);

CREATE INDEX shift_talk_person ON shift_talk (person_id);

CREATE TABLE goal (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    destination_id VARCHAR(36) NOT NULL REFERENCES destination (id) ON DELETE CASCADE,
    quarter        VARCHAR(7)  NOT NULL,
    title          TEXT        NOT NULL,
    description    TEXT        NOT NULL,
    owner_id       VARCHAR(36) REFERENCES person (id) ON DELETE SET NULL,
    position       INTEGER     NOT NULL
);

CREATE INDEX goal_destination ON goal (destination_id);
CREATE INDEX goal_owner ON goal (owner_id);
CREATE INDEX goal_quarter ON goal (quarter, position);

CREATE TABLE station (
    id            VARCHAR(36)      NOT NULL PRIMARY KEY,
    goal_id       VARCHAR(36)      NOT NULL REFERENCES goal (id) ON DELETE CASCADE,
    title         TEXT             NOT NULL,
    kind          TEXT             NOT NULL CHECK (kind IN ('KEY_RESULT', 'MILESTONE')),
    start_value   DOUBLE PRECISION NOT NULL,
    target_value  DOUBLE PRECISION NOT NULL,
    current_value DOUBLE PRECISION NOT NULL,
    unit          TEXT             NOT NULL,
    is_done       INTEGER          NOT NULL CHECK (is_done IN (0, 1)),
    due           TEXT,
    confidence    TEXT             NOT NULL CHECK (confidence IN ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    position      INTEGER          NOT NULL
);

CREATE INDEX station_goal ON station (goal_id, position);

CREATE TABLE check_in (
    id          VARCHAR(36)      NOT NULL PRIMARY KEY,
    station_id  VARCHAR(36)      NOT NULL REFERENCES station (id) ON DELETE CASCADE,
    checked_on  TEXT             NOT NULL,
    value       DOUBLE PRECISION NOT NULL,
    confidence  TEXT             NOT NULL CHECK (confidence IN ('ON_TRACK', 'AT_RISK', 'OFF_TRACK')),
    comment     TEXT             NOT NULL,
    recorded_at TEXT             NOT NULL
);

CREATE INDEX check_in_station ON check_in (station_id, checked_on, recorded_at);

-- "column" is a reserved word in SQL, hence board_column.
CREATE TABLE task (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    quarter      VARCHAR(7)  NOT NULL,
    title        TEXT        NOT NULL,
    description  TEXT        NOT NULL,
    board_column TEXT        NOT NULL CHECK (board_column IN ('SURVEYED', 'LAYING', 'LAID')),
    position     INTEGER     NOT NULL,
    owner_id     VARCHAR(36) REFERENCES person (id) ON DELETE SET NULL,
    goal_id      VARCHAR(36) REFERENCES goal (id) ON DELETE SET NULL,
    station_id   VARCHAR(36) REFERENCES station (id) ON DELETE SET NULL,
    due          TEXT,
    created_at   TEXT        NOT NULL
);

CREATE INDEX task_board ON task (quarter, board_column, position);
CREATE INDEX task_owner ON task (owner_id);
CREATE INDEX task_goal ON task (goal_id);
CREATE INDEX task_station ON task (station_id);

CREATE TABLE checklist_item (
    id       VARCHAR(36) NOT NULL PRIMARY KEY,
    task_id  VARCHAR(36) NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    position INTEGER     NOT NULL,
    text     TEXT        NOT NULL,
    is_done  INTEGER     NOT NULL CHECK (is_done IN (0, 1))
);

CREATE INDEX checklist_item_task ON checklist_item (task_id, position);

-- A hazard lies on exactly one goal, station or task, and goes with it.
CREATE TABLE hazard (
    id              VARCHAR(36) NOT NULL PRIMARY KEY,
    description     TEXT        NOT NULL,
    severity        TEXT        NOT NULL CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH')),
    goal_id         VARCHAR(36) REFERENCES goal (id) ON DELETE CASCADE,
    station_id      VARCHAR(36) REFERENCES station (id) ON DELETE CASCADE,
    task_id         VARCHAR(36) REFERENCES task (id) ON DELETE CASCADE,
    raised_on       TEXT        NOT NULL,
    raised_by_id    VARCHAR(36) REFERENCES person (id) ON DELETE SET NULL,
    is_confidential INTEGER     NOT NULL CHECK (is_confidential IN (0, 1)),
    escalated_on    TEXT,
    resolved_on     TEXT,
    resolution_note TEXT        NOT NULL,
    CHECK ((CASE WHEN goal_id IS NULL THEN 0 ELSE 1 END)
         + (CASE WHEN station_id IS NULL THEN 0 ELSE 1 END)
         + (CASE WHEN task_id IS NULL THEN 0 ELSE 1 END) = 1)
);

CREATE INDEX hazard_goal ON hazard (goal_id);
CREATE INDEX hazard_station ON hazard (station_id);
CREATE INDEX hazard_task ON hazard (task_id);
CREATE INDEX hazard_raised_by ON hazard (raised_by_id);

CREATE TABLE development_plan (
    id             VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id      VARCHAR(36) NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    period         TEXT        NOT NULL,
    strengths      TEXT        NOT NULL,
    growth_areas   TEXT        NOT NULL,
    support_needed TEXT        NOT NULL,
    status         TEXT        NOT NULL CHECK (status IN ('DRAFT', 'AGREED', 'REVIEWED')),
    agreed_on      TEXT,
    reviewed_on    TEXT,
    -- One plan per person and period; its index also serves the foreign key on person_id.
    UNIQUE (person_id, period)
);

CREATE TABLE development_goal (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    plan_id     VARCHAR(36) NOT NULL REFERENCES development_plan (id) ON DELETE CASCADE,
    position    INTEGER     NOT NULL,
    title       TEXT        NOT NULL,
    target_date TEXT,
    status      TEXT        NOT NULL CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    evidence    TEXT        NOT NULL
);

CREATE INDEX development_goal_plan ON development_goal (plan_id, position);

CREATE TABLE development_action (
    id          VARCHAR(36) NOT NULL PRIMARY KEY,
    goal_id     VARCHAR(36) NOT NULL REFERENCES development_goal (id) ON DELETE CASCADE,
    position    INTEGER     NOT NULL,
    kind        TEXT        NOT NULL
        CHECK (kind IN ('LEARNING', 'PRACTICE', 'STRETCH_ASSIGNMENT', 'COACHING', 'FEEDBACK')),
    description TEXT        NOT NULL,
    due         TEXT,
    is_done     INTEGER     NOT NULL CHECK (is_done IN (0, 1))
);

CREATE INDEX development_action_goal ON development_action (goal_id, position);

CREATE TABLE one_on_one (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id     VARCHAR(36) NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    held_on       TEXT        NOT NULL,
    shared_notes  TEXT        NOT NULL,
    private_notes TEXT        NOT NULL
);

CREATE INDEX one_on_one_person ON one_on_one (person_id, held_on);

CREATE TABLE agenda_item (
    id                  VARCHAR(36) NOT NULL PRIMARY KEY,
    one_on_one_id       VARCHAR(36) NOT NULL REFERENCES one_on_one (id) ON DELETE CASCADE,
    position            INTEGER     NOT NULL,
    text                TEXT        NOT NULL,
    is_raised_by_person INTEGER     NOT NULL CHECK (is_raised_by_person IN (0, 1)),
    is_recurring        INTEGER     NOT NULL CHECK (is_recurring IN (0, 1)),
    is_discussed        INTEGER     NOT NULL CHECK (is_discussed IN (0, 1))
);

CREATE INDEX agenda_item_one_on_one ON agenda_item (one_on_one_id, position);

CREATE TABLE action_item (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    one_on_one_id VARCHAR(36) NOT NULL REFERENCES one_on_one (id) ON DELETE CASCADE,
    position      INTEGER     NOT NULL,
    text          TEXT        NOT NULL,
    owner         TEXT        NOT NULL CHECK (owner IN ('PERSON', 'MANAGER')),
    due           TEXT,
    is_done       INTEGER     NOT NULL CHECK (is_done IN (0, 1)),
    task_id       VARCHAR(36) REFERENCES task (id) ON DELETE SET NULL
);

CREATE INDEX action_item_one_on_one ON action_item (one_on_one_id, position);
CREATE INDEX action_item_task ON action_item (task_id);

CREATE TABLE recognition (
    id            VARCHAR(36) NOT NULL PRIMARY KEY,
    person_id     VARCHAR(36) NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    recognized_on TEXT        NOT NULL,
    what          TEXT        NOT NULL,
    goal_id       VARCHAR(36) REFERENCES goal (id) ON DELETE SET NULL
);

CREATE INDEX recognition_person ON recognition (person_id, recognized_on);
CREATE INDEX recognition_goal ON recognition (goal_id);

PRAGMA user_version = 1;
