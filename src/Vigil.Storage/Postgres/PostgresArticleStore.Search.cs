using Npgsql;
using NpgsqlTypes;

namespace Vigil.Storage.Postgres;

/// <summary>
/// Full-text search over article texts: the <c>articles.search</c> tsvector (case and accents folded,
/// no stemming) with its GIN index finds and ranks the articles; the first match's offsets are then
/// found in the text by <see cref="PostgresTextQuery"/>.
/// </summary>
public sealed partial class PostgresArticleStore
{
    public async Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.ThrowIfInvalid();
        if (PostgresTextQuery.From(query.Text) is not { } match)
            return new SearchResults(0, []);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);

            // The matches of a common word are gathered as a bitmap of rows; past work_mem (4 MB by
            // default) it keeps pages instead of rows, and every row of those pages is checked again.
            await using (var memory = connection.CreateCommand())
            {
                memory.CommandText = "SET LOCAL work_mem = '32MB'";
                await memory.ExecuteNonQueryAsync(cancellationToken);
            }

            // Count one past the cap and stop, rather than visit every matching row.
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM articles a {Conditions(count, query, match)} LIMIT @cap) matching";
            count.Parameters.AddWithValue("cap", query.CountUpTo);
            var results = query.Counted((long)(await count.ExecuteScalarAsync(cancellationToken))!);
            if (results.Total == 0 || query.Limit == 0)
                return results;

            // ts_rank reads every match's tsvector, so only few are ranked; many are paged newest
            // first, which the primary key's index gives in order without a sort of them all.
            await using var select = connection.CreateCommand();
            select.CommandText = $"""
                SELECT a.id, a.title, a.source, a.published, a.text
                FROM articles a
                {Conditions(select, query, match)}
                ORDER BY {(results.Order == SearchOrder.Relevance ? "ts_rank(a.search, to_tsquery('vigil_search', @match)) DESC, " : "")}a.article_key DESC
                LIMIT @limit OFFSET @offset
                """;
            select.Parameters.AddWithValue("limit", query.Limit);
            select.Parameters.AddWithValue("offset", query.Offset);
            var hits = new List<SearchHit>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var text = reader.GetString(4);
                var spans = match.Matches(text);
                var first = spans.Count > 0 ? spans[0] : new Vigil.Documents.TextSpan(0, 0);
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
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, "cannot search the articles");
        }
        catch (FormatException e)
        {
            throw new StorageException(Target, $"the articles are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    private static string Conditions(NpgsqlCommand command, SearchQuery query, PostgresTextQuery match)
    {
        var where = new List<string> { "a.search @@ to_tsquery('vigil_search', @match)" };
        command.Parameters.AddWithValue("match", match.ToTsQuery());
        if (query.ActorIds is { } actorIds)
        {
            where.Add(actorIds.Count == 0
                ? "false"
                : "a.article_key IN (SELECT e.article_key FROM entities e JOIN actors ac ON ac.actor_key = e.actor_key WHERE ac.id = ANY(@actors))");
            if (actorIds.Count > 0)
                command.Parameters.Add(new NpgsqlParameter("actors", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = actorIds.ToArray() });
        }
        if (query.Source is { Length: > 0 } source)
        {
            where.Add("(strpos(lower(a.source), lower(@source)) > 0 OR strpos(lower(coalesce(a.url, '')), lower(@source)) > 0)");
            command.Parameters.AddWithValue("source", source);
        }
        SharedStore.AddArticleFilters(command, StoreDialect.Postgres, where, null, query.From, query.To);
        return "WHERE " + string.Join(" AND ", where);
    }
}
