using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Vigil.Documents;

namespace Vigil.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    public async Task<Story?> GetStoryAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: true);
            long storyKey;
            await using (var find = Command(connection, """
                SELECT coalesce(s.story_key, a.article_key)
                FROM articles a LEFT JOIN story_signatures s ON s.article_key = a.article_key
                WHERE a.id = $id
                """))
            {
                find.Parameters.AddWithValue("$id", articleId);
                if (await find.ExecuteScalarAsync(cancellationToken) is not long key)
                    return null;
                storyKey = key;
            }

            await using var select = Command(connection, """
                SELECT a.id, a.title, a.source, a.published, a.ingested_at,
                       (SELECT count(*) FROM quotes q WHERE q.article_key = a.article_key),
                       coalesce(s.similarity, 1)
                FROM articles a LEFT JOIN story_signatures s ON s.article_key = a.article_key
                WHERE a.article_key = $story OR s.story_key = $story
                ORDER BY a.article_key
                """);
            select.Parameters.AddWithValue("$story", storyKey);
            var copies = ImmutableArray.CreateBuilder<StoryCopy>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                copies.Add(new StoryCopy(new ArticleSummary(
                    Id: reader.GetString(0),
                    Title: Text(reader, 1),
                    Source: reader.GetString(2),
                    Published: Date(reader, 3),
                    IngestedAt: Timestamp(reader, 4),
                    QuoteCount: reader.GetInt32(5)), reader.GetDouble(6)));
            }
            return new Story(copies[0].Article.Id, copies.DrainToImmutable());
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot read the story of article {articleId}");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the story of article {articleId} is stored in a form this program cannot read: {e.Message}", e);
        }
    }

    /// <summary>
    /// Puts a new article in the story of its most similar stored copy, or starts a story, and indexes
    /// its bands. Runs inside the article's write transaction, so two writers never both start the same story.
    /// </summary>
    private static async Task InsertSignatureAsync(SqliteConnection connection, long articleKey, StorySignature? signature, CancellationToken cancellationToken)
    {
        if (signature is null)
            return;
        var bands = signature.BandHashes();

        long? bestKey = null;
        long bestStory = articleKey;
        double best = 0;
        var placeholders = new StringBuilder();
        await using (var candidates = Command(connection, ""))
        {
            for (var i = 0; i < bands.Length; i++)
            {
                placeholders.Append(i == 0 ? "" : ", ").Append("$b").Append(i.ToString(CultureInfo.InvariantCulture));
                candidates.Parameters.AddWithValue("$b" + i.ToString(CultureInfo.InvariantCulture), bands[i]);
            }
            candidates.CommandText = $"""
                SELECT s.article_key, s.signature, s.story_key
                FROM story_signatures s
                WHERE s.article_key IN (SELECT DISTINCT article_key FROM story_bands WHERE band_hash IN ({placeholders}))
                """;
            await using var reader = await candidates.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var estimate = signature.Similarity(StorySignature.FromBytes((byte[])reader.GetValue(1)));
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
        var storyKey = bestKey is null ? articleKey : bestStory;
        var similarity = bestKey is null ? 1.0 : best;

        await using (var insert = Command(connection, """
            INSERT INTO story_signatures (article_key, signature, story_key, similarity) VALUES ($article, $signature, $story, $similarity)
            """))
        {
            insert.Parameters.AddWithValue("$article", articleKey);
            insert.Parameters.AddWithValue("$signature", signature.ToBytes());
            insert.Parameters.AddWithValue("$story", storyKey);
            insert.Parameters.AddWithValue("$similarity", similarity);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var insertBand = Command(connection, "INSERT OR IGNORE INTO story_bands (band_hash, article_key) VALUES ($hash, $article)");
        insertBand.Parameters.AddWithValue("$article", articleKey);
        var hash = insertBand.Parameters.Add("$hash", SqliteType.Integer);
        foreach (var band in bands)
        {
            hash.Value = band;
            await insertBand.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<long> CountStoriesAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, """
            SELECT (SELECT count(*) FROM articles) - (SELECT count(*) FROM story_signatures WHERE story_key <> article_key)
            """);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
