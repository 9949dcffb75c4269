-- Articles with their text, metadata and the annotation layers the web page shows.
-- Child rows hang off the integer article_key rather than the text id to keep them small;
-- "ordinal" keeps each layer in the order the pipeline produced it.

CREATE TABLE articles (
    article_key  INTEGER PRIMARY KEY,
    id           TEXT    NOT NULL UNIQUE,
    content_hash TEXT    NOT NULL UNIQUE,
    text         TEXT    NOT NULL,
    source       TEXT    NOT NULL,
    input_id     TEXT,
    title        TEXT,
    published    TEXT,
    url          TEXT,
    author       TEXT,
    layers       INTEGER NOT NULL,
    ingested_at  TEXT    NOT NULL
);

-- The article list reads this backwards: newest published first, undated last, then newest stored.
CREATE INDEX articles_by_published ON articles (published, article_key);

CREATE TABLE boilerplate (
    article_key  INTEGER NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    ordinal      INTEGER NOT NULL,
    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset   INTEGER NOT NULL CHECK (end_offset >= start_offset),
    kind         TEXT    NOT NULL,
    PRIMARY KEY (article_key, ordinal)
) WITHOUT ROWID;

CREATE TABLE entities (
    article_key INTEGER NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    entity_id   TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    type        TEXT    NOT NULL,
    title       TEXT,
    PRIMARY KEY (article_key, ordinal),
    UNIQUE (article_key, entity_id)
) WITHOUT ROWID;

CREATE TABLE entity_aliases (
    article_key    INTEGER NOT NULL,
    entity_ordinal INTEGER NOT NULL,
    ordinal        INTEGER NOT NULL,
    alias          TEXT    NOT NULL,
    PRIMARY KEY (article_key, entity_ordinal, ordinal),
    FOREIGN KEY (article_key, entity_ordinal) REFERENCES entities (article_key, ordinal) ON DELETE CASCADE
) WITHOUT ROWID;

-- Mentions name the entity; references are pronouns and role nouns that point to it.
CREATE TABLE entity_spans (
    article_key    INTEGER NOT NULL,
    entity_ordinal INTEGER NOT NULL,
    role           TEXT    NOT NULL CHECK (role IN ('mention', 'reference')),
    ordinal        INTEGER NOT NULL,
    start_offset   INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset     INTEGER NOT NULL CHECK (end_offset >= start_offset),
    PRIMARY KEY (article_key, entity_ordinal, role, ordinal),
    FOREIGN KEY (article_key, entity_ordinal) REFERENCES entities (article_key, ordinal) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE quotes (
    article_key       INTEGER NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    start_offset      INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset        INTEGER NOT NULL CHECK (end_offset >= start_offset),
    kind              TEXT    NOT NULL,
    cue_start         INTEGER,
    cue_end           INTEGER,
    source_start      INTEGER,
    source_end        INTEGER,
    speaker_entity_id TEXT,
    speaker_name      TEXT,
    PRIMARY KEY (article_key, ordinal),
    FOREIGN KEY (article_key, speaker_entity_id) REFERENCES entities (article_key, entity_id)
) WITHOUT ROWID;
