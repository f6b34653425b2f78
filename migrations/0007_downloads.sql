-- The index of pull's download cache. Each file `frontline pull` downloads is
-- kept as downloaded in a folder beside the database, named by the SHA-256 of
-- its bytes; this table says which URL gave which file, what the server said
-- about it (ETag, Last-Modified, type) and when it was retrieved, so that a
-- second run downloads nothing it already has. A pulled map's records carry the
-- URL as their `url`: joined on it, this table is their provenance.
-- `imported_with` fingerprints the import options a file was last imported
-- with: the same file with the same options is not imported twice.
CREATE TABLE downloads (
    url TEXT PRIMARY KEY CHECK (url <> ''),
    day TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    size INTEGER NOT NULL CHECK (size >= 0),
    file TEXT NOT NULL CHECK (file <> ''),
    etag TEXT,
    last_modified TEXT,
    content_type TEXT,
    retrieved_at TEXT NOT NULL,
    imported_with TEXT,
    imported_at TEXT
);
CREATE INDEX downloads_sha256 ON downloads (sha256);
