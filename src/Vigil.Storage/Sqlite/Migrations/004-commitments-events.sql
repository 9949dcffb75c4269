-- Commitments and events of each article, and commitments tracked across articles.
-- Spans are offsets into articles.text, as in 001. Actor and speaker ids are the article's entity ids.
-- The words of a span are kept beside it ("text") where lists show them, so that listing tracked
-- commitments or events never loads whole articles (offsets are UTF-16, which SQL substr is not).

CREATE TABLE commitments (
    article_key       INTEGER NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    ordinal           INTEGER NOT NULL,
    start_offset      INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset        INTEGER NOT NULL CHECK (end_offset >= start_offset),
    text              TEXT    NOT NULL,
    kind              TEXT    NOT NULL,
    actor_entity_id   TEXT,
    actor_name        TEXT,
    speaker_entity_id TEXT,
    speaker_name      TEXT,
    beneficiary       TEXT,
    beneficiary_id    TEXT,
    condition_start   INTEGER,
    condition_end     INTEGER,
    deadline_start    INTEGER,
    deadline_end      INTEGER,
    deadline_first    TEXT,
    deadline_last     TEXT,
    cue_start         INTEGER,
    cue_end           INTEGER,
    modality          TEXT    NOT NULL,
    negated           INTEGER NOT NULL CHECK (negated IN (0, 1)),
    PRIMARY KEY (article_key, ordinal)
) WITHOUT ROWID;

-- "date_first"/"date_last" are the resolved interval of the time expression that dates the event
-- (inclusive days); the expression itself is kept so the article page can mark it.
CREATE TABLE events (
    article_key    INTEGER NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    start_offset   INTEGER NOT NULL CHECK (start_offset >= 0),
    end_offset     INTEGER NOT NULL CHECK (end_offset >= start_offset),
    text           TEXT    NOT NULL,
    type           TEXT    NOT NULL,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    place          TEXT,
    place_id       TEXT,
    date_start     INTEGER,
    date_end       INTEGER,
    date_precision TEXT,
    date_relative  INTEGER,
    date_bound     TEXT,
    date_first     TEXT,
    date_last      TEXT,
    blamed_on      TEXT,
    blamed_on_id   TEXT,
    status         TEXT    NOT NULL,
    negated        INTEGER NOT NULL CHECK (negated IN (0, 1)),
    PRIMARY KEY (article_key, ordinal)
) WITHOUT ROWID;

CREATE INDEX events_by_date ON events (date_first, date_last);

CREATE TABLE event_actors (
    article_key   INTEGER NOT NULL,
    event_ordinal INTEGER NOT NULL,
    ordinal       INTEGER NOT NULL,
    entity_id     TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    role          TEXT    NOT NULL CHECK (role IN ('source', 'target')),
    PRIMARY KEY (article_key, event_ordinal, ordinal),
    FOREIGN KEY (article_key, event_ordinal) REFERENCES events (article_key, ordinal) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE TABLE event_figures (
    article_key   INTEGER NOT NULL,
    event_ordinal INTEGER NOT NULL,
    ordinal       INTEGER NOT NULL,
    start_offset  INTEGER NOT NULL,
    end_offset    INTEGER NOT NULL,
    count         INTEGER NOT NULL,
    unit          TEXT    NOT NULL,
    kind          TEXT    NOT NULL,
    qualifier     TEXT    NOT NULL,
    PRIMARY KEY (article_key, event_ordinal, ordinal),
    FOREIGN KEY (article_key, event_ordinal) REFERENCES events (article_key, ordinal) ON DELETE CASCADE
) WITHOUT ROWID;

-- One row per commitment followed across articles. The actor is the cross-article actor when
-- the commitment's actor was linked to one; "text" is the first statement's committed act.
CREATE TABLE tracked_commitments (
    tracked_key INTEGER PRIMARY KEY,
    id          TEXT    NOT NULL UNIQUE,
    actor_key   INTEGER REFERENCES actors (actor_key),
    actor_name  TEXT,
    kind        TEXT    NOT NULL,
    negated     INTEGER NOT NULL CHECK (negated IN (0, 1)),
    text        TEXT    NOT NULL
);

CREATE INDEX tracked_commitments_by_actor ON tracked_commitments (actor_key);

-- Each commitment an article states belongs to exactly one tracked commitment.
CREATE TABLE commitment_statements (
    article_key INTEGER NOT NULL,
    ordinal     INTEGER NOT NULL,
    tracked_key INTEGER NOT NULL REFERENCES tracked_commitments (tracked_key) ON DELETE CASCADE,
    similarity  REAL    NOT NULL,
    PRIMARY KEY (article_key, ordinal),
    FOREIGN KEY (article_key, ordinal) REFERENCES commitments (article_key, ordinal) ON DELETE CASCADE
) WITHOUT ROWID;

CREATE INDEX commitment_statements_by_tracked ON commitment_statements (tracked_key);

-- A quote or event proposed as evidence, pointing at its row by article and ordinal.
CREATE TABLE commitment_evidence (
    tracked_key INTEGER NOT NULL REFERENCES tracked_commitments (tracked_key) ON DELETE CASCADE,
    article_key INTEGER NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    source      TEXT    NOT NULL CHECK (source IN ('event', 'quote')),
    ordinal     INTEGER NOT NULL,
    start_offset INTEGER NOT NULL,
    end_offset  INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    stance      TEXT    NOT NULL CHECK (stance IN ('supports', 'contradicts', 'mentions')),
    score       REAL    NOT NULL,
    cues        TEXT    NOT NULL,
    PRIMARY KEY (tracked_key, article_key, source, ordinal)
) WITHOUT ROWID;

CREATE INDEX commitment_evidence_by_article ON commitment_evidence (article_key);

-- Analysts' verdicts, appended in order; the last one is the status.
CREATE TABLE commitment_verdicts (
    tracked_key INTEGER NOT NULL REFERENCES tracked_commitments (tracked_key) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('not-yet-rated', 'in-the-works', 'stalled', 'kept', 'compromise', 'broken')),
    note        TEXT    NOT NULL,
    analyst     TEXT    NOT NULL,
    given_at    TEXT    NOT NULL,
    PRIMARY KEY (tracked_key, ordinal)
) WITHOUT ROWID;

-- History is what an analyst's verdict is worth: the database itself refuses to rewrite it.
CREATE TRIGGER commitment_verdicts_are_appended_only BEFORE UPDATE ON commitment_verdicts
BEGIN
    SELECT RAISE(ABORT, 'verdicts are appended, never changed');
END;

-- Sentence vectors by model and text hash, so the same words are embedded once.
CREATE TABLE text_vectors (
    model     TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    vector    BLOB NOT NULL,
    PRIMARY KEY (model, text_hash)
) WITHOUT ROWID;
