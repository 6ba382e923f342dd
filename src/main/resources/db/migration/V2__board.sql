-- The track board: key results that count laid tasks, WIP limits per column, and the quarters a card crossed.
-- Portable SQL, as in V1.

-- Not part of the Station record: the station upserts leave it as it is.
ALTER TABLE station ADD COLUMN counts_laid_tasks INTEGER NOT NULL DEFAULT 0 CHECK (counts_laid_tasks IN (0, 1));

-- "column" is a reserved word in SQL, hence board_column. A column without a row has no limit.
CREATE TABLE column_limit (
    board_column VARCHAR(16) NOT NULL PRIMARY KEY CHECK (board_column IN ('SURVEYED', 'LAYING', 'LAID')),
    wip_limit    INTEGER     NOT NULL CHECK (wip_limit > 0)
);

-- A card carried from one quarter into the next when the quarter was closed; it crosses out of a quarter once.
CREATE TABLE quarter_crossing (
    task_id      VARCHAR(36) NOT NULL REFERENCES task (id) ON DELETE CASCADE,
    from_quarter VARCHAR(7)  NOT NULL,
    to_quarter   VARCHAR(7)  NOT NULL,
    crossed_on   VARCHAR(10) NOT NULL,
    PRIMARY KEY (task_id, from_quarter)
);

CREATE INDEX quarter_crossing_task ON quarter_crossing (task_id);
CREATE INDEX quarter_crossing_from ON quarter_crossing (from_quarter);

PRAGMA user_version = 2;
