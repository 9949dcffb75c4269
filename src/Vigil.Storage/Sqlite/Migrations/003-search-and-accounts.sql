-- Full-text search over article texts, and the accounts of the web app.

-- An index over the text alone (a title is the first line of its text for most inputs), stored
-- apart from the articles it points at ("external content"), so the text is kept once. Triggers
-- keep it in step; articles stored before this migration are indexed by the rebuild.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    text,
    content = 'articles',
    content_rowid = 'article_key',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');

CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, text) VALUES (new.article_key, new.text);
END;

CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, text) VALUES ('delete', old.article_key, old.text);
END;

-- Local accounts. Names are compared without case so that "Ana" cannot sit beside "ana";
-- the password is kept only as a salted, slow hash in the format of its hasher.
CREATE TABLE users (
    user_key      INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    role          TEXT    NOT NULL CHECK (role IN ('viewer', 'analyst', 'admin')),
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL
);

-- API tokens for scripts, stored as their SHA-256: a stolen database does not hand out tokens.
CREATE TABLE api_tokens (
    token_hash TEXT    PRIMARY KEY,
    user_key   INTEGER NOT NULL REFERENCES users (user_key) ON DELETE CASCADE,
    created_at TEXT    NOT NULL
) WITHOUT ROWID;

-- The quote list reads quotes by speaker across articles.
CREATE INDEX quotes_by_speaker ON quotes (article_key, speaker_entity_id);
