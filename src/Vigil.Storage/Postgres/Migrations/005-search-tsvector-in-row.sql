-- Search at a million articles (issue 6; docs/benchmarks.md, "Search latency at one million articles").
--
-- An article's tsvector (every word with its positions: about 2 KB for a 1 KB text) went out of
-- line into TOAST, so every row a query checked was fetched again from there: counting the first
-- 10,000 matches of a common word took 260 ms, and a phrase, whose positions are checked row by
-- row, read each candidate's tsvector from TOAST. Kept in the row (compressed where that helps;
-- the text goes out of line instead, and only the page's twenty rows read it), it is checked where
-- the row is read: 40 ms. Rows stored before this keep theirs out of line until they are
-- rewritten; `VACUUM FULL articles` rewrites them all.
ALTER TABLE articles ALTER COLUMN search SET STORAGE MAIN;
