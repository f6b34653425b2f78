-- Regions with an area, so that reports can give a figure as a share of its
-- region ("18.3 % of Ukraine"). A region is named by the same slug as the
-- records' `region`; its area is what the note says it is (with its source).
-- Edits and removals keep the previous version, as records do.
CREATE TABLE regions (
    slug TEXT PRIMARY KEY CHECK (slug <> ''),
    name TEXT,
    area_km2 REAL NOT NULL CHECK (area_km2 > 0 AND area_km2 <= 510072000),
    note TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE regions_history (
    version INTEGER PRIMARY KEY,
    slug TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('edit', 'remove')),
    changed_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    name TEXT,
    area_km2 REAL NOT NULL,
    note TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TRIGGER regions_keep_edit AFTER UPDATE ON regions
BEGIN
    INSERT INTO regions_history (
        slug, action, name, area_km2, note, created_at, updated_at
    ) VALUES (
        OLD.slug, 'edit', OLD.name, OLD.area_km2, OLD.note, OLD.created_at,
        OLD.updated_at
    );
END;

CREATE TRIGGER regions_keep_removal AFTER DELETE ON regions
BEGIN
    INSERT INTO regions_history (
        slug, action, name, area_km2, note, created_at, updated_at
    ) VALUES (
        OLD.slug, 'remove', OLD.name, OLD.area_km2, OLD.note, OLD.created_at,
        OLD.updated_at
    );
END;
