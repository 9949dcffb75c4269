using System.Data.Common;
using System.Globalization;
using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>Copies of one story: joining an article to the story of its most similar stored copy, and reading a story back.</summary>
internal static partial class SharedStore
{
    /// <summary>The story of the article with every copy, first stored first; null when no article has the id. Run in a consistent read.</summary>
    public static async Task<Story?> ReadStoryAsync(DbConnection connection, string articleId, CancellationToken cancellationToken)
    {
        long storyKey;
        await using (var find = Command(connection, """
            SELECT coalesce(s.story_key, a.article_key)
            FROM articles a LEFT JOIN story_signatures s ON s.article_key = a.article_key
            WHERE a.id = @id
            """, ("id", articleId)))
        {
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
            """, ("story", storyKey));
        var copies = ImmutableArray.CreateBuilder<StoryCopy>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            copies.Add(new StoryCopy(ReadSummary(reader), reader.GetDouble(6)));
        return new Story(copies[0].Article.Id, copies.DrainToImmutable());
    }

    /// <summary>
    /// Puts a new article in the story of its most similar stored copy, or starts a story, and indexes
    /// its bands; inside the article's transaction, after everything else it writes. The caller makes
    /// sure no other writer decides a story meanwhile (SQLite: its write transaction; PostgreSQL: an
    /// advisory lock), or two copies of one new story stored at once would each start it.
    /// </summary>
    public static async Task InsertSignatureAsync(DbConnection connection, StoreDialect dialect, long articleKey, StorySignature signature,
        CancellationToken cancellationToken)
    {
        var bands = signature.BandHashes().Distinct().ToArray();
        long? bestKey = null;
        long bestStory = articleKey;
        double best = 0;
        await using (var candidates = connection.CreateCommand())
        {
            candidates.CommandText = $"""
                SELECT s.article_key, s.signature, s.story_key
                FROM story_signatures s
                WHERE s.article_key IN (SELECT article_key FROM story_bands WHERE band_hash IN ({InList(candidates, "band", bands)}))
                """;
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
            """, ("article", articleKey), ("signature", signature.ToBytes()), ("story", bestKey is null ? articleKey : bestStory),
            ("similarity", bestKey is null ? 1.0 : best)))
            await insert.ExecuteNonQueryAsync(cancellationToken);

        await using var insertBands = connection.CreateCommand();
        var rows = bands.Select((band, i) => $"(@band{i.ToString(CultureInfo.InvariantCulture)}, @article)");
        insertBands.CommandText = dialect.InsertOrIgnore($"story_bands (band_hash, article_key) VALUES {string.Join(", ", rows)}");
        for (var i = 0; i < bands.Length; i++)
            Add(insertBands, "band" + i.ToString(CultureInfo.InvariantCulture), bands[i]);
        Add(insertBands, "article", articleKey);
        await insertBands.ExecuteNonQueryAsync(cancellationToken);
    }
}
