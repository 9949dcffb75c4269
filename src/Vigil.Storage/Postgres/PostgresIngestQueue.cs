using Npgsql;
using NpgsqlTypes;
using Vigil.Documents;

namespace Vigil.Storage.Postgres;

/// <summary>An article waiting in the queue, as the worker that claimed it received it.</summary>
/// <param name="Document">The article as it was read: text, metadata and the boilerplate its markup marked.</param>
/// <param name="Attempts">How many times a worker has claimed it, this time included.</param>
public sealed record IngestJob(long Key, Document Document, int Attempts);

public sealed record EnqueueResult(int Queued, int AlreadyQueued);

public sealed record QueueCounts(long Queued, long Running, long Done, long Failed);

/// <summary>What became of each article of a batch, and the key of the latest article stored when the batch was.</summary>
public sealed record BatchCompletion(IReadOnlyList<BatchItemResult> Results, long StoredUpTo);

/// <summary>The actors named in articles stored since a given one, and the key of the latest article stored now.</summary>
public sealed record StoredSince(IReadOnlyList<string> ActorIds, long StoredUpTo);

/// <summary>
/// The ingest queue of a PostgreSQL database (migration 002): <see cref="EnqueueAsync"/> bulk-loads
/// read articles with binary COPY; workers <see cref="ClaimAsync"/> jobs with <c>FOR UPDATE SKIP
/// LOCKED</c>, so that no two claim the same one, and <see cref="CompleteBatchAsync"/> stores a
/// batch of articles and finishes their jobs in one transaction. A worker that dies leaves its jobs running until their
/// lease runs out; then any worker claims them again, and the article, identified by its text, is
/// still stored once. A job claimed <see cref="MaxAttempts"/> times without finishing is failed.
/// </summary>
public sealed class PostgresIngestQueue(PostgresArticleStore store, string worker)
{
    public const int MaxAttempts = 3;

    // The advisory lock under which commitment tracking and storing happen, one batch at a time
    // across all workers, so that each tracker sees every commitment stored before it decides.
    private const long TrackingLock = 0x5669_676C + 1;

    public string Worker { get; } = worker;

    /// <summary>Puts read articles on the queue; a text already queued, or already stored, is not queued again.</summary>
    public async Task<EnqueueResult> EnqueueAsync(IReadOnlyList<Document> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
            return new EnqueueResult(0, 0);
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var staging = PostgresArticleStore.Command(connection,
                """
                CREATE TEMPORARY TABLE ingest_jobs_staging (
                    position bigint GENERATED ALWAYS AS IDENTITY, content_hash text, source text, text text, input_id text, title text,
                    published date, url text, author text, layers integer, boilerplate_starts integer[], boilerplate_ends integer[], boilerplate_kinds text[]
                ) ON COMMIT DROP
                """))
                await staging.ExecuteNonQueryAsync(cancellationToken);

            await using (var copy = await connection.BeginBinaryImportAsync("""
                COPY ingest_jobs_staging (content_hash, source, text, input_id, title, published, url, author, layers,
                                          boilerplate_starts, boilerplate_ends, boilerplate_kinds)
                FROM STDIN (FORMAT BINARY)
                """, cancellationToken))
            {
                foreach (var document in documents)
                {
                    var metadata = document.Metadata;
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(document.ContentHash, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(metadata.Source, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(document.Text, NpgsqlDbType.Text, cancellationToken);
                    await WriteAsync(copy, metadata.Id, cancellationToken);
                    await WriteAsync(copy, metadata.Title, cancellationToken);
                    if (metadata.Published is { } published)
                        await copy.WriteAsync(published, NpgsqlDbType.Date, cancellationToken);
                    else
                        await copy.WriteNullAsync(cancellationToken);
                    await WriteAsync(copy, metadata.Url, cancellationToken);
                    await WriteAsync(copy, metadata.Author, cancellationToken);
                    await copy.WriteAsync((int)document.Layers, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(document.Boilerplate.Select(b => b.Span.Start).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(document.Boilerplate.Select(b => b.Span.End).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(document.Boilerplate.Select(b => StoredNames.Of(b.Kind)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, cancellationToken);
                }
                await copy.CompleteAsync(cancellationToken);
            }

            int queued;
            await using (var insert = PostgresArticleStore.Command(connection, """
                INSERT INTO ingest_jobs (content_hash, source, text, input_id, title, published, url, author, layers,
                                         boilerplate_starts, boilerplate_ends, boilerplate_kinds)
                SELECT DISTINCT ON (s.content_hash) s.content_hash, s.source, s.text, s.input_id, s.title, s.published, s.url, s.author, s.layers,
                       s.boilerplate_starts, s.boilerplate_ends, s.boilerplate_kinds
                FROM ingest_jobs_staging s
                WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.content_hash = s.content_hash)
                ORDER BY s.content_hash, s.position
                ON CONFLICT (content_hash) DO NOTHING
                """))
                queued = await insert.ExecuteNonQueryAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new EnqueueResult(queued, documents.Count - queued);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw store.Explain(e, $"cannot queue {documents.Count} articles");
        }
    }

    /// <summary>
    /// Claims up to <paramref name="count"/> jobs, oldest first: those queued, and those whose worker's
    /// lease ran out. Empty when there is nothing to do now (other workers may still hold jobs).
    /// </summary>
    public async Task<IReadOnlyList<IngestJob>> ClaimAsync(int count, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // A job whose workers kept dying on it is not handed out again.
            await using (var abandon = PostgresArticleStore.Command(connection, """
                UPDATE ingest_jobs
                SET status = 'failed', finished_at = now(), lease_until = NULL,
                    error = 'claimed ' || attempts || ' times by workers that stopped before finishing it (last: ' || coalesce(worker, '?') || ')'
                WHERE status = 'running' AND lease_until < now() AND attempts >= @max
                """))
            {
                abandon.Parameters.AddWithValue("max", MaxAttempts);
                await abandon.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var claim = PostgresArticleStore.Command(connection, """
                UPDATE ingest_jobs j
                SET status = 'running', worker = @worker, attempts = j.attempts + 1, lease_until = now() + @lease
                FROM (SELECT job_key FROM ingest_jobs
                      WHERE status = 'queued' OR (status = 'running' AND lease_until < now())
                      ORDER BY job_key
                      LIMIT @count
                      FOR UPDATE SKIP LOCKED) claimed
                WHERE j.job_key = claimed.job_key
                RETURNING j.job_key, j.attempts, j.source, j.text, j.input_id, j.title, j.published, j.url, j.author, j.layers,
                          j.boilerplate_starts, j.boilerplate_ends, j.boilerplate_kinds
                """);
            claim.Parameters.AddWithValue("worker", Worker);
            claim.Parameters.AddWithValue("lease", lease);
            claim.Parameters.AddWithValue("count", count);
            var jobs = new List<IngestJob>();
            await using (var reader = await claim.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var metadata = new ArticleMetadata(reader.GetString(2))
                    {
                        Id = reader.IsDBNull(4) ? null : reader.GetString(4),
                        Title = reader.IsDBNull(5) ? null : reader.GetString(5),
                        Published = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
                        Url = reader.IsDBNull(7) ? null : reader.GetString(7),
                        Author = reader.IsDBNull(8) ? null : reader.GetString(8),
                    };
                    var starts = reader.GetFieldValue<int[]>(10);
                    var ends = reader.GetFieldValue<int[]>(11);
                    var kinds = reader.GetFieldValue<string[]>(12);
                    var boilerplate = starts.Select((start, i) => new BoilerplateSpan(new TextSpan(start, ends[i]), StoredNames.ParseBoilerplateKind(kinds[i])));
                    var document = new Document(reader.GetString(3), metadata) { Layers = (AnnotationLayers)reader.GetInt32(9), Boilerplate = [.. boilerplate] };
                    jobs.Add(new IngestJob(reader.GetInt64(0), document, reader.GetInt32(1)));
                }
            }
            await transaction.CommitAsync(cancellationToken);
            jobs.Sort((a, b) => a.Key.CompareTo(b.Key));
            return jobs;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw store.Explain(e, "cannot claim ingest jobs");
        }
        catch (FormatException e)
        {
            throw new StorageException(store.Target, $"an ingest job is stored in a form this program cannot read: {e.Message}", e);
        }
    }

    /// <summary>
    /// Stores a batch of analysed articles with their tracking and finishes their jobs, in one
    /// transaction: a job whose article is stored (or was already) is done, one whose article the
    /// store refused is failed with the reason. Also says how far the stored articles go then (the
    /// latest article key, read in the same transaction), for <see cref="StoredSinceAsync"/>.
    /// </summary>
    public async Task<BatchCompletion> CompleteBatchAsync(IReadOnlyList<IngestJob> jobs, IReadOnlyList<ArticleToStore> articles,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(articles);
        if (jobs.Count != articles.Count)
            throw new ArgumentException($"{jobs.Count} jobs for {articles.Count} articles", nameof(articles));
        long storedUpTo = 0;
        var results = await store.StoreBatchAsync(articles, async (connection, results, token) =>
        {
            await using (var finish = PostgresArticleStore.Command(connection, """
                UPDATE ingest_jobs j
                SET status = f.status, outcome = f.outcome, error = f.error, worker = @worker, finished_at = now(), lease_until = NULL,
                    text = CASE WHEN f.status = 'done' THEN '' ELSE j.text END,
                    boilerplate_starts = CASE WHEN f.status = 'done' THEN '{}' ELSE j.boilerplate_starts END,
                    boilerplate_ends = CASE WHEN f.status = 'done' THEN '{}' ELSE j.boilerplate_ends END,
                    boilerplate_kinds = CASE WHEN f.status = 'done' THEN '{}' ELSE j.boilerplate_kinds END
                FROM unnest(@jobs, @statuses, @outcomes, @errors) AS f(job_key, status, outcome, error)
                WHERE j.job_key = f.job_key
                """))
            {
                finish.Parameters.AddWithValue("worker", Worker);
                finish.Parameters.AddWithValue("jobs", jobs.Select(j => j.Key).ToArray());
                finish.Parameters.AddWithValue("statuses", results.Select(r => r.Outcome is null ? "failed" : "done").ToArray());
                finish.Parameters.AddWithValue("outcomes", results.Select(r => r.Outcome switch
                {
                    StoreOutcome.Added => "added",
                    StoreOutcome.AlreadyStored => "already-stored",
                    _ => null,
                }).ToArray());
                finish.Parameters.AddWithValue("errors", results.Select(r => r.Failure).ToArray());
                await finish.ExecuteNonQueryAsync(token);
            }
            storedUpTo = await StoredUpToAsync(connection, token);
        }, cancellationToken);
        return new BatchCompletion(results, storedUpTo);
    }

    /// <summary>
    /// The actors named in the articles stored after <paramref name="since"/> (an article key): as
    /// entities, or as the actors of the tracked commitments those articles state. Read under the
    /// tracking lock, they are what other workers' articles changed since this worker's last batch.
    /// </summary>
    public async Task<StoredSince> StoredSinceAsync(long since, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken);
            var latest = await StoredUpToAsync(connection, cancellationToken);
            if (latest <= since)
                return new StoredSince([], latest);
            await using var named = PostgresArticleStore.Command(connection, """
                SELECT a.id FROM entities e JOIN actors a ON a.actor_key = e.actor_key WHERE e.article_key > @since
                UNION
                SELECT a.id FROM commitment_statements s
                JOIN tracked_commitments t ON t.tracked_key = s.tracked_key
                JOIN actors a ON a.actor_key = t.actor_key
                WHERE s.article_key > @since
                """);
            named.Parameters.AddWithValue("since", since);
            var actors = new List<string>();
            await using (var reader = await named.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken))
                    actors.Add(reader.GetString(0));
            return new StoredSince(actors, latest);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw store.Explain(e, "cannot read what other workers stored");
        }
    }

    private static async Task<long> StoredUpToAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var latest = PostgresArticleStore.Command(connection, "SELECT coalesce(max(article_key), 0) FROM articles");
        return (long)(await latest.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>The article cannot be analysed or stored: the job is failed with the reason and not retried.</summary>
    public Task FailAsync(IngestJob job, string reason, CancellationToken cancellationToken = default) =>
        FinishAsync(job, "UPDATE ingest_jobs SET status = 'failed', error = @reason, worker = @worker, finished_at = now(), lease_until = NULL WHERE job_key = @job",
            reason, cancellationToken);

    /// <summary>Hands a claimed job back unfinished (the worker is stopping), for another worker to claim at once.</summary>
    public Task ReleaseAsync(IngestJob job, CancellationToken cancellationToken = default) =>
        FinishAsync(job, "UPDATE ingest_jobs SET status = 'queued', worker = NULL, lease_until = NULL, attempts = attempts - 1 WHERE job_key = @job AND status = 'running' AND worker = @worker",
            null, cancellationToken);

    public async Task<QueueCounts> CountAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken);
            await using var select = PostgresArticleStore.Command(connection, """
                SELECT count(*) FILTER (WHERE status = 'queued'), count(*) FILTER (WHERE status = 'running'),
                       count(*) FILTER (WHERE status = 'done'), count(*) FILTER (WHERE status = 'failed')
                FROM ingest_jobs
                """);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new QueueCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw store.Explain(e, "cannot count the ingest jobs");
        }
    }

    /// <summary>
    /// Holds, until disposed, the lock under which workers track commitments and store articles one at
    /// a time, so that each decides knowing every commitment stored before it. Analysis, the costly
    /// part, runs in parallel outside it.
    /// </summary>
    public async Task<IAsyncDisposable> LockTrackingAsync(CancellationToken cancellationToken = default)
    {
        NpgsqlConnection? connection = null;
        try
        {
            connection = await store.OpenConnectionAsync(cancellationToken);
            await using (var take = PostgresArticleStore.Command(connection, $"SELECT pg_advisory_lock({TrackingLock})"))
                await take.ExecuteNonQueryAsync(cancellationToken);
            return new HeldLock(connection);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            if (connection is not null) await connection.DisposeAsync();
            throw store.Explain(e, "cannot take the tracking lock");
        }
        catch
        {
            if (connection is not null) await connection.DisposeAsync();
            throw;
        }
    }

    private async Task FinishAsync(IngestJob job, string sql, string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken);
            await using var update = PostgresArticleStore.Command(connection, sql);
            if (reason is not null)
                update.Parameters.AddWithValue("reason", reason);
            update.Parameters.AddWithValue("worker", Worker);
            update.Parameters.AddWithValue("job", job.Key);
            await update.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw store.Explain(e, $"cannot update ingest job {job.Key} ({job.Document.Metadata.Source})");
        }
    }

    private static Task WriteAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken) =>
        value is null ? copy.WriteNullAsync(cancellationToken) : copy.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);

    private sealed class HeldLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var release = PostgresArticleStore.Command(connection, $"SELECT pg_advisory_unlock({TrackingLock})");
                await release.ExecuteNonQueryAsync();
            }
            finally
            {
                // A session lock also ends with its connection, should the unlock itself fail.
                await connection.DisposeAsync();
            }
        }
    }
}
