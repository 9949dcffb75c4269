using System.Data.Common;
using System.Globalization;
using System.Runtime.InteropServices;
using Vigil.Documents;
using static Vigil.Storage.StoredCommitmentNames;

namespace Vigil.Storage;

/// <summary>Tracked commitments: the tracker's decisions written with an article, verdicts, what an article states, and the tracker's vector cache.</summary>
internal static partial class SharedStore
{
    /// <summary>
    /// Writes the tracker's decisions for the article just inserted (<paramref name="articleKey"/>):
    /// the commitments it starts tracking, what each of the article's commitments states, the
    /// evidence it links, of this article or of one stored before, and the vectors it computed.
    /// </summary>
    /// <param name="target">The database as error messages name it.</param>
    public static async Task WriteTrackingAsync(DbConnection connection, StoreDialect dialect, string target, long articleKey, ArticleTracking tracking,
        CancellationToken cancellationToken)
    {
        foreach (var created in tracking.Created)
        {
            await using var insert = Command(connection, """
                INSERT INTO tracked_commitments (id, actor_key, actor_name, kind, negated, text)
                VALUES (@id, (SELECT actor_key FROM actors WHERE id = @actor), @actorName, @kind, @negated, @text)
                """, ("id", created.Id), ("kind", Of(created.Kind)), ("negated", dialect.Flag(created.Negated)), ("text", created.Text));
            StoreDialect.AddText(insert, "actor", created.ActorId);
            StoreDialect.AddText(insert, "actorName", created.ActorName);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var statement in tracking.Statements)
        {
            await using var insert = Command(connection, """
                INSERT INTO commitment_statements (article_key, ordinal, tracked_key, similarity)
                VALUES (@article, @ordinal, @tracked, @similarity)
                """, ("article", articleKey), ("ordinal", statement.Ordinal),
                ("tracked", await TrackedKeyOrFailAsync(connection, target, statement.TrackedId, cancellationToken)),
                ("similarity", statement.Similarity));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var evidence in tracking.Evidence)
        {
            // The same passage found again as evidence of the same commitment is kept once.
            await using var insert = Command(connection, dialect.InsertOrIgnore("""
                commitment_evidence (tracked_key, article_key, source, ordinal, start_offset, end_offset, text, stance, score, cues)
                VALUES (@tracked, @article, @source, @ordinal, @start, @end, @text, @stance, @score, @cues)
                """),
                ("tracked", await TrackedKeyOrFailAsync(connection, target, evidence.TrackedId, cancellationToken)),
                ("article", await ArticleKeyAsync(connection, evidence.ArticleId, cancellationToken)
                    ?? throw new StorageException(target, $"the tracker links evidence of article {evidence.ArticleId}, which is not stored")),
                ("source", Of(evidence.Source)), ("ordinal", evidence.Ordinal), ("start", evidence.Span.Start), ("end", evidence.Span.End),
                ("text", evidence.Text), ("stance", Of(evidence.Stance)), ("score", evidence.Score), ("cues", string.Join('\n', evidence.Cues)));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        if (tracking.Vectors is { ByTextHash.Count: > 0 } vectors)
            await SaveVectorsAsync(connection, dialect, vectors.Model, vectors.ByTextHash, cancellationToken);
    }

    /// <summary>The latest verdict's status of the tracked commitment <c>t</c>; null when it has none.</summary>
    private const string LatestStatus =
        "(SELECT v.status FROM commitment_verdicts v WHERE v.tracked_key = t.tracked_key ORDER BY v.ordinal DESC LIMIT 1)";

    // Rows a statement of the vector cache reads or writes: well below SQLite's 32,766 parameters.
    private const int VectorsPerStatement = 500;

    /// <summary>
    /// Appends a verdict to the tracked commitment, in a write transaction; false when no commitment
    /// has the id. The commitment's row is locked first (PostgreSQL; SQLite's write transaction
    /// holds the whole file), so two analysts' verdicts get successive ordinals.
    /// </summary>
    public static async Task<bool> AddVerdictAsync(DbConnection connection, StoreDialect dialect, string trackedId, CommitmentVerdict verdict,
        CancellationToken cancellationToken)
    {
        await using var insert = Command(connection, $"""
            WITH t AS (SELECT tracked_key FROM tracked_commitments WHERE id = @id{dialect.ForUpdate})
            INSERT INTO commitment_verdicts (tracked_key, ordinal, status, note, analyst, given_at)
            SELECT t.tracked_key,
                   (SELECT coalesce(max(v.ordinal) + 1, 0) FROM commitment_verdicts v WHERE v.tracked_key = t.tracked_key),
                   @status, @note, @analyst, @at
            FROM t
            """, ("id", trackedId), ("status", Of(verdict.Status)), ("note", verdict.Note), ("analyst", verdict.Analyst), ("at", dialect.Time(verdict.At)));
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>What the article states (with the tracked status) and is evidence of. Run in a consistent read.</summary>
    public static async Task<ArticleCommitmentLinks> ReadArticleCommitmentLinksAsync(DbConnection connection, StoreDialect dialect, string articleId,
        CancellationToken cancellationToken)
    {
        var statements = ImmutableArray.CreateBuilder<ArticleStatement>();
        await using (var select = Command(connection, $"""
            SELECT s.ordinal, t.id, {LatestStatus}
            FROM commitment_statements s JOIN tracked_commitments t ON t.tracked_key = s.tracked_key
            WHERE s.article_key = (SELECT article_key FROM articles WHERE id = @id)
            ORDER BY s.ordinal
            """, ("id", articleId)))
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                statements.Add(new ArticleStatement(reader.GetInt32(0), reader.GetString(1),
                    reader.IsDBNull(2) ? CommitmentStatus.NotYetRated : ParseStatus(reader.GetString(2))));
        }
        var evidence = ImmutableArray.CreateBuilder<ArticleEvidence>();
        await using (var select = Command(connection, $"""
            SELECT e.source, e.ordinal, t.id, t.actor_name, t.text, e.stance, e.score
            FROM commitment_evidence e JOIN tracked_commitments t ON t.tracked_key = e.tracked_key
            WHERE e.article_key = (SELECT article_key FROM articles WHERE id = @id)
            ORDER BY e.start_offset, e.source{dialect.ByteOrder}, t.tracked_key
            """, ("id", articleId)))
        {
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                evidence.Add(new ArticleEvidence(ParseSource(reader.GetString(0)), reader.GetInt32(1), reader.GetString(2), Text(reader, 3),
                    reader.GetString(4), ParseStance(reader.GetString(5)), reader.GetDouble(6)));
        }
        return new ArticleCommitmentLinks(statements.DrainToImmutable(), evidence.DrainToImmutable());
    }

    /// <summary>The cached sentence vectors of the model among <paramref name="keys"/> (text hashes); a key not cached is absent.</summary>
    public static async Task<IReadOnlyDictionary<string, float[]>> ReadVectorsAsync(DbConnection connection, string model, IReadOnlyCollection<string> keys,
        CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var chunk in keys.Distinct(StringComparer.Ordinal).Chunk(VectorsPerStatement))
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT text_hash, vector FROM text_vectors WHERE model = @model AND text_hash IN ({InList(select, "hash", chunk)})";
            Add(select, "model", model);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                found[reader.GetString(0)] = MemoryMarshal.Cast<byte, float>(reader.GetFieldValue<byte[]>(1)).ToArray();
        }
        return found;
    }

    /// <summary>Caches sentence vectors by model and text hash, in the caller's write transaction; a vector cached already is kept.</summary>
    public static async Task SaveVectorsAsync(DbConnection connection, StoreDialect dialect, string model, IReadOnlyDictionary<string, float[]> vectors,
        CancellationToken cancellationToken)
    {
        // In key order, so that two PostgreSQL writers caching overlapping keys never deadlock.
        foreach (var chunk in vectors.OrderBy(v => v.Key, StringComparer.Ordinal).Chunk(VectorsPerStatement))
        {
            await using var insert = connection.CreateCommand();
            Add(insert, "model", model);
            var rows = new List<string>(chunk.Length);
            for (var i = 0; i < chunk.Length; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                rows.Add($"(@model, @hash{n}, @vector{n})");
                Add(insert, "hash" + n, chunk[i].Key);
                // Little-endian float32, as every platform .NET runs on stores them.
                Add(insert, "vector" + n, MemoryMarshal.AsBytes(chunk[i].Value.AsSpan()).ToArray());
            }
            insert.CommandText = dialect.InsertOrIgnore($"text_vectors (model, text_hash, vector) VALUES {string.Join(", ", rows)}");
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<long> TrackedKeyOrFailAsync(DbConnection connection, string target, string id, CancellationToken cancellationToken) =>
        await TrackedKeyAsync(connection, id, cancellationToken)
        ?? throw new StorageException(target, $"the tracker links to tracked commitment {id}, which is not stored");
}
