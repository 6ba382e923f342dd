-- Global search: a full-text index (SQLite FTS5) of everything a manager writes, inside the workbook. SQLite only,
-- unlike V1 to V3: full-text search has no portable SQL (a PostgreSQL workbook would use tsvector instead).
--
-- One FTS5 table per kind of text (search_task, search_one_on_one_private, ...), each an external-content index of
-- its workbook table: the text is not copied, the index points at the record by its rowid, and what a hit is and
-- whom it belongs to is read from the record itself when the index is searched. Each indexes three columns, which a
-- view over the workbook table gives it (search_task_text, ...):
--   title     what names the record: a title, a name, a hazard's description, a plan's period
--   body      the rest of what it says
--   unshared  what it says that a shared screen never shows: the description of a task or goal, a hazard's
--             resolution note, the private notes of a one-on-one
-- The views give the text with U+0002 and U+0003 made spaces, as the triggers index it: these two characters mark
-- the matches in highlights and snippets, so none may come from the text itself (to the tokenizer they are spaces
-- either way).
--
-- Triggers on the workbook's tables keep each index in step with every insert, update and delete, undo and redo
-- included; the cascades of foreign keys fire them too. They are allowed with trusted_schema = OFF, as every
-- connection opens a workbook: FTS5 tables are innocuous, and the triggers and views call only built-in functions.
-- Each index runs with FTS5's secure-delete, so that a changed or deleted text leaves no trace of its words in it
-- (as PRAGMA secure_delete does for the tables).
--
-- A workbook made before this migration gets its indexes built here, from what it holds.

CREATE VIEW search_destination_text AS
SELECT rowid AS doc, replace(replace(title, char(2), ' '), char(3), ' ') AS title,
       replace(replace(statement || char(10) || why_it_matters, char(2), ' '), char(3), ' ') AS body, '' AS unshared
FROM destination;

CREATE VIRTUAL TABLE search_destination USING fts5(title, body, unshared,
    content = 'search_destination_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_destination (search_destination, rank) VALUES ('secure-delete', 1);
INSERT INTO search_destination (search_destination) VALUES ('rebuild');

CREATE TRIGGER search_destination_insert AFTER INSERT ON destination BEGIN
    INSERT INTO search_destination (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.title, char(2), ' '), char(3), ' '),
        replace(replace(new.statement || char(10) || new.why_it_matters, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_destination_update AFTER UPDATE OF title, statement, why_it_matters ON destination
WHEN old.title IS NOT new.title OR old.statement IS NOT new.statement
    OR old.why_it_matters IS NOT new.why_it_matters BEGIN
    INSERT INTO search_destination (search_destination, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.title, char(2), ' '), char(3), ' '),
        replace(replace(old.statement || char(10) || old.why_it_matters, char(2), ' '), char(3), ' '), '');
    INSERT INTO search_destination (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.title, char(2), ' '), char(3), ' '),
        replace(replace(new.statement || char(10) || new.why_it_matters, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_destination_delete AFTER DELETE ON destination BEGIN
    INSERT INTO search_destination (search_destination, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.title, char(2), ' '), char(3), ' '),
        replace(replace(old.statement || char(10) || old.why_it_matters, char(2), ' '), char(3), ' '), '');
END;

CREATE VIEW search_shift_text AS
SELECT rowid AS doc, '' AS title, replace(replace(reason, char(2), ' '), char(3), ' ') AS body, '' AS unshared
FROM shift;

CREATE VIRTUAL TABLE search_shift USING fts5(title, body, unshared,
    content = 'search_shift_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_shift (search_shift, rank) VALUES ('secure-delete', 1);
INSERT INTO search_shift (search_shift) VALUES ('rebuild');

CREATE TRIGGER search_shift_insert AFTER INSERT ON shift BEGIN
    INSERT INTO search_shift (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.reason, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_shift_update AFTER UPDATE OF reason ON shift
WHEN old.reason IS NOT new.reason BEGIN
    INSERT INTO search_shift (search_shift, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.reason, char(2), ' '), char(3), ' '), '');
    INSERT INTO search_shift (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.reason, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_shift_delete AFTER DELETE ON shift BEGIN
    INSERT INTO search_shift (search_shift, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.reason, char(2), ' '), char(3), ' '), '');
END;

CREATE VIEW search_goal_text AS
SELECT rowid AS doc, replace(replace(title, char(2), ' '), char(3), ' ') AS title, '' AS body,
       replace(replace(description, char(2), ' '), char(3), ' ') AS unshared
FROM goal;

CREATE VIRTUAL TABLE search_goal USING fts5(title, body, unshared,
    content = 'search_goal_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_goal (search_goal, rank) VALUES ('secure-delete', 1);
INSERT INTO search_goal (search_goal) VALUES ('rebuild');

CREATE TRIGGER search_goal_insert AFTER INSERT ON goal BEGIN
    INSERT INTO search_goal (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.title, char(2), ' '), char(3), ' '), '',
        replace(replace(new.description, char(2), ' '), char(3), ' '));
END;

CREATE TRIGGER search_goal_update AFTER UPDATE OF title, description ON goal
WHEN old.title IS NOT new.title OR old.description IS NOT new.description BEGIN
    INSERT INTO search_goal (search_goal, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.title, char(2), ' '), char(3), ' '), '',
        replace(replace(old.description, char(2), ' '), char(3), ' '));
    INSERT INTO search_goal (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.title, char(2), ' '), char(3), ' '), '',
        replace(replace(new.description, char(2), ' '), char(3), ' '));
END;

CREATE TRIGGER search_goal_delete AFTER DELETE ON goal BEGIN
    INSERT INTO search_goal (search_goal, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.title, char(2), ' '), char(3), ' '), '',
        replace(replace(old.description, char(2), ' '), char(3), ' '));
END;

CREATE VIEW search_station_text AS
SELECT rowid AS doc, replace(replace(title, char(2), ' '), char(3), ' ') AS title, '' AS body, '' AS unshared
FROM station;

CREATE VIRTUAL TABLE search_station USING fts5(title, body, unshared,
    content = 'search_station_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_station (search_station, rank) VALUES ('secure-delete', 1);
INSERT INTO search_station (search_station) VALUES ('rebuild');

CREATE TRIGGER search_station_insert AFTER INSERT ON station BEGIN
    INSERT INTO search_station (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.title, char(2), ' '), char(3), ' '), '', '');
END;

CREATE TRIGGER search_station_update AFTER UPDATE OF title ON station
WHEN old.title IS NOT new.title BEGIN
    INSERT INTO search_station (search_station, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.title, char(2), ' '), char(3), ' '), '', '');
    INSERT INTO search_station (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.title, char(2), ' '), char(3), ' '), '', '');
END;

CREATE TRIGGER search_station_delete AFTER DELETE ON station BEGIN
    INSERT INTO search_station (search_station, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.title, char(2), ' '), char(3), ' '), '', '');
END;

CREATE VIEW search_check_in_text AS
SELECT rowid AS doc, '' AS title, replace(replace(comment, char(2), ' '), char(3), ' ') AS body, '' AS unshared
FROM check_in;

CREATE VIRTUAL TABLE search_check_in USING fts5(title, body, unshared,
    content = 'search_check_in_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_check_in (search_check_in, rank) VALUES ('secure-delete', 1);
INSERT INTO search_check_in (search_check_in) VALUES ('rebuild');

CREATE TRIGGER search_check_in_insert AFTER INSERT ON check_in BEGIN
    INSERT INTO search_check_in (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.comment, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_check_in_update AFTER UPDATE OF comment ON check_in
WHEN old.comment IS NOT new.comment BEGIN
    INSERT INTO search_check_in (search_check_in, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.comment, char(2), ' '), char(3), ' '), '');
    INSERT INTO search_check_in (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.comment, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_check_in_delete AFTER DELETE ON check_in BEGIN
    INSERT INTO search_check_in (search_check_in, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.comment, char(2), ' '), char(3), ' '), '');
END;

CREATE VIEW search_task_text AS
SELECT rowid AS doc, replace(replace(title, char(2), ' '), char(3), ' ') AS title, '' AS body,
       replace(replace(description, char(2), ' '), char(3), ' ') AS unshared
FROM task;

CREATE VIRTUAL TABLE search_task USING fts5(title, body, unshared,
    content = 'search_task_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_task (search_task, rank) VALUES ('secure-delete', 1);
INSERT INTO search_task (search_task) VALUES ('rebuild');

CREATE TRIGGER search_task_insert AFTER INSERT ON task BEGIN
    INSERT INTO search_task (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.title, char(2), ' '), char(3), ' '), '',
        replace(replace(new.description, char(2), ' '), char(3), ' '));
END;

CREATE TRIGGER search_task_update AFTER UPDATE OF title, description ON task
WHEN old.title IS NOT new.title OR old.description IS NOT new.description BEGIN
    INSERT INTO search_task (search_task, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.title, char(2), ' '), char(3), ' '), '',
        replace(replace(old.description, char(2), ' '), char(3), ' '));
    INSERT INTO search_task (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.title, char(2), ' '), char(3), ' '), '',
        replace(replace(new.description, char(2), ' '), char(3), ' '));
END;

CREATE TRIGGER search_task_delete AFTER DELETE ON task BEGIN
    INSERT INTO search_task (search_task, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.title, char(2), ' '), char(3), ' '), '',
        replace(replace(old.description, char(2), ' '), char(3), ' '));
END;

CREATE VIEW search_checklist_item_text AS
SELECT rowid AS doc, '' AS title, replace(replace(text, char(2), ' '), char(3), ' ') AS body, '' AS unshared
FROM checklist_item;

CREATE VIRTUAL TABLE search_checklist_item USING fts5(title, body, unshared,
    content = 'search_checklist_item_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_checklist_item (search_checklist_item, rank) VALUES ('secure-delete', 1);
INSERT INTO search_checklist_item (search_checklist_item) VALUES ('rebuild');

CREATE TRIGGER search_checklist_item_insert AFTER INSERT ON checklist_item BEGIN
    INSERT INTO search_checklist_item (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.text, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_checklist_item_update AFTER UPDATE OF text ON checklist_item
WHEN old.text IS NOT new.text BEGIN
    INSERT INTO search_checklist_item (search_checklist_item, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.text, char(2), ' '), char(3), ' '), '');
    INSERT INTO search_checklist_item (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.text, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_checklist_item_delete AFTER DELETE ON checklist_item BEGIN
    INSERT INTO search_checklist_item (search_checklist_item, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.text, char(2), ' '), char(3), ' '), '');
END;

CREATE VIEW search_hazard_text AS
SELECT rowid AS doc, replace(replace(description, char(2), ' '), char(3), ' ') AS title, '' AS body,
       replace(replace(resolution_note, char(2), ' '), char(3), ' ') AS unshared
FROM hazard;

CREATE VIRTUAL TABLE search_hazard USING fts5(title, body, unshared,
    content = 'search_hazard_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_hazard (search_hazard, rank) VALUES ('secure-delete', 1);
INSERT INTO search_hazard (search_hazard) VALUES ('rebuild');

CREATE TRIGGER search_hazard_insert AFTER INSERT ON hazard BEGIN
    INSERT INTO search_hazard (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.description, char(2), ' '), char(3), ' '), '',
        replace(replace(new.resolution_note, char(2), ' '), char(3), ' '));
END;

CREATE TRIGGER search_hazard_update AFTER UPDATE OF description, resolution_note ON hazard
WHEN old.description IS NOT new.description OR old.resolution_note IS NOT new.resolution_note BEGIN
    INSERT INTO search_hazard (search_hazard, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.description, char(2), ' '), char(3), ' '), '',
        replace(replace(old.resolution_note, char(2), ' '), char(3), ' '));
    INSERT INTO search_hazard (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.description, char(2), ' '), char(3), ' '), '',
        replace(replace(new.resolution_note, char(2), ' '), char(3), ' '));
END;

CREATE TRIGGER search_hazard_delete AFTER DELETE ON hazard BEGIN
    INSERT INTO search_hazard (search_hazard, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.description, char(2), ' '), char(3), ' '), '',
        replace(replace(old.resolution_note, char(2), ' '), char(3), ' '));
END;

CREATE VIEW search_person_text AS
SELECT rowid AS doc, replace(replace(name, char(2), ' '), char(3), ' ') AS title,
       replace(replace(role || char(10) || part_in_destination, char(2), ' '), char(3), ' ') AS body, '' AS unshared
FROM person;

CREATE VIRTUAL TABLE search_person USING fts5(title, body, unshared,
    content = 'search_person_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_person (search_person, rank) VALUES ('secure-delete', 1);
INSERT INTO search_person (search_person) VALUES ('rebuild');

CREATE TRIGGER search_person_insert AFTER INSERT ON person BEGIN
    INSERT INTO search_person (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.name, char(2), ' '), char(3), ' '),
        replace(replace(new.role || char(10) || new.part_in_destination, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_person_update AFTER UPDATE OF name, role, part_in_destination ON person
WHEN old.name IS NOT new.name OR old.role IS NOT new.role
    OR old.part_in_destination IS NOT new.part_in_destination BEGIN
    INSERT INTO search_person (search_person, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.name, char(2), ' '), char(3), ' '),
        replace(replace(old.role || char(10) || old.part_in_destination, char(2), ' '), char(3), ' '), '');
    INSERT INTO search_person (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.name, char(2), ' '), char(3), ' '),
        replace(replace(new.role || char(10) || new.part_in_destination, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_person_delete AFTER DELETE ON person BEGIN
    INSERT INTO search_person (search_person, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.name, char(2), ' '), char(3), ' '),
        replace(replace(old.role || char(10) || old.part_in_destination, char(2), ' '), char(3), ' '), '');
END;

CREATE VIEW search_development_plan_text AS
SELECT rowid AS doc, replace(replace(period, char(2), ' '), char(3), ' ') AS title,
       replace(replace(strengths || char(10) || growth_areas || char(10)
           || support_needed, char(2), ' '), char(3), ' ') AS body,
       '' AS unshared
FROM development_plan;

CREATE VIRTUAL TABLE search_development_plan USING fts5(title, body, unshared,
    content = 'search_development_plan_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_development_plan (search_development_plan, rank) VALUES ('secure-delete', 1);
INSERT INTO search_development_plan (search_development_plan) VALUES ('rebuild');

CREATE TRIGGER search_development_plan_insert AFTER INSERT ON development_plan BEGIN
    INSERT INTO search_development_plan (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.period, char(2), ' '), char(3), ' '),
        replace(replace(new.strengths || char(10) || new.growth_areas || char(10)
            || new.support_needed, char(2), ' '), char(3), ' '),
        '');
END;

CREATE TRIGGER search_development_plan_update
AFTER UPDATE OF period, strengths, growth_areas, support_needed ON development_plan
WHEN old.period IS NOT new.period OR old.strengths IS NOT new.strengths
    OR old.growth_areas IS NOT new.growth_areas OR old.support_needed IS NOT new.support_needed BEGIN
    INSERT INTO search_development_plan (search_development_plan, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.period, char(2), ' '), char(3), ' '),
        replace(replace(old.strengths || char(10) || old.growth_areas || char(10)
            || old.support_needed, char(2), ' '), char(3), ' '),
        '');
    INSERT INTO search_development_plan (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.period, char(2), ' '), char(3), ' '),
        replace(replace(new.strengths || char(10) || new.growth_areas || char(10)
            || new.support_needed, char(2), ' '), char(3), ' '),
        '');
END;

CREATE TRIGGER search_development_plan_delete AFTER DELETE ON development_plan BEGIN
    INSERT INTO search_development_plan (search_development_plan, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.period, char(2), ' '), char(3), ' '),
        replace(replace(old.strengths || char(10) || old.growth_areas || char(10)
            || old.support_needed, char(2), ' '), char(3), ' '),
        '');
END;

CREATE VIEW search_development_goal_text AS
SELECT rowid AS doc, replace(replace(title, char(2), ' '), char(3), ' ') AS title,
       replace(replace(evidence, char(2), ' '), char(3), ' ') AS body, '' AS unshared
FROM development_goal;

CREATE VIRTUAL TABLE search_development_goal USING fts5(title, body, unshared,
    content = 'search_development_goal_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_development_goal (search_development_goal, rank) VALUES ('secure-delete', 1);
INSERT INTO search_development_goal (search_development_goal) VALUES ('rebuild');

CREATE TRIGGER search_development_goal_insert AFTER INSERT ON development_goal BEGIN
    INSERT INTO search_development_goal (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.title, char(2), ' '), char(3), ' '),
        replace(replace(new.evidence, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_development_goal_update AFTER UPDATE OF title, evidence ON development_goal
WHEN old.title IS NOT new.title OR old.evidence IS NOT new.evidence BEGIN
    INSERT INTO search_development_goal (search_development_goal, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.title, char(2), ' '), char(3), ' '),
        replace(replace(old.evidence, char(2), ' '), char(3), ' '), '');
    INSERT INTO search_development_goal (rowid, title, body, unshared)
    VALUES (new.rowid, replace(replace(new.title, char(2), ' '), char(3), ' '),
        replace(replace(new.evidence, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_development_goal_delete AFTER DELETE ON development_goal BEGIN
    INSERT INTO search_development_goal (search_development_goal, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, replace(replace(old.title, char(2), ' '), char(3), ' '),
        replace(replace(old.evidence, char(2), ' '), char(3), ' '), '');
END;

CREATE VIEW search_development_action_text AS
SELECT rowid AS doc, '' AS title, replace(replace(description, char(2), ' '), char(3), ' ') AS body, '' AS unshared
FROM development_action;

CREATE VIRTUAL TABLE search_development_action USING fts5(title, body, unshared,
    content = 'search_development_action_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_development_action (search_development_action, rank) VALUES ('secure-delete', 1);
INSERT INTO search_development_action (search_development_action) VALUES ('rebuild');

CREATE TRIGGER search_development_action_insert AFTER INSERT ON development_action BEGIN
    INSERT INTO search_development_action (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.description, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_development_action_update AFTER UPDATE OF description ON development_action
WHEN old.description IS NOT new.description BEGIN
    INSERT INTO search_development_action (search_development_action, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.description, char(2), ' '), char(3), ' '), '');
    INSERT INTO search_development_action (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.description, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_development_action_delete AFTER DELETE ON development_action BEGIN
    INSERT INTO search_development_action (search_development_action, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.description, char(2), ' '), char(3), ' '), '');
END;

CREATE VIEW search_one_on_one_text AS
SELECT rowid AS doc, '' AS title, replace(replace(shared_notes, char(2), ' '), char(3), ' ') AS body, '' AS unshared
FROM one_on_one;

CREATE VIRTUAL TABLE search_one_on_one USING fts5(title, body, unshared,
    content = 'search_one_on_one_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_one_on_one (search_one_on_one, rank) VALUES ('secure-delete', 1);
INSERT INTO search_one_on_one (search_one_on_one) VALUES ('rebuild');

CREATE TRIGGER search_one_on_one_insert AFTER INSERT ON one_on_one BEGIN
    INSERT INTO search_one_on_one (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.shared_notes, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_one_on_one_update AFTER UPDATE OF shared_notes ON one_on_one
WHEN old.shared_notes IS NOT new.shared_notes BEGIN
    INSERT INTO search_one_on_one (search_one_on_one, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.shared_notes, char(2), ' '), char(3), ' '), '');
    INSERT INTO search_one_on_one (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.shared_notes, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_one_on_one_delete AFTER DELETE ON one_on_one BEGIN
    INSERT INTO search_one_on_one (search_one_on_one, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.shared_notes, char(2), ' '), char(3), ' '), '');
END;

CREATE VIEW search_one_on_one_private_text AS
SELECT rowid AS doc, '' AS title, '' AS body,
       replace(replace(private_notes, char(2), ' '), char(3), ' ') AS unshared
FROM one_on_one;

CREATE VIRTUAL TABLE search_one_on_one_private USING fts5(title, body, unshared,
    content = 'search_one_on_one_private_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_one_on_one_private (search_one_on_one_private, rank) VALUES ('secure-delete', 1);
INSERT INTO search_one_on_one_private (search_one_on_one_private) VALUES ('rebuild');

CREATE TRIGGER search_one_on_one_private_insert AFTER INSERT ON one_on_one BEGIN
    INSERT INTO search_one_on_one_private (rowid, title, body, unshared)
    VALUES (new.rowid, '', '', replace(replace(new.private_notes, char(2), ' '), char(3), ' '));
END;

CREATE TRIGGER search_one_on_one_private_update AFTER UPDATE OF private_notes ON one_on_one
WHEN old.private_notes IS NOT new.private_notes BEGIN
    INSERT INTO search_one_on_one_private (search_one_on_one_private, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', '', replace(replace(old.private_notes, char(2), ' '), char(3), ' '));
    INSERT INTO search_one_on_one_private (rowid, title, body, unshared)
    VALUES (new.rowid, '', '', replace(replace(new.private_notes, char(2), ' '), char(3), ' '));
END;

CREATE TRIGGER search_one_on_one_private_delete AFTER DELETE ON one_on_one BEGIN
    INSERT INTO search_one_on_one_private (search_one_on_one_private, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', '', replace(replace(old.private_notes, char(2), ' '), char(3), ' '));
END;

CREATE VIEW search_agenda_item_text AS
SELECT rowid AS doc, '' AS title, replace(replace(text, char(2), ' '), char(3), ' ') AS body, '' AS unshared
FROM agenda_item;

CREATE VIRTUAL TABLE search_agenda_item USING fts5(title, body, unshared,
    content = 'search_agenda_item_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_agenda_item (search_agenda_item, rank) VALUES ('secure-delete', 1);
INSERT INTO search_agenda_item (search_agenda_item) VALUES ('rebuild');

CREATE TRIGGER search_agenda_item_insert AFTER INSERT ON agenda_item BEGIN
    INSERT INTO search_agenda_item (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.text, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_agenda_item_update AFTER UPDATE OF text ON agenda_item
WHEN old.text IS NOT new.text BEGIN
    INSERT INTO search_agenda_item (search_agenda_item, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.text, char(2), ' '), char(3), ' '), '');
    INSERT INTO search_agenda_item (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.text, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_agenda_item_delete AFTER DELETE ON agenda_item BEGIN
    INSERT INTO search_agenda_item (search_agenda_item, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.text, char(2), ' '), char(3), ' '), '');
END;

CREATE VIEW search_action_item_text AS
SELECT rowid AS doc, '' AS title, replace(replace(text, char(2), ' '), char(3), ' ') AS body, '' AS unshared
FROM action_item;

CREATE VIRTUAL TABLE search_action_item USING fts5(title, body, unshared,
    content = 'search_action_item_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_action_item (search_action_item, rank) VALUES ('secure-delete', 1);
INSERT INTO search_action_item (search_action_item) VALUES ('rebuild');

CREATE TRIGGER search_action_item_insert AFTER INSERT ON action_item BEGIN
    INSERT INTO search_action_item (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.text, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_action_item_update AFTER UPDATE OF text ON action_item
WHEN old.text IS NOT new.text BEGIN
    INSERT INTO search_action_item (search_action_item, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.text, char(2), ' '), char(3), ' '), '');
    INSERT INTO search_action_item (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.text, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_action_item_delete AFTER DELETE ON action_item BEGIN
    INSERT INTO search_action_item (search_action_item, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.text, char(2), ' '), char(3), ' '), '');
END;

CREATE VIEW search_recognition_text AS
SELECT rowid AS doc, '' AS title, replace(replace(what, char(2), ' '), char(3), ' ') AS body, '' AS unshared
FROM recognition;

CREATE VIRTUAL TABLE search_recognition USING fts5(title, body, unshared,
    content = 'search_recognition_text', content_rowid = 'doc', tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3');

INSERT INTO search_recognition (search_recognition, rank) VALUES ('secure-delete', 1);
INSERT INTO search_recognition (search_recognition) VALUES ('rebuild');

CREATE TRIGGER search_recognition_insert AFTER INSERT ON recognition BEGIN
    INSERT INTO search_recognition (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.what, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_recognition_update AFTER UPDATE OF what ON recognition
WHEN old.what IS NOT new.what BEGIN
    INSERT INTO search_recognition (search_recognition, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.what, char(2), ' '), char(3), ' '), '');
    INSERT INTO search_recognition (rowid, title, body, unshared)
    VALUES (new.rowid, '', replace(replace(new.what, char(2), ' '), char(3), ' '), '');
END;

CREATE TRIGGER search_recognition_delete AFTER DELETE ON recognition BEGIN
    INSERT INTO search_recognition (search_recognition, rowid, title, body, unshared)
    VALUES ('delete', old.rowid, '', replace(replace(old.what, char(2), ' '), char(3), ' '), '');
END;

PRAGMA user_version = 4;
