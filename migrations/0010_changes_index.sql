-- Change records by series and start, holding what a report reads of them (as
-- 0009 holds the snapshots): a report reads a series' change records over its
-- days from this index alone, with no table row looked up for each.
CREATE INDEX records_changes
    ON records (actor, region, layer, source, start, "end", area_km2, bound, published)
    WHERE kind = 'change';
