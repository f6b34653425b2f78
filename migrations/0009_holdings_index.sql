-- Snapshots by series and day, holding what a report reads of them. A report
-- over many months reads the snapshot at each bucket's edge: one row in thirty
-- of a daily series, which through the table touches nearly every page of it.
-- This index (holdings only, so a series of change records has no entry) holds
-- those rows in series and day order, so that they are read from it alone.
CREATE INDEX records_holdings
    ON records (actor, region, layer, source, "end", area_km2, bound, published)
    WHERE kind = 'holding';
