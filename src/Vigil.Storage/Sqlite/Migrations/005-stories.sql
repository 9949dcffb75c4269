-- Copies of one story (issue 6): each article's MinHash signature (src/Vigil.Core StorySignature,
-- 128 little-endian uint32) and the story it belongs to, with the LSH band index that finds
-- candidate copies without comparing every pair. Articles stored before this migration have no
-- signature and are each a story of their own.

CREATE TABLE story_signatures (
    article_key INTEGER PRIMARY KEY REFERENCES articles (article_key) ON DELETE CASCADE,
    signature   BLOB    NOT NULL,
    -- the first stored article of the story; its own key when the article starts a story
    story_key   INTEGER NOT NULL REFERENCES articles (article_key),
    -- estimated Jaccard similarity to the copy it was matched with (1 for the first of a story)
    similarity  REAL    NOT NULL CHECK (similarity BETWEEN 0 AND 1)
);

CREATE INDEX story_signatures_by_story ON story_signatures (story_key, article_key);

-- One row per article and band: the band's hash (StorySignature.BandHashes).
CREATE TABLE story_bands (
    band_hash   INTEGER NOT NULL,
    article_key INTEGER NOT NULL REFERENCES articles (article_key) ON DELETE CASCADE,
    PRIMARY KEY (band_hash, article_key)
) WITHOUT ROWID;
