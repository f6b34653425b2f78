-- Enforce in the database the rest of what frontline's validator enforces, so
-- that a row written by another tool cannot crash a read or hide in a table:
-- dates exactly YYYY-MM-DD (a '2024-12-31T00:00' broke every report), actors,
-- regions and layers as slugs, names (actor, region, layer, source, url) of at
-- most 200 characters and notes of at most 100,000. An upgrade of a database
-- holding rows these checks forbid stops before this script runs, naming the
-- rows (see store/db.py, UPGRADE_CHECKS). As in 0002 the table is rebuilt;
-- ids, the id counter, history and triggers are kept.
CREATE TABLE records_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT CHECK (id BETWEEN 1 AND 9007199254740992),
    kind TEXT NOT NULL CHECK (kind IN ('change', 'holding')),
    actor TEXT NOT NULL CHECK (
        length(actor) BETWEEN 1 AND 200
        AND actor GLOB '[a-z0-9]*' AND actor NOT GLOB '*[^a-z0-9_.-]*'
    ),
    region TEXT NOT NULL CHECK (
        length(region) BETWEEN 1 AND 200
        AND region GLOB '[a-z0-9]*' AND region NOT GLOB '*[^a-z0-9_.-]*'
    ),
    layer TEXT NOT NULL DEFAULT 'control' CHECK (
        length(layer) BETWEEN 1 AND 200
        AND layer GLOB '[a-z0-9]*' AND layer NOT GLOB '*[^a-z0-9_.-]*'
    ),
    start TEXT NOT NULL CHECK (
        start BETWEEN '1800-01-01' AND '2200-12-31' AND date(start, '+0 days') IS start
    ),
    "end" TEXT NOT NULL CHECK (
        "end" BETWEEN '1800-01-01' AND '2200-12-31' AND date("end", '+0 days') IS "end"
    ),
    area_km2 REAL NOT NULL CHECK (area_km2 BETWEEN 0 AND 510072000),
    bound TEXT NOT NULL DEFAULT 'exact'
        CHECK (bound IN ('exact', 'approx', 'at_least', 'at_most')),
    source TEXT NOT NULL DEFAULT '' CHECK (length(source) <= 200),
    url TEXT CHECK (length(url) <= 200),
    published TEXT CHECK (date(published, '+0 days') IS published),
    note TEXT CHECK (length(note) <= 100000),
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    CHECK (start <= "end"),
    CHECK (kind = 'change' OR start = "end"),
    UNIQUE (kind, actor, region, layer, start, "end", source)
);

INSERT INTO records_new (
    id, kind, actor, region, layer, start, "end", area_km2, bound, source, url,
    published, note, created_at, updated_at
)
SELECT
    id, kind, actor, region, layer, start, "end", area_km2, bound, source, url,
    published, note, created_at, updated_at
FROM records;

-- The counter of the old table, which may be ahead of its largest id.
DELETE FROM sqlite_sequence WHERE name = 'records_new';
INSERT INTO sqlite_sequence (name, seq)
SELECT 'records_new', seq FROM sqlite_sequence WHERE name = 'records';

DROP TABLE records;
ALTER TABLE records_new RENAME TO records;

CREATE INDEX records_series_end ON records (actor, region, layer, source, "end");
CREATE INDEX records_end ON records ("end");

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
