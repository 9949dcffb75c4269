using Microsoft.Data.Sqlite;
using Vigil.Documents;

namespace Vigil.Storage.Sqlite;

/// <summary>Full-text search over article texts with the FTS5 index of migration 003.</summary>
public sealed partial class SqliteArticleStore
{
    // Private-use characters that FTS5 wraps around each match; removing them gives the offsets.
    private const char MatchOpen = '\uE000';
    private const char MatchClose = '\uE001';

    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ThrowIfInvalid();
        if (FtsQuery.From(query.Text) is not { } match)
            return new SearchResults(0, []);
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: true);

            // Count one past the cap and stop: FTS5 reads its index no further than that.
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM (SELECT 1 {Matching(count, query, match)} LIMIT $cap)";
            count.Parameters.AddWithValue("$cap", query.CountUpTo);
            var results = query.Counted((long)(await count.ExecuteScalarAsync(cancellationToken))!);
            if (results.Total == 0 || query.Limit == 0)
                return results;

            // The page is chosen from the index alone; only its rows are read and highlighted. Ranking
            // orders by bm25 (FTS5's rank) all matches, which is why it is kept to few; newest first
            // walks the index backwards by rowid and stops after the page. CROSS JOIN keeps the page
            // the outer loop: otherwise SQLite may scan every match to join the page's twenty.
            await using var select = connection.CreateCommand();
            var (score, pageOrder) = results.Order == SearchOrder.Relevance
                ? ("articles_fts.rank", "articles_fts.rank, articles_fts.rowid DESC")
                : ("0", "articles_fts.rowid DESC");
            select.CommandText = $"""
                SELECT a.id, a.title, a.source, a.published,
                       highlight(articles_fts, 0, char({(int)MatchOpen}), char({(int)MatchClose})), a.text
                FROM (SELECT articles_fts.rowid AS article_key, {score} AS score {Matching(select, query, match)}
                      ORDER BY {pageOrder} LIMIT $limit OFFSET $offset) page
                CROSS JOIN articles_fts CROSS JOIN articles a
                WHERE articles_fts MATCH $match AND articles_fts.rowid = page.article_key AND a.article_key = page.article_key
                ORDER BY page.score, page.article_key DESC
                """;
            select.Parameters.AddWithValue("$limit", query.Limit);
            select.Parameters.AddWithValue("$offset", query.Offset);
            var hits = new List<SearchHit>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var text = reader.GetString(5);
                var spans = MatchSpans(reader.GetString(4), text);
                var first = spans.Count > 0 ? spans[0] : new TextSpan(0, 0);
                hits.Add(new SearchHit(
                    ArticleId: reader.GetString(0),
                    Title: Text(reader, 1),
                    Source: reader.GetString(2),
                    Published: Date(reader, 3),
                    Span: first,
                    Match: text[first.Start..first.End],
                    Matches: spans.Count,
                    Before: SearchSnippets.Before(text, first.Start),
                    After: SearchSnippets.After(text, first.End)));
            }
            return results with { Hits = hits };
        }
        catch (SqliteException e)
        {
            throw Explain(e, "cannot search the articles");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the articles are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    /// <summary>
    /// FROM and WHERE of the matching articles. The articles table is joined only when a filter needs
    /// it: without one, counting and paging read the full-text index alone.
    /// </summary>
    private static string Matching(SqliteCommand command, SearchQuery query, string match)
    {
        var where = new List<string> { "articles_fts MATCH $match" };
        command.Parameters.AddWithValue("$match", match);
        if (query.ActorIds is { } actorIds)
            where.Add(actorIds.Count == 0
                ? "0"
                : $"a.article_key IN (SELECT e.article_key FROM entities e JOIN actors ac ON ac.actor_key = e.actor_key WHERE ac.id IN ({SharedStore.InList(command, "actor", actorIds)}))");
        if (query.Source is { Length: > 0 } source)
        {
            where.Add("(instr(lower(a.source), lower($source)) > 0 OR instr(lower(coalesce(a.url, '')), lower($source)) > 0)");
            command.Parameters.AddWithValue("$source", source);
        }
        var join = where.Count > 1 ? " JOIN articles a ON a.article_key = articles_fts.rowid" : "";
        // Dates: the articles of the range from the index on published, a set the matches are checked
        // against as the full-text index yields them. Joining each match to its article instead costs
        // a row read per match (seconds for a common word and a narrow range), and letting SQLite
        // probe the full-text index once per article of the range costs as much for a wide one; the
        // + keeps it from choosing that.
        var dates = new List<string>();
        SharedStore.AddArticleFilters(command, StoreDialect.Sqlite, dates, null, query.From, query.To);
        if (dates.Count > 0)
            where.Add($"+articles_fts.rowid IN (SELECT a.article_key FROM articles a WHERE {string.Join(" AND ", dates)})");
        return $"FROM articles_fts{join} WHERE " + string.Join(" AND ", where);
    }
    /// <summary>
    /// The spans FTS5 marked, as offsets into the stored text. Should the text itself hold one of the
    /// marker characters the marks cannot be told apart, and no span is claimed.
    /// </summary>
    private static List<TextSpan> MatchSpans(string highlighted, string text)
    {
        var spans = new List<TextSpan>();
        if (text.Contains(MatchOpen) || text.Contains(MatchClose))
            return spans;
        var offset = 0;
        var start = -1;
        foreach (var c in highlighted)
        {
            if (c == MatchOpen) start = offset;
            else if (c == MatchClose && start >= 0)
            {
                spans.Add(new TextSpan(start, offset));
                start = -1;
            }
            else offset++;
        }
        return offset == text.Length ? spans : [];
    }
}
