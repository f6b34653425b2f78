-- The record store: one row per published figure, with its natural key unique so
-- that importing the same figure twice cannot duplicate it.
-- AUTOINCREMENT: an id is never reused, so a removed record's history and a
-- later record can never be confused.
CREATE TABLE records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK (kind IN ('change', 'holding')),
    actor TEXT NOT NULL,
    region TEXT NOT NULL,
    layer TEXT NOT NULL DEFAULT 'control',
    start TEXT NOT NULL,
    "end" TEXT NOT NULL,
    area_km2 REAL NOT NULL CHECK (area_km2 >= 0),
    bound TEXT NOT NULL DEFAULT 'exact'
        CHECK (bound IN ('exact', 'approx', 'at_least', 'at_most')),
    source TEXT NOT NULL DEFAULT '',
    url TEXT,
    published TEXT,
    note TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (start <= "end"),
    CHECK (kind = 'change' OR start = "end"),
    UNIQUE (kind, actor, region, layer, start, "end", source)
);

-- Window queries select one series and a date range.
CREATE INDEX records_series_end ON records (actor, region, layer, source, "end");
CREATE INDEX records_end ON records ("end");

-- Every earlier version of an edited or removed record. Written by triggers so
-- that no code path can change or delete a figure without keeping what it was.
CREATE TABLE records_history (
    version INTEGER PRIMARY KEY,
    record_id INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('edit', 'remove')),
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
CREATE INDEX records_history_record ON records_history (record_id, version);

CREATE TRIGGER records_keep_edit AFTER UPDATE ON records
BEGIN
    INSERT INTO records_history (
        record_id, action, kind, actor, region, layer, start, "end", area_km2,
        bound, source, url, published, note, created_at, updated_at
    ) VALUES (
        OLD.id, 'edit', OLD.kind, OLD.actor, OLD.region, OLD.layer, OLD.start,
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
