-- Which workbook a file is, whatever it is called or wherever it lies: its backups belong to it by this id. One row.
-- And the private text that edits removed, to be removed from the backups too once the edits can no longer be
-- undone. Portable SQL, as in V1.

CREATE TABLE workbook_identity (
    only_row   INTEGER     NOT NULL PRIMARY KEY CHECK (only_row = 1),
    id         VARCHAR(36) NOT NULL,
    created_at TEXT        NOT NULL
);

-- PERSON: a crew member was removed; ONE_ON_ONE: a session was deleted; PRIVATE_NOTES: a session's private notes
-- changed. Ids only: the text itself is never kept here.
CREATE TABLE purge_request (
    kind         VARCHAR(16) NOT NULL CHECK (kind IN ('PERSON', 'ONE_ON_ONE', 'PRIVATE_NOTES')),
    target_id    VARCHAR(36) NOT NULL,
    requested_at TEXT        NOT NULL,
    PRIMARY KEY (kind, target_id)
);

PRAGMA user_version = 3;
