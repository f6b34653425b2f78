-- A restore is filed in history as `restore`, not as an edit, so `frontline
-- history` says what happened. The triggers cannot know why a row changes, so
-- the restore writes its action into history_action for the length of its
-- transaction and the edit trigger takes it from there (`edit` otherwise).
-- The action's CHECK needs the new value: SQLite cannot alter a CHECK, so the
-- history table is rebuilt, versions and their numbers kept.
DROP TRIGGER records_keep_edit;
DROP TRIGGER records_keep_removal;

CREATE TABLE records_history_new (
    version INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('edit', 'remove', 'restore')),
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    kind TEXT NOT NULL,
    actor TEXT NOT NULL,
    region TEXT NOT NULL,
    layer TEXT NOT NULL,
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    area_km2 REAL NOT NULL,
    bound TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT,
    published TEXT,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO records_history_new SELECT
    version, record_id, action, changed_at, kind, actor, region, layer, start,
    "end", area_km2, bound, source, url, published, note, created_at, updated_at
FROM records_history;
DROP TABLE records_history;
ALTER TABLE records_history_new RENAME TO records_history;
CREATE INDEX records_history_record ON records_history (record_id, version);

-- Empty but while a restore runs: then one row naming its action.
CREATE TABLE history_action (action TEXT NOT NULL CHECK (action IN ('restore')));

CREATE TRIGGER records_keep_edit AFTER UPDATE ON records
BEGIN
    INSERT INTO records_history (
        record_id, action, kind, actor, region, layer, start, "end", area_km2,
        bound, source, url, published, note, created_at, updated_at
    ) VALUES (
        OLD.id, coalesce((SELECT action FROM history_action LIMIT 1), 'edit'),
        OLD.kind, OLD.actor, OLD.region, OLD.layer, OLD.start,
        OLD."end", OLD.area_km2, OLD.bound, OLD.source, OLD.url, OLD.published,
        OLD.note, OLD.created_at, OLD.updated_at
    );
END;

CREATE TRIGGER records_keep_removal AFTER DELETE ON records
BEGIN
    INSERT INTO records_history (
        record_id, action, kind, actor, region, layer, start, "end", area_km2,
        bound, source, url, published, note, created_at, updated_at
    ) VALUES (
        OLD.id, 'remove', OLD.kind, OLD.actor, OLD.region, OLD.layer, OLD.start,
        OLD."end", OLD.area_km2, OLD.bound, OLD.source, OLD.url, OLD.published,
        OLD.note, OLD.created_at, OLD.updated_at
    );
END;
