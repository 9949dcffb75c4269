-- Phrases at a million articles (issue 6; docs/benchmarks.md, "Stop 35").
--
-- The words' index finds a phrase ("his delegates") as every article that holds all its words, and
-- each of those is then read to check where the words stand: 88,000 rows for "his delegates", 400 ms,
-- twice a search (the count and the page). The pairs of neighbouring words, taken from the same
-- tsvector and indexed apart, narrow that to the articles holding the pair; the positions are still
-- checked, on those alone. The pairs are a necessary condition by construction: a phrase matches
-- only where its words have positions p and p + 1 in the tsvector, and those make the pair.
--
-- A pair is "first second", two lexemes with a space between (a lexeme never holds one). Nothing is
-- stored: the index is over the function of the stored tsvector. Building it reads every article
-- (15 minutes at a million on two cores); an article stored later costs about 0.7 ms more. The
-- function takes about 0.4 ms an article; its COST says it is dear (ten times a SQL function's
-- default), so that no plan computes it row after row where the index can answer, and that a plan
-- which must check rows checks the cheaper conditions first.
CREATE FUNCTION vigil_word_pairs(words tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
    SELECT coalesce(array_to_tsvector(array_agg(a.lexeme || ' ' || b.lexeme)), ''::tsvector)
    FROM (SELECT lexeme, unnest(positions) AS at FROM unnest(words)) a
    JOIN (SELECT lexeme, unnest(positions) AS at FROM unnest(words)) b ON b.at = a.at + 1
$$;

CREATE INDEX articles_search_pairs ON articles USING gin (vigil_word_pairs(search));
