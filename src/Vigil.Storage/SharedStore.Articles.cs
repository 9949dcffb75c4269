using System.Data.Common;

namespace Vigil.Storage;

/// <summary>What is stored, counted, and the articles listed.</summary>
internal static partial class SharedStore
{
    /// <summary>
    /// The rows of each kind, and the stories (copies once; an article without a signature, stored
    /// before stories were kept, counts as its own). One statement, one snapshot: the counts agree
    /// with each other while another process writes.
    /// </summary>
    public static async Task<StoreCounts> CountAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities), (SELECT count(*) FROM quotes),
                   (SELECT count(*) FROM commitments), (SELECT count(*) FROM events),
                   (SELECT count(*) FROM articles) - (SELECT count(*) FROM story_signatures WHERE story_key <> article_key)
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new StoreCounts(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4))
        {
            Stories = reader.GetInt64(5),
        };
    }

    /// <summary>A page of the stored articles, the latest published first, undated ones after the dated.</summary>
    public static async Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(DbConnection connection, int offset, int limit, CancellationToken cancellationToken)
    {
        // NULLS LAST is SQLite's own order for DESC; PostgreSQL must be told.
        await using var command = Command(connection, """
            SELECT a.id, a.title, a.source, a.published, a.ingested_at,
                   (SELECT count(*) FROM quotes q WHERE q.article_key = a.article_key)
            FROM articles a
            ORDER BY a.published DESC NULLS LAST, a.article_key DESC
            LIMIT @limit OFFSET @offset
            """, ("limit", limit), ("offset", offset));
        var articles = new List<ArticleSummary>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            articles.Add(ReadSummary(reader));
        return articles;
    }
}
