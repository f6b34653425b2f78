-- The geometry of imported map snapshots, kept beside their holding records so
-- that later questions (what was gained and lost between two days, how much of
-- it lies in each region) can be asked of the shapes themselves. One shape per
-- record at most; `geometry` is zlib-compressed 2-D WKB (model/geometry.py).
-- A database without any map keeps this table empty and works as before.
CREATE TABLE record_shapes (
    record_id INTEGER PRIMARY KEY,
    geometry BLOB NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

-- Every earlier geometry of a record, as records_history keeps earlier figures:
-- a snapshot replaced by a re-import, or removed with its record, keeps its old
-- shape here. Written by triggers, so that no code path can lose one.
CREATE TABLE record_shapes_history (
    version INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('edit', 'remove')),
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    geometry BLOB NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX record_shapes_history_record ON record_shapes_history (record_id, version);

CREATE TRIGGER record_shapes_keep_edit AFTER UPDATE ON record_shapes
BEGIN
    INSERT INTO record_shapes_history (
        record_id, action, geometry, created_at, updated_at
    ) VALUES (OLD.record_id, 'edit', OLD.geometry, OLD.created_at, OLD.updated_at);
END;

CREATE TRIGGER record_shapes_keep_removal AFTER DELETE ON record_shapes
BEGIN
    INSERT INTO record_shapes_history (
        record_id, action, geometry, created_at, updated_at
    ) VALUES (OLD.record_id, 'remove', OLD.geometry, OLD.created_at, OLD.updated_at);
END;

-- A removed record takes its shape with it (into history). A record whose area
-- changes (edited by hand, or replaced by a re-import) no longer measures its
-- old shape: the shape goes to history too, and an import stores the new one.
-- A migration that rebuilds the records table must create these two again.
CREATE TRIGGER records_drop_shape AFTER DELETE ON records
BEGIN
    DELETE FROM record_shapes WHERE record_id = OLD.id;
END;

CREATE TRIGGER records_drop_stale_shape AFTER UPDATE OF area_km2 ON records
WHEN OLD.area_km2 IS NOT NEW.area_km2
BEGIN
    DELETE FROM record_shapes WHERE record_id = OLD.id;
END;
