using Npgsql;
using NpgsqlTypes;
using Vigil.Documents;

namespace Vigil.Storage.Postgres;

/// <summary>Reads across articles for the web app: actors, their quotes, mentions and company.</summary>
public sealed partial class PostgresArticleStore
{
    public async Task<StoredActor?> GetActorAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (await ReadActorsAsync(id, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<string>> FindActorIdsAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        var value = nameOrId.Trim();
        if (value.Length == 0)
            return [];
        // From the most to the least precise: a broader rule applies only when a narrower one found nothing.
        string[] rules =
        [
            "SELECT id FROM actors WHERE id = @value",
            """
            SELECT id FROM actors WHERE lower(name) = lower(@value)
            UNION
            SELECT a.id FROM actor_aliases x JOIN actors a ON a.actor_key = x.actor_key WHERE lower(x.alias) = lower(@value)
            """,
            """
            SELECT id FROM actors
            WHERE type = 'PERSON' AND length(name) > length(@value)
              AND lower(right(name, length(@value))) = lower(@value) AND substr(name, length(name) - length(@value), 1) = ' '
            """,
        ];
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            foreach (var rule in rules)
            {
                await using var select = Command(connection, $"SELECT id FROM ({rule}) AS found ORDER BY id COLLATE \"C\"");
                select.Parameters.AddWithValue("value", value);
                var ids = new List<string>();
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    ids.Add(reader.GetString(0));
                if (ids.Count > 0)
                    return ids;
            }
            return [];
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, $"cannot look up the actor {nameOrId}");
        }
    }

    public async Task<IReadOnlyList<QuoteRecord>> ListQuotesAsync(QuoteFilter filter, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, cancellationToken);
            await using var select = connection.CreateCommand();
            var where = new List<string>();
            var speakers = new List<string>();
            if (filter.ActorIds is { Count: > 0 } actorIds)
            {
                speakers.Add("ac.id = ANY(@actors)");
                select.Parameters.AddWithValue("actors", actorIds.ToArray());
            }
            if (filter.SpeakerName is { Length: > 0 } speakerName)
            {
                speakers.Add("lower(q.speaker_name) = lower(@speaker)");
                select.Parameters.AddWithValue("speaker", speakerName);
            }
            if (speakers.Count > 0)
                where.Add("(" + string.Join(" OR ", speakers) + ")");
            else if (filter.ActorIds is { Count: 0 })
                where.Add("false"); // asked for the quotes of no actor at all
            AddArticleFilters(select, where, filter.ArticleId, filter.From, filter.To);
            select.CommandText = $"""
                SELECT a.article_key, a.id, a.title, a.published, q.ordinal, q.start_offset, q.end_offset, q.kind,
                       q.speaker_name, ac.id, q.cue_start, q.cue_end
                FROM quotes q
                JOIN articles a ON a.article_key = q.article_key
                LEFT JOIN entities e ON e.article_key = q.article_key AND e.entity_id = q.speaker_entity_id
                LEFT JOIN actors ac ON ac.actor_key = e.actor_key
                {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
                ORDER BY a.published DESC NULLS LAST, a.article_key DESC, q.ordinal
                LIMIT @limit OFFSET @offset
                """;
            select.Parameters.AddWithValue("limit", limit);
            select.Parameters.AddWithValue("offset", offset);

            return await ReadQuoteRecordsAsync(connection, select, cancellationToken);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, "cannot list the quotes");
        }
        catch (FormatException e)
        {
            throw new StorageException(Target, $"the quotes are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<ActorMention>> ListMentionsAsync(string actorId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var select = Command(connection, """
                SELECT a.id, a.title, a.source, a.published, a.ingested_at,
                       (SELECT count(*) FROM quotes q WHERE q.article_key = a.article_key),
                       (SELECT count(*) FROM entity_spans s JOIN entities m ON m.article_key = s.article_key AND m.ordinal = s.entity_ordinal
                        WHERE s.article_key = a.article_key AND m.actor_key = ac.actor_key AND s.role = 'mention')
                FROM actors ac
                JOIN articles a ON a.article_key IN (SELECT e.article_key FROM entities e WHERE e.actor_key = ac.actor_key)
                WHERE ac.id = @id
                ORDER BY a.published DESC NULLS LAST, a.article_key DESC
                LIMIT @limit OFFSET @offset
                """);
            select.Parameters.AddWithValue("id", actorId);
            select.Parameters.AddWithValue("limit", limit);
            select.Parameters.AddWithValue("offset", offset);
            var mentions = new List<ActorMention>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                mentions.Add(new ActorMention(ReadSummary(reader), (int)reader.GetInt64(6)));
            return mentions;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, $"cannot list the articles naming {actorId}");
        }
    }

    public async Task<IReadOnlyList<DailyCount>> CountMentionsByDayAsync(string actorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var select = Command(connection, """
                SELECT coalesce(a.published, (a.ingested_at AT TIME ZONE 'UTC')::date) AS day, count(*)
                FROM actors ac
                JOIN articles a ON a.article_key IN (SELECT e.article_key FROM entities e WHERE e.actor_key = ac.actor_key)
                WHERE ac.id = @id
                GROUP BY day ORDER BY day
                """);
            select.Parameters.AddWithValue("id", actorId);
            var days = new List<DailyCount>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                days.Add(new DailyCount(reader.GetFieldValue<DateOnly>(0), (int)reader.GetInt64(1)));
            return days;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, $"cannot count the mentions of {actorId}");
        }
    }

    public async Task<IReadOnlyList<ActorAlongside>> ListActorsAlongsideAsync(string actorId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            await using var select = Command(connection, """
                SELECT o.id, o.name, o.type, count(DISTINCT other.article_key) AS shared
                FROM actors ac
                JOIN entities own ON own.actor_key = ac.actor_key
                JOIN entities other ON other.article_key = own.article_key AND other.actor_key <> ac.actor_key
                JOIN actors o ON o.actor_key = other.actor_key
                WHERE ac.id = @id
                GROUP BY o.actor_key
                ORDER BY shared DESC, o.name COLLATE "C"
                LIMIT @limit
                """);
            select.Parameters.AddWithValue("id", actorId);
            select.Parameters.AddWithValue("limit", limit);
            var actors = new List<ActorAlongside>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                actors.Add(new ActorAlongside(reader.GetString(0), reader.GetString(1), StoredNames.ParseEntityType(reader.GetString(2)), (int)reader.GetInt64(3)));
            return actors;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, $"cannot list the actors named with {actorId}");
        }
    }

    /// <summary>Adds the conditions on the article (alias <c>a</c>) that several queries share.</summary>
    private static void AddArticleFilters(NpgsqlCommand command, List<string> where, string? articleId, DateOnly? from, DateOnly? to)
    {
        if (articleId is not null)
        {
            where.Add("a.id = @articleId");
            command.Parameters.AddWithValue("articleId", articleId);
        }
        if (from is { } first)
        {
            where.Add("a.published >= @from");
            command.Parameters.Add(Nullable("from", NpgsqlDbType.Date, first));
        }
        if (to is { } last)
        {
            where.Add("a.published <= @to");
            command.Parameters.Add(Nullable("to", NpgsqlDbType.Date, last));
        }
    }
}
