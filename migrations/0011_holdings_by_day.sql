-- The holdings index (0009) by day first: a report over many months asks every
-- series for its snapshot on the same days (the buckets' edges), and in day
-- order those of all series on one day lie together, so that one seek a day
-- reads them, where in series order each costs a seek of its own. A narrow
-- index keeps the snapshots by series and day, for the snapshot of a series
-- nearest to a day (the natural-key index would step over the snapshots of
-- the other sources of its actor, region and layer).
DROP INDEX records_holdings;
CREATE INDEX records_holdings
    ON records ("end", actor, region, layer, source, area_km2, bound, published)
    WHERE kind = 'holding';
CREATE INDEX records_holdings_by_series
    ON records (actor, region, layer, source, "end")
    WHERE kind = 'holding';
