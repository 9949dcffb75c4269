-- Actors across articles: one row per person, organisation or place, whatever the spelling.
-- An article's entity points at the actor it was resolved to; aliases collect every spelling
-- any article used, so a later article can be joined by an exact or alias match.

CREATE TABLE actors (
    actor_key    INTEGER PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    name         TEXT    NOT NULL,
    type         TEXT    NOT NULL,
    origin       TEXT    NOT NULL CHECK (origin IN ('registry', 'watchlist', 'seen')),
    role         TEXT,
    country      TEXT,
    organisation TEXT
);

CREATE TABLE actor_aliases (
    actor_key INTEGER NOT NULL REFERENCES actors (actor_key) ON DELETE CASCADE,
    alias     TEXT    NOT NULL,
    PRIMARY KEY (actor_key, alias)
) WITHOUT ROWID;

ALTER TABLE entities ADD COLUMN actor_key INTEGER REFERENCES actors (actor_key);
ALTER TABLE entities ADD COLUMN confidence REAL CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1));

CREATE INDEX entities_by_actor ON entities (actor_key);
