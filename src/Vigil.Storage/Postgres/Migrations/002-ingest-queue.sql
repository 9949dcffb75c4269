-- The ingest queue: articles read by `vigil enqueue`, analysed and stored by any number of
-- `vigil worker` processes on any machines. A worker claims jobs with FOR UPDATE SKIP LOCKED (no two
-- workers claim one job), holds them for a lease, and marks each done in the transaction that
-- stores its article; a job whose worker died is claimed again once its lease has run out.
-- The job carries what reading produced (text, metadata, boilerplate marked by the page's markup),
-- so a worker needs no access to the files; the text is dropped once the article is stored.

CREATE TABLE ingest_jobs (
    job_key            bigint  GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- a text queued twice is one job, as an article stored twice is one article
    content_hash       text    NOT NULL UNIQUE,
    source             text    NOT NULL,
    text               text    NOT NULL,
    input_id           text,
    title              text,
    published          date,
    url                text,
    author             text,
    layers             integer NOT NULL,
    boilerplate_starts integer[] NOT NULL,
    boilerplate_ends   integer[] NOT NULL,
    boilerplate_kinds  text[]  NOT NULL,
    status             text    NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
    attempts           integer NOT NULL DEFAULT 0,
    worker             text,
    lease_until        timestamptz,
    outcome            text    CHECK (outcome IN ('added', 'already-stored')),
    error              text,
    enqueued_at        timestamptz NOT NULL DEFAULT now(),
    finished_at        timestamptz
);

-- What a claim scans: the jobs not yet finished, oldest first.
CREATE INDEX ingest_jobs_open ON ingest_jobs (job_key) WHERE status IN ('queued', 'running');
