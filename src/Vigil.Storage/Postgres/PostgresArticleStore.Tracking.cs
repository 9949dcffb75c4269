using System.Runtime.InteropServices;
using Npgsql;
using NpgsqlTypes;
using Vigil.Documents;
using static Vigil.Storage.StoredCommitmentNames;

namespace Vigil.Storage.Postgres;

/// <summary>Tracked commitments: their statements, evidence and verdicts, and the tracker's vector cache.</summary>
public sealed partial class PostgresArticleStore
{
    private const string LatestStatus =
        "(SELECT v.status FROM commitment_verdicts v WHERE v.tracked_key = t.tracked_key ORDER BY v.ordinal DESC LIMIT 1)";

    public async Task<ActorTrackingState> LoadTrackingAsync(string actorId, int latestCandidates = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(latestCandidates);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            return new ActorTrackingState(actorId,
                await ReadTrackedOfActorAsync(connection, actorId, cancellationToken),
                await ReadCandidatesAsync(connection, actorId, latestCandidates, cancellationToken));
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, $"cannot read the tracked commitments of actor {actorId}");
        }
    }

    public async Task<IReadOnlyDictionary<string, float[]>> GetVectorsAsync(string model, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (keys.Count == 0)
            return found;
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var select = Command(connection, "SELECT text_hash, vector FROM text_vectors WHERE model = @model AND text_hash = ANY(@hashes)");
            select.Parameters.AddWithValue("model", model);
            select.Parameters.AddWithValue("hashes", keys.Distinct(StringComparer.Ordinal).ToArray());
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                found[reader.GetString(0)] = MemoryMarshal.Cast<byte, float>(reader.GetFieldValue<byte[]>(1)).ToArray();
            return found;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, "cannot read the cached sentence vectors");
        }
    }

    public async Task SaveVectorsAsync(string model, IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
            return;
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            // In key order, so that two writers caching overlapping keys never deadlock.
            var ordered = vectors.OrderBy(v => v.Key, StringComparer.Ordinal).ToList();
            await using var insert = Command(connection, """
                INSERT INTO text_vectors (model, text_hash, vector)
                SELECT @model, v.hash, v.vector FROM unnest(@hashes, @vectors) AS v (hash, vector)
                ON CONFLICT DO NOTHING
                """);
            insert.Parameters.AddWithValue("model", model);
            insert.Parameters.AddWithValue("hashes", ordered.Select(v => v.Key).ToArray());
            // Little-endian float32, as every platform .NET runs on stores them.
            insert.Parameters.Add(new NpgsqlParameter("vectors", NpgsqlDbType.Array | NpgsqlDbType.Bytea)
            {
                Value = ordered.Select(v => MemoryMarshal.AsBytes(v.Value.AsSpan()).ToArray()).ToArray(),
            });
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, "cannot cache the sentence vectors");
        }
    }

    public async Task<IReadOnlyList<TrackedCommitment>> ListTrackedCommitmentsAsync(CancellationToken cancellationToken = default) =>
        await ReadTrackedAsync(null, cancellationToken);

    public async Task<TrackedCommitment?> GetTrackedCommitmentAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (await ReadTrackedAsync(id, cancellationToken)).SingleOrDefault();
    }

    private async Task<List<TrackedCommitment>> ReadTrackedAsync(string? id, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

            return await ReadTrackedCommitmentsAsync(connection, id, " COLLATE \"C\"", cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, id is null ? "cannot list the tracked commitments" : $"cannot read tracked commitment {id}");
        }
        catch (FormatException e)
        {
            throw new StorageException(Target, $"the tracked commitments are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    public async Task<bool> AddVerdictAsync(string trackedId, CommitmentVerdict verdict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trackedId);
        ArgumentNullException.ThrowIfNull(verdict);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            // The commitment's row is locked first, so two analysts' verdicts get successive ordinals.
            await using var insert = Command(connection, """
                WITH t AS (SELECT tracked_key FROM tracked_commitments WHERE id = @id FOR UPDATE)
                INSERT INTO commitment_verdicts (tracked_key, ordinal, status, note, analyst, given_at)
                SELECT t.tracked_key,
                       (SELECT coalesce(max(v.ordinal) + 1, 0) FROM commitment_verdicts v WHERE v.tracked_key = t.tracked_key),
                       @status, @note, @analyst, @at
                FROM t
                """);
            insert.Parameters.AddWithValue("id", trackedId);
            insert.Parameters.AddWithValue("status", Of(verdict.Status));
            insert.Parameters.AddWithValue("note", verdict.Note);
            insert.Parameters.AddWithValue("analyst", verdict.Analyst);
            insert.Parameters.AddWithValue("at", verdict.At.ToUniversalTime());
            var added = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
            await transaction.CommitAsync(cancellationToken);
            return added;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, $"cannot record the verdict on tracked commitment {trackedId}");
        }
    }

    public async Task<ArticleCommitmentLinks> GetArticleCommitmentLinksAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            var statements = ImmutableArray.CreateBuilder<ArticleStatement>();
            await using (var select = Command(connection, $"""
                SELECT s.ordinal, t.id, {LatestStatus}
                FROM commitment_statements s JOIN tracked_commitments t ON t.tracked_key = s.tracked_key
                WHERE s.article_key = (SELECT article_key FROM articles WHERE id = @id)
                ORDER BY s.ordinal
                """))
            {
                select.Parameters.AddWithValue("id", articleId);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    statements.Add(new ArticleStatement(reader.GetInt32(0), reader.GetString(1),
                        reader.IsDBNull(2) ? CommitmentStatus.NotYetRated : ParseStatus(reader.GetString(2))));
            }
            var evidence = ImmutableArray.CreateBuilder<ArticleEvidence>();
            await using (var select = Command(connection, """
                SELECT e.source, e.ordinal, t.id, t.actor_name, t.text, e.stance, e.score
                FROM commitment_evidence e JOIN tracked_commitments t ON t.tracked_key = e.tracked_key
                WHERE e.article_key = (SELECT article_key FROM articles WHERE id = @id)
                ORDER BY e.start_offset, e.source COLLATE "C", t.tracked_key
                """))
            {
                select.Parameters.AddWithValue("id", articleId);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    evidence.Add(new ArticleEvidence(ParseSource(reader.GetString(0)), reader.GetInt32(1), reader.GetString(2), Text(reader, 3),
                        reader.GetString(4), ParseStance(reader.GetString(5)), reader.GetDouble(6)));
            }
            return new ArticleCommitmentLinks(statements.DrainToImmutable(), evidence.DrainToImmutable());
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, $"cannot read the commitments of article {articleId}");
        }
        catch (FormatException e)
        {
            throw new StorageException(Target, $"the commitments of article {articleId} are stored in a form this program cannot read: {e.Message}", e);
        }
    }
}
