using Npgsql;
using NpgsqlTypes;
using Vigil.Documents;

namespace Vigil.Storage.Postgres;

/// <summary>Copies of one story (migration 003), as the SQLite store keeps them.</summary>
public sealed partial class PostgresArticleStore
{
    // Held from the story decision to the article's commit: two writers storing copies of one new
    // story at once would otherwise each miss the other's uncommitted row and start two stories.
    private const long StoryLock = 0x5669_676C + 2;

    public async Task<Story?> GetStoryAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            long storyKey;
            await using (var find = Command(connection, """
                SELECT coalesce(s.story_key, a.article_key)
                FROM articles a LEFT JOIN story_signatures s ON s.article_key = a.article_key
                WHERE a.id = @id
                """))
            {
                find.Parameters.AddWithValue("id", articleId);
                if (await find.ExecuteScalarAsync(cancellationToken) is not long key)
                    return null;
                storyKey = key;
            }

            await using var select = Command(connection, """
                SELECT a.id, a.title, a.source, a.published, a.ingested_at,
                       (SELECT count(*) FROM quotes q WHERE q.article_key = a.article_key),
                       coalesce(s.similarity, 1)
                FROM articles a LEFT JOIN story_signatures s ON s.article_key = a.article_key
                WHERE a.article_key = @story OR s.story_key = @story
                ORDER BY a.article_key
                """);
            select.Parameters.AddWithValue("story", storyKey);
            var copies = ImmutableArray.CreateBuilder<StoryCopy>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                copies.Add(new StoryCopy(ReadSummary(reader), reader.GetDouble(6)));
            return new Story(copies[0].Article.Id, copies.DrainToImmutable());
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, $"cannot read the story of article {articleId}");
        }
        catch (FormatException e)
        {
            throw new StorageException(Target, $"the story of article {articleId} is stored in a form this program cannot read: {e.Message}", e);
        }
    }

    /// <summary>
    /// Puts a new article in the story of its most similar stored copy, or starts a story, and indexes
    /// its bands; inside the article's transaction, after everything else it writes.
    /// </summary>
    private static async Task InsertSignatureAsync(NpgsqlConnection connection, long articleKey, StorySignature? signature, CancellationToken cancellationToken)
    {
        if (signature is null)
            return;
        var bands = signature.BandHashes();
        await using (var take = Command(connection, $"SELECT pg_advisory_xact_lock({StoryLock})"))
            await take.ExecuteNonQueryAsync(cancellationToken);

        long? bestKey = null;
        long bestStory = articleKey;
        double best = 0;
        await using (var candidates = Command(connection, """
            SELECT s.article_key, s.signature, s.story_key
            FROM story_signatures s
            WHERE s.article_key IN (SELECT article_key FROM story_bands WHERE band_hash = ANY(@bands))
            """))
        {
            candidates.Parameters.AddWithValue("bands", bands);
            await using var reader = await candidates.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var estimate = signature.Similarity(StorySignature.FromBytes(reader.GetFieldValue<byte[]>(1)));
                var key = reader.GetInt64(0);
                // The most similar copy wins; among equals the earliest stored, so the result does not depend on row order.
                if (estimate >= StorySignature.CopyThreshold && (bestKey is null || estimate > best || (estimate == best && key < bestKey)))
                {
                    bestKey = key;
                    best = estimate;
                    bestStory = reader.GetInt64(2);
                }
            }
        }

        await using (var insert = Command(connection, """
            INSERT INTO story_signatures (article_key, signature, story_key, similarity) VALUES (@article, @signature, @story, @similarity)
            """))
        {
            insert.Parameters.AddWithValue("article", articleKey);
            insert.Parameters.Add(new NpgsqlParameter("signature", NpgsqlDbType.Bytea) { Value = signature.ToBytes() });
            insert.Parameters.AddWithValue("story", bestKey is null ? articleKey : bestStory);
            insert.Parameters.AddWithValue("similarity", bestKey is null ? 1.0 : best);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insertBands = Command(connection, """
            INSERT INTO story_bands (band_hash, article_key) SELECT DISTINCT band, @article FROM unnest(@bands) AS band
            ON CONFLICT DO NOTHING
            """);
        insertBands.Parameters.AddWithValue("article", articleKey);
        insertBands.Parameters.AddWithValue("bands", bands);
        await insertBands.ExecuteNonQueryAsync(cancellationToken);
    }
}
