-- Named events: days a report can be asked about by name (`--from invasion`,
-- `--period invasion+3y..invasion+4y-1d`). A name is a slug; its day an ISO
-- date; its source says who dates it. The two the war's coverage counts from
-- ship with the schema (and with `seed/events.csv`), so that every database
-- knows them; `frontline event rm` removes them like any other.
CREATE TABLE events (
    name TEXT PRIMARY KEY CHECK (name GLOB '[a-z]*' AND name NOT GLOB '*[^a-z0-9-]*'),
    day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    source TEXT,
    note TEXT,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

INSERT INTO events (name, day, source, note) VALUES
    ('invasion', '2022-02-24', 'https://en.wikipedia.org/wiki/Russian_invasion_of_Ukraine',
     'Russia''s full-scale invasion of Ukraine began before dawn on 24 February 2022.'),
    ('kursk-incursion', '2024-08-06', 'https://en.wikipedia.org/wiki/2024_Kursk_offensive',
     'Ukrainian forces crossed into Russia''s Kursk Oblast on 6 August 2024.');
