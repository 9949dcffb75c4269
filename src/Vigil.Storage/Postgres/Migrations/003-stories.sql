-- Copies of one story, as SQLite's migration 005: each article's MinHash signature (128
-- little-endian uint32, src/Vigil.Core StorySignature), the story it belongs to (the key of the
-- story's first stored article) and the LSH band index that finds candidate copies.

CREATE TABLE story_signatures (
    article_key bigint PRIMARY KEY REFERENCES articles (article_key) ON DELETE CASCADE,
    signature   bytea  NOT NULL,
    story_key   bigint NOT NULL REFERENCES articles (article_key),
    similarity  double precision NOT NULL CHECK (similarity BETWEEN 0 AND 1)
);

CREATE INDEX story_signatures_by_story ON story_signatures (story_key, article_key);

CREATE TABLE story_bands (
    band_hash   bigint NOT NULL,
    article_key bigint NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    PRIMARY KEY (band_hash, article_key)
);
