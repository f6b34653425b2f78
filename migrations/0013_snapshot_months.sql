-- Which days of each calendar month ('YYYY-MM') have a snapshot, for each
-- series: a mask whose bit d is set when day d of the month has one (bits 1
-- to 31), kept by triggers on every write to records like the counts of 0012.
-- A series with a hole anywhere is not proved unbroken by its count (0012),
-- and its snapshots were then read one by one over all the report's days: a
-- step each, every report, for a hole of a day. A month whose mask has every
-- day (those from the series' first snapshot to its last) has no hole, and the
-- mask of a month with holes says where they are: no snapshot is read.
-- Snapshots fall on distinct days (the natural key), so a bit is set by one
-- snapshot only, and cleared when it goes. A mask that does not fit its month
-- (a bit on a day it does not have, or outside the series' first to last
-- day), or a month within them without a row, sends the report back to
-- reading that month's snapshots; nothing here ever blocks a write.
-- A month without a snapshot has no row, or a row whose mask is 0.
CREATE TABLE snapshot_months (
    actor TEXT NOT NULL,
    region TEXT NOT NULL,
    layer TEXT NOT NULL,
    source TEXT NOT NULL,
    month TEXT NOT NULL,
    days INTEGER NOT NULL,
    PRIMARY KEY (actor, region, layer, source, month)
) WITHOUT ROWID;

INSERT INTO snapshot_months (actor, region, layer, source, month, days)
SELECT actor, region, layer, source, substr("end", 1, 7),
    sum(1 << substr("end", 9))
FROM records INDEXED BY records_holdings_by_series
WHERE kind = 'holding' GROUP BY actor, region, layer, source, substr("end", 1, 7);

CREATE TRIGGER records_mark_snapshot_day AFTER INSERT ON records
WHEN NEW.kind = 'holding'
BEGIN
    INSERT INTO snapshot_months (actor, region, layer, source, month, days)
    VALUES (NEW.actor, NEW.region, NEW.layer, NEW.source,
        substr(NEW."end", 1, 7), 1 << substr(NEW."end", 9))
    ON CONFLICT DO UPDATE SET days = days | excluded.days;
END;

CREATE TRIGGER records_unmark_snapshot_day AFTER DELETE ON records
WHEN OLD.kind = 'holding'
BEGIN
    UPDATE snapshot_months SET days = days & ~(1 << substr(OLD."end", 9))
    WHERE actor = OLD.actor AND region = OLD.region AND layer = OLD.layer
        AND source = OLD.source AND month = substr(OLD."end", 1, 7);
END;

-- An edit that moves a snapshot to another series or another day (unlike the
-- counts of 0012, the day matters here), or turns a record into a snapshot or
-- back: its day cleared where it was, set where it is. A holding starts on
-- its end (a check of records), so its "end" is its day.
CREATE TRIGGER records_remark_snapshot_day
AFTER UPDATE OF kind, actor, region, layer, source, start, "end" ON records
WHEN (OLD.kind = 'holding' OR NEW.kind = 'holding') AND (
    OLD.kind IS NOT NEW.kind OR OLD.actor IS NOT NEW.actor
    OR OLD.region IS NOT NEW.region OR OLD.layer IS NOT NEW.layer
    OR OLD.source IS NOT NEW.source OR OLD."end" IS NOT NEW."end")
BEGIN
    UPDATE snapshot_months SET days = days & ~(1 << substr(OLD."end", 9))
    WHERE OLD.kind = 'holding' AND actor = OLD.actor AND region = OLD.region
        AND layer = OLD.layer AND source = OLD.source
        AND month = substr(OLD."end", 1, 7);
    INSERT INTO snapshot_months (actor, region, layer, source, month, days)
    SELECT NEW.actor, NEW.region, NEW.layer, NEW.source,
        substr(NEW."end", 1, 7), 1 << substr(NEW."end", 9)
    WHERE NEW.kind = 'holding'
    ON CONFLICT DO UPDATE SET days = days | excluded.days;
END;
