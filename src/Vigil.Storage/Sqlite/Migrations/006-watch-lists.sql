-- Analysts' watch lists: the actors and tracked commitments each account follows, since when.
-- Alerts are not stored: they are the quotes, events and evidence of articles stored since the
-- watch began, read when asked for, so a watch never misses what arrives while nobody looks.
CREATE TABLE watches (
    user_name  TEXT NOT NULL COLLATE NOCASE,
    kind       TEXT NOT NULL CHECK (kind IN ('actor', 'commitment')),
    target_id  TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_name, kind, target_id)
) WITHOUT ROWID;
