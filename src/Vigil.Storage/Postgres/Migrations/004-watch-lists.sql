-- Analysts' watch lists, as SQLite's migration 006: the actors and tracked commitments each account
-- follows, since when. Alerts are not stored: they are read from what was stored since the watch began.
-- Account names compare case-insensitively, as they do on SQLite.
CREATE TABLE watches (
    user_name  text        NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('actor', 'commitment')),
    target_id  text        NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE UNIQUE INDEX watches_by_user ON watches (lower(user_name), kind, target_id);
