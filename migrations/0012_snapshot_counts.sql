-- How many snapshots each series has, kept by triggers on every write to
-- records (insert, import, edit, removal, restore: any statement), so that no
-- code path can change the snapshots without the count following.
-- A report warns of gaps, and a daily series with no hole is proved so by its
-- count: n snapshots on distinct days (the natural key) from its first to its
-- last day, n = last - first + 1, leave no day out. Counted through an index,
-- that took a step per snapshot, every report; this count is one seek a series.
-- A series without a snapshot has no row, or a row counting 0. A count is
-- trusted only when it matches the days from the first snapshot to the last,
-- so a count off by any amount (a trigger dropped by hand) never blocks a
-- write: it only sends the report back to counting.
CREATE TABLE snapshot_counts (
    actor TEXT NOT NULL,
    region TEXT NOT NULL,
    layer TEXT NOT NULL,
    source TEXT NOT NULL,
    snapshots INTEGER NOT NULL,
    PRIMARY KEY (actor, region, layer, source)
) WITHOUT ROWID;

INSERT INTO snapshot_counts (actor, region, layer, source, snapshots)
SELECT actor, region, layer, source, count(*)
FROM records INDEXED BY records_holdings_by_series
WHERE kind = 'holding' GROUP BY actor, region, layer, source;

CREATE TRIGGER records_count_snapshot AFTER INSERT ON records
WHEN NEW.kind = 'holding'
BEGIN
    INSERT INTO snapshot_counts (actor, region, layer, source, snapshots)
    VALUES (NEW.actor, NEW.region, NEW.layer, NEW.source, 1)
    ON CONFLICT DO UPDATE SET snapshots = snapshots + 1;
END;

CREATE TRIGGER records_uncount_snapshot AFTER DELETE ON records
WHEN OLD.kind = 'holding'
BEGIN
    UPDATE snapshot_counts SET snapshots = snapshots - 1
    WHERE actor = OLD.actor AND region = OLD.region AND layer = OLD.layer
        AND source = OLD.source;
END;

-- An edit that moves a snapshot to another series, or turns a record into a
-- snapshot or back: taken from the old series, given to the new one.
CREATE TRIGGER records_recount_snapshot
AFTER UPDATE OF kind, actor, region, layer, source ON records
WHEN OLD.kind = 'holding' OR NEW.kind = 'holding'
BEGIN
    UPDATE snapshot_counts SET snapshots = snapshots - 1
    WHERE OLD.kind = 'holding' AND actor = OLD.actor AND region = OLD.region
        AND layer = OLD.layer AND source = OLD.source;
    INSERT INTO snapshot_counts (actor, region, layer, source, snapshots)
    SELECT NEW.actor, NEW.region, NEW.layer, NEW.source, 1
    WHERE NEW.kind = 'holding'
    ON CONFLICT DO UPDATE SET snapshots = snapshots + 1;
END;
