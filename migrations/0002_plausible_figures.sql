-- Enforce in the database what frontline's validator enforces, so that a figure
-- written by another tool cannot break the reports: days within the years
-- 1800-2200, areas no larger than the Earth's surface, ids within 2^53. SQLite
-- cannot add a CHECK to an existing table, so the table is rebuilt; ids, the id
-- counter (removed records' ids never come back), history and triggers are kept.
CREATE TABLE records_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT CHECK (id BETWEEN 1 AND 9007199254740992),
    kind TEXT NOT NULL CHECK (kind IN ('change', 'holding')),
    actor TEXT NOT NULL CHECK (actor <> ''),
    region TEXT NOT NULL CHECK (region <> ''),
    layer TEXT NOT NULL DEFAULT 'control' CHECK (layer <> ''),
    start TEXT NOT NULL CHECK (start BETWEEN '1800-01-01' AND '2200-12-31'),
    "end" TEXT NOT NULL CHECK ("end" BETWEEN '1800-01-01' AND '2200-12-31'),
    area_km2 REAL NOT NULL CHECK (area_km2 BETWEEN 0 AND 510072000),
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
