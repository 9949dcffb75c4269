-- The PostgreSQL schema, equal in content to SQLite's migrations 001-004 (see Sqlite/Migrations
-- for why each table is shaped so), with PostgreSQL's own types: dates are date, times timestamptz,
-- flags boolean, vectors bytea. Offsets are UTF-16 code units into articles.text, as everywhere.

-- Search folds case and accents ("évacuations" finds "evacuations") and does not stem, as the
-- SQLite index (unicode61 remove_diacritics) does, so the two stores find the same articles.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION vigil_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION vigil_search
    ALTER MAPPING FOR asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart
    WITH unaccent, simple;

CREATE TABLE articles (
    article_key  bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           text    NOT NULL UNIQUE,
    content_hash text    NOT NULL UNIQUE,
    text         text    NOT NULL,
    source       text    NOT NULL,
    input_id     text,
    title        text,
    published    date,
    url          text,
    author       text,
    layers       integer NOT NULL,
    ingested_at  timestamptz NOT NULL,
    -- A tsvector holds at most 1 MB; the first million characters of a longer text are indexed.
    search       tsvector GENERATED ALWAYS AS (to_tsvector('vigil_search', left(text, 1000000))) STORED
);

CREATE INDEX articles_by_published ON articles (published DESC NULLS LAST, article_key DESC);
CREATE INDEX articles_search ON articles USING gin (search);

CREATE TABLE boilerplate (
    article_key  bigint  NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    ordinal      integer NOT NULL,
    start_offset integer NOT NULL CHECK (start_offset >= 0),
    end_offset   integer NOT NULL CHECK (end_offset >= start_offset),
    kind         text    NOT NULL,
    PRIMARY KEY (article_key, ordinal)
);

CREATE TABLE actors (
    actor_key    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id           text   NOT NULL UNIQUE,
    name         text   NOT NULL,
    type         text   NOT NULL,
    origin       text   NOT NULL CHECK (origin IN ('registry', 'watchlist', 'seen')),
    role         text,
    country      text,
    organisation text
);

CREATE TABLE actor_aliases (
    actor_key bigint NOT NULL REFERENCES actors (actor_key) ON DELETE CASCADE,
    alias     text   NOT NULL,
    PRIMARY KEY (actor_key, alias)
);

CREATE INDEX actor_aliases_by_alias ON actor_aliases (lower(alias));

CREATE TABLE entities (
    article_key bigint  NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    ordinal     integer NOT NULL,
    entity_id   text    NOT NULL,
    name        text    NOT NULL,
    type        text    NOT NULL,
    title       text,
    actor_key   bigint  REFERENCES actors (actor_key),
    confidence  double precision CHECK (confidence IS NULL OR (confidence >= 0 AND confidence <= 1)),
    PRIMARY KEY (article_key, ordinal),
    UNIQUE (article_key, entity_id)
);

CREATE INDEX entities_by_actor ON entities (actor_key);

CREATE TABLE entity_aliases (
    article_key    bigint  NOT NULL,
    entity_ordinal integer NOT NULL,
    ordinal        integer NOT NULL,
    alias          text    NOT NULL,
    PRIMARY KEY (article_key, entity_ordinal, ordinal),
    FOREIGN KEY (article_key, entity_ordinal) REFERENCES entities (article_key, ordinal) ON DELETE CASCADE
);

CREATE TABLE entity_spans (
    article_key    bigint  NOT NULL,
    entity_ordinal integer NOT NULL,
    role           text    NOT NULL CHECK (role IN ('mention', 'reference')),
    ordinal        integer NOT NULL,
    start_offset   integer NOT NULL CHECK (start_offset >= 0),
    end_offset     integer NOT NULL CHECK (end_offset >= start_offset),
    PRIMARY KEY (article_key, entity_ordinal, role, ordinal),
    FOREIGN KEY (article_key, entity_ordinal) REFERENCES entities (article_key, ordinal) ON DELETE CASCADE
);

CREATE TABLE quotes (
    article_key       bigint  NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    ordinal           integer NOT NULL,
    start_offset      integer NOT NULL CHECK (start_offset >= 0),
    end_offset        integer NOT NULL CHECK (end_offset >= start_offset),
    kind              text    NOT NULL,
    cue_start         integer,
    cue_end           integer,
    source_start      integer,
    source_end        integer,
    speaker_entity_id text,
    speaker_name      text,
    PRIMARY KEY (article_key, ordinal),
    FOREIGN KEY (article_key, speaker_entity_id) REFERENCES entities (article_key, entity_id)
);

CREATE INDEX quotes_by_speaker_name ON quotes (lower(speaker_name));

CREATE TABLE users (
    user_key      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text   NOT NULL,
    role          text   NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    password_hash text   NOT NULL,
    created_at    timestamptz NOT NULL
);

-- "Ana" cannot sit beside "ana".
CREATE UNIQUE INDEX users_by_name ON users (lower(name));

CREATE TABLE api_tokens (
    token_hash text   PRIMARY KEY,
    user_key   bigint NOT NULL REFERENCES users (user_key) ON DELETE CASCADE,
    created_at timestamptz NOT NULL
);

CREATE TABLE commitments (
    article_key       bigint  NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    ordinal           integer NOT NULL,
    start_offset      integer NOT NULL CHECK (start_offset >= 0),
    end_offset        integer NOT NULL CHECK (end_offset >= start_offset),
    text              text    NOT NULL,
    kind              text    NOT NULL,
    actor_entity_id   text,
    actor_name        text,
    speaker_entity_id text,
    speaker_name      text,
    beneficiary       text,
    beneficiary_id    text,
    condition_start   integer,
    condition_end     integer,
    deadline_start    integer,
    deadline_end      integer,
    deadline_first    date,
    deadline_last     date,
    cue_start         integer,
    cue_end           integer,
    modality          text    NOT NULL,
    negated           boolean NOT NULL,
    PRIMARY KEY (article_key, ordinal)
);

CREATE TABLE events (
    article_key    bigint  NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    ordinal        integer NOT NULL,
    start_offset   integer NOT NULL CHECK (start_offset >= 0),
    end_offset     integer NOT NULL CHECK (end_offset >= start_offset),
    text           text    NOT NULL,
    type           text    NOT NULL,
    trigger_start  integer NOT NULL,
    trigger_end    integer NOT NULL,
    place          text,
    place_id       text,
    date_start     integer,
    date_end       integer,
    date_precision text,
    date_relative  boolean,
    date_bound     text,
    date_first     date,
    date_last      date,
    blamed_on      text,
    blamed_on_id   text,
    status         text    NOT NULL,
    negated        boolean NOT NULL,
    PRIMARY KEY (article_key, ordinal)
);

CREATE INDEX events_by_date ON events (date_first, date_last);

CREATE TABLE event_actors (
    article_key   bigint  NOT NULL,
    event_ordinal integer NOT NULL,
    ordinal       integer NOT NULL,
    entity_id     text    NOT NULL,
    name          text    NOT NULL,
    role          text    NOT NULL CHECK (role IN ('source', 'target')),
    PRIMARY KEY (article_key, event_ordinal, ordinal),
    FOREIGN KEY (article_key, event_ordinal) REFERENCES events (article_key, ordinal) ON DELETE CASCADE
);

CREATE TABLE event_figures (
    article_key   bigint  NOT NULL,
    event_ordinal integer NOT NULL,
    ordinal       integer NOT NULL,
    start_offset  integer NOT NULL,
    end_offset    integer NOT NULL,
    count         bigint  NOT NULL,
    unit          text    NOT NULL,
    kind          text    NOT NULL,
    qualifier     text    NOT NULL,
    PRIMARY KEY (article_key, event_ordinal, ordinal),
    FOREIGN KEY (article_key, event_ordinal) REFERENCES events (article_key, ordinal) ON DELETE CASCADE
);

CREATE TABLE tracked_commitments (
    tracked_key bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          text    NOT NULL UNIQUE,
    actor_key   bigint  REFERENCES actors (actor_key),
    actor_name  text,
    kind        text    NOT NULL,
    negated     boolean NOT NULL,
    text        text    NOT NULL
);

CREATE INDEX tracked_commitments_by_actor ON tracked_commitments (actor_key);

CREATE TABLE commitment_statements (
    article_key bigint  NOT NULL,
    ordinal     integer NOT NULL,
    tracked_key bigint  NOT NULL REFERENCES tracked_commitments (tracked_key) ON DELETE CASCADE,
    similarity  double precision NOT NULL,
    PRIMARY KEY (article_key, ordinal),
    FOREIGN KEY (article_key, ordinal) REFERENCES commitments (article_key, ordinal) ON DELETE CASCADE
);

CREATE INDEX commitment_statements_by_tracked ON commitment_statements (tracked_key);

CREATE TABLE commitment_evidence (
    tracked_key  bigint  NOT NULL REFERENCES tracked_commitments (tracked_key) ON DELETE CASCADE,
    article_key  bigint  NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    source       text    NOT NULL CHECK (source IN ('event', 'quote')),
    ordinal      integer NOT NULL,
    start_offset integer NOT NULL,
    end_offset   integer NOT NULL,
    text         text    NOT NULL,
    stance       text    NOT NULL CHECK (stance IN ('supports', 'contradicts', 'mentions')),
    score        double precision NOT NULL,
    cues         text    NOT NULL,
    PRIMARY KEY (tracked_key, article_key, source, ordinal)
);

CREATE INDEX commitment_evidence_by_article ON commitment_evidence (article_key);

CREATE TABLE commitment_verdicts (
    tracked_key bigint  NOT NULL REFERENCES tracked_commitments (tracked_key) ON DELETE CASCADE,
    ordinal     integer NOT NULL,
    status      text    NOT NULL CHECK (status IN ('not-yet-rated', 'in-the-works', 'stalled', 'kept', 'compromise', 'broken')),
    note        text    NOT NULL,
    analyst     text    NOT NULL,
    given_at    timestamptz NOT NULL,
    PRIMARY KEY (tracked_key, ordinal)
);

-- History is what an analyst's verdict is worth: the database itself refuses to rewrite it.
CREATE FUNCTION commitment_verdicts_are_appended_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'verdicts are appended, never changed';
END
$$;

CREATE TRIGGER commitment_verdicts_are_appended_only BEFORE UPDATE ON commitment_verdicts
    FOR EACH ROW EXECUTE FUNCTION commitment_verdicts_are_appended_only();

CREATE TABLE text_vectors (
    model     text  NOT NULL,
    text_hash text  NOT NULL,
    vector    bytea NOT NULL,
    PRIMARY KEY (model, text_hash)
);
