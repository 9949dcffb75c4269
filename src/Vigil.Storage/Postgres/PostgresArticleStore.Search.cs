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
            // And gathering them costs far more than the planner's default of 0.005 a row says: at a
            // million articles, the first 10,000 of a word in 13% of them were counted in 106 ms
            // through its bitmap (about 130,000 rows gathered) and in 58 ms by reading the table in order
            // until they were found. At 0.1 a row the planner turns to reading in order from about
            // one article in ten, where the two meet (docs/benchmarks.md, "Stop 35"). Compiling a
            // plan's expressions (JIT, for plans the planner thinks dear) took up to half a second,
            // more than any of these queries takes to run.
            await using (var settings = connection.CreateCommand())
            {
                settings.CommandText = "SET LOCAL work_mem = '32MB'; SET LOCAL cpu_index_tuple_cost = 0.1; SET LOCAL jit = off";
                await settings.ExecuteNonQueryAsync(cancellationToken);
            }

            // With an actor, the actor's articles are the few to check, and a plan that starts from
            // them would compute each one's pairs (0.4 ms) rather than look them up.
            var phrases = query.ActorIds is null && match.ToPairedPhrases() is { } paired
                && await PairsNarrowTheSearchAsync(connection, paired, cancellationToken) ? paired : null;

            // Count one past the cap and stop, rather than visit every matching row.
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM (SELECT 1 FROM articles a {Conditions(count, query, match, phrases)} LIMIT @cap) matching";
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
                {Conditions(select, query, match, phrases)}
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

    /// <summary>
    /// Whether the index of neighbouring words narrows a search: whether one of the phrases' pairs is
    /// in fewer than one article in ten, by the statistics ANALYZE keeps of the index (its thousand
    /// most common pairs, down to about 1.5% of the articles; a pair not among them is rarer). Past
    /// that, gathering the pair's matches costs more than reading the table in order until the
    /// first 10,000 are found ("of the": 62% of the articles), as for a common word (above).
    /// </summary>
    private static async Task<bool> PairsNarrowTheSearchAsync(NpgsqlConnection connection, PairedPhrases phrases, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT coalesce(min(coalesce(common.frequency, 0)), 0)
            FROM unnest(@pairs) AS wanted(pair)
            LEFT JOIN (
                SELECT element, frequency
                FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS m(element, frequency)
                WHERE s.schemaname = current_schema() AND s.tablename = 'articles_search_pairs'
            ) common ON common.element = wanted.pair
            """;
        command.Parameters.Add(new NpgsqlParameter("pairs", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = phrases.Pairs.ToArray() });
        return Convert.ToDouble(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) < 0.1;
    }

    private static string Conditions(NpgsqlCommand command, SearchQuery query, PostgresTextQuery match, PairedPhrases? phrases)
    {
        var where = new List<string>();
        command.Parameters.AddWithValue("match", match.ToTsQuery());
        if (phrases is null)
            where.Add("a.search @@ to_tsquery('vigil_search', @match)");
        else
        {
            // The phrases through the index of their pairs of words; their positions are checked by
            // calling the operator's function, which no index answers, so that the words' index does
            // not join in: it would mark every row to be checked again, pairs included, and
            // vigil_word_pairs costs about 0.4 ms a row. The other terms use the words' index.
            where.Add("vigil_word_pairs(a.search) @@ CAST(@pairs AS tsquery)");
            where.Add("ts_match_vq(a.search, to_tsquery('vigil_search', @phrases))");
            command.Parameters.AddWithValue("pairs", phrases.PairsTsQuery);
            command.Parameters.AddWithValue("phrases", phrases.Phrases);
            if (phrases.OtherTerms is { } others)
            {
                where.Add("a.search @@ to_tsquery('vigil_search', @others)");
                command.Parameters.AddWithValue("others", others);
            }
        }
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
