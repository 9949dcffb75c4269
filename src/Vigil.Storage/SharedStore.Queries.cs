using System.Data.Common;
using System.Globalization;
using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>Reads across articles for the web app: actors, their quotes, mentions, company and commitments.</summary>
internal static partial class SharedStore
{
    /// <summary>
    /// The ids of the actors a user's words name: the id itself, else a name or alias (case ignored),
    /// else a person's family name ("Merkel" for "Angela Merkel"). A broader rule applies only when
    /// a narrower one found nothing.
    /// </summary>
    public static async Task<IReadOnlyList<string>> FindActorIdsAsync(DbConnection connection, StoreDialect dialect, string value, CancellationToken cancellationToken)
    {
        string[] rules =
        [
            "SELECT id FROM actors WHERE id = @value",
            $"""
            SELECT id FROM actors WHERE {dialect.EqualsIgnoringCase("name", "@value")}
            UNION
            SELECT a.id FROM actor_aliases x JOIN actors a ON a.actor_key = x.actor_key WHERE {dialect.EqualsIgnoringCase("x.alias", "@value")}
            """,
            // The name's last length(@value) characters, preceded by a space; the name is longer, so
            // every position is 1 or more (SQLite would count a negative one from the end).
            """
            SELECT id FROM actors
            WHERE type = 'PERSON' AND length(name) > length(@value)
              AND lower(substr(name, length(name) - length(@value) + 1)) = lower(@value) AND substr(name, length(name) - length(@value), 1) = ' '
            """,
        ];
        foreach (var rule in rules)
        {
            await using var select = Command(connection, $"SELECT id FROM ({rule}) AS found ORDER BY id{dialect.ByteOrder}", ("value", value));
            var ids = new List<string>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                ids.Add(reader.GetString(0));
            if (ids.Count > 0)
                return ids;
        }
        return [];
    }

    /// <summary>Quotes, the latest published first, by speaker (stored actors or a name), article and dates. Run in a consistent read.</summary>
    public static async Task<IReadOnlyList<QuoteRecord>> ListQuotesAsync(DbConnection connection, StoreDialect dialect, QuoteFilter filter, int offset, int limit,
        CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        var where = new List<string>();
        var speakers = new List<string>();
        if (filter.ActorIds is { Count: > 0 } actorIds)
            speakers.Add($"ac.id IN ({InList(select, "actor", actorIds)})");
        if (filter.SpeakerName is { Length: > 0 } speakerName)
        {
            speakers.Add(dialect.EqualsIgnoringCase("q.speaker_name", "@speaker"));
            Add(select, "speaker", speakerName);
        }
        if (speakers.Count > 0)
            where.Add("(" + string.Join(" OR ", speakers) + ")");
        else if (filter.ActorIds is { Count: 0 })
            where.Add("false"); // asked for the quotes of no actor at all
        AddArticleFilters(select, dialect, where, filter.ArticleId, filter.From, filter.To);
        // NULLS LAST is SQLite's own order for DESC; PostgreSQL must be told.
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
        Add(select, "limit", limit);
        Add(select, "offset", offset);
        return await ReadQuoteRecordsAsync(connection, select, cancellationToken);
    }

    /// <summary>The articles naming the actor, the latest published first, with their quotes and the actor's mentions counted.</summary>
    public static async Task<IReadOnlyList<ActorMention>> ListMentionsAsync(DbConnection connection, string actorId, int offset, int limit,
        CancellationToken cancellationToken)
    {
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
            """, ("id", actorId), ("limit", limit), ("offset", offset));
        var mentions = new List<ActorMention>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            mentions.Add(new ActorMention(ReadSummary(reader), Count(reader, 6)));
        return mentions;
    }

    /// <summary>The articles naming the actor, counted by the day published (else stored).</summary>
    public static async Task<IReadOnlyList<DailyCount>> CountMentionsByDayAsync(DbConnection connection, StoreDialect dialect, string actorId,
        CancellationToken cancellationToken)
    {
        await using var select = Command(connection, $"""
            SELECT coalesce(a.published, {dialect.DayOf("a.ingested_at")}) AS day, count(*)
            FROM actors ac
            JOIN articles a ON a.article_key IN (SELECT e.article_key FROM entities e WHERE e.actor_key = ac.actor_key)
            WHERE ac.id = @id
            GROUP BY day ORDER BY day
            """, ("id", actorId));
        var days = new List<DailyCount>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            days.Add(new DailyCount(Date(reader, 0)!.Value, Count(reader, 1)));
        return days;
    }

    /// <summary>The actors named in the most articles with the actor.</summary>
    public static async Task<IReadOnlyList<ActorAlongside>> ListActorsAlongsideAsync(DbConnection connection, StoreDialect dialect, string actorId, int limit,
        CancellationToken cancellationToken)
    {
        await using var select = Command(connection, $"""
            SELECT o.id, o.name, o.type, count(DISTINCT other.article_key) AS shared
            FROM actors ac
            JOIN entities own ON own.actor_key = ac.actor_key
            JOIN entities other ON other.article_key = own.article_key AND other.actor_key <> ac.actor_key
            JOIN actors o ON o.actor_key = other.actor_key
            WHERE ac.id = @id
            GROUP BY o.actor_key
            ORDER BY shared DESC, o.name{dialect.ByteOrder}
            LIMIT @limit
            """, ("id", actorId), ("limit", limit));
        var actors = new List<ActorAlongside>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            actors.Add(new ActorAlongside(reader.GetString(0), reader.GetString(1), StoredNames.ParseEntityType(reader.GetString(2)), Count(reader, 3)));
        return actors;
    }

    /// <summary>The commitments the actor made or received, the latest published first, with their tracked status.</summary>
    public static async Task<IReadOnlyList<ActorCommitment>> ListCommitmentsOfActorAsync(DbConnection connection, string actorId, int limit,
        CancellationToken cancellationToken)
    {
        await using var select = Command(connection, """
            SELECT a.id, a.input_id, a.title, a.published, c.ordinal, c.text, c.kind, c.negated, c.actor_name, c.beneficiary,
                   bound.actor_key IS NOT DISTINCT FROM ac.actor_key, t.id,
                   CASE WHEN t.id IS NULL THEN NULL ELSE coalesce(
                       (SELECT v.status FROM commitment_verdicts v WHERE v.tracked_key = t.tracked_key ORDER BY v.ordinal DESC LIMIT 1), 'not-yet-rated') END
            FROM actors ac
            JOIN commitments c ON c.article_key IN (SELECT e.article_key FROM entities e WHERE e.actor_key = ac.actor_key)
            JOIN articles a ON a.article_key = c.article_key
            LEFT JOIN entities bound ON bound.article_key = c.article_key AND bound.entity_id = c.actor_entity_id
            LEFT JOIN entities given ON given.article_key = c.article_key AND given.entity_id = c.beneficiary_id
            LEFT JOIN commitment_statements s ON s.article_key = c.article_key AND s.ordinal = c.ordinal
            LEFT JOIN tracked_commitments t ON t.tracked_key = s.tracked_key
            WHERE ac.id = @id AND (bound.actor_key = ac.actor_key OR given.actor_key = ac.actor_key)
            ORDER BY a.published DESC NULLS LAST, a.article_key DESC, c.ordinal
            LIMIT @limit
            """, ("id", actorId), ("limit", limit));
        var commitments = new List<ActorCommitment>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            commitments.Add(new ActorCommitment(
                Article: new ArticleRef(reader.GetString(0), Text(reader, 1), Text(reader, 2), Date(reader, 3)),
                Ordinal: reader.GetInt32(4),
                Text: reader.GetString(5),
                Kind: StoredCommitmentNames.ParseCommitmentKind(reader.GetString(6)),
                Negated: reader.GetBoolean(7),
                ActorName: Text(reader, 8),
                Beneficiary: Text(reader, 9),
                Made: reader.GetBoolean(10),
                TrackedId: Text(reader, 11),
                Status: Text(reader, 12) is { } status ? StoredCommitmentNames.ParseStatus(status) : null));
        }
        return commitments;
    }

    /// <summary>The tracked commitments counted by their latest verdict (not yet rated when none).</summary>
    public static async Task<IReadOnlyDictionary<CommitmentStatus, int>> CountCommitmentsByStatusAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, """
            SELECT status, count(*) FROM (
                SELECT coalesce((SELECT v.status FROM commitment_verdicts v WHERE v.tracked_key = t.tracked_key ORDER BY v.ordinal DESC LIMIT 1),
                                'not-yet-rated') AS status
                FROM tracked_commitments t) latest
            GROUP BY status
            """);
        var counts = new Dictionary<CommitmentStatus, int>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            counts[StoredCommitmentNames.ParseStatus(reader.GetString(0))] = Count(reader, 1);
        return counts;
    }

    /// <summary>Adds the conditions on the article (alias <c>a</c>) that several queries share, search among them.</summary>
    public static void AddArticleFilters(DbCommand command, StoreDialect dialect, List<string> where, string? articleId, DateOnly? from, DateOnly? to)
    {
        if (articleId is not null)
        {
            where.Add("a.id = @articleId");
            Add(command, "articleId", articleId);
        }
        if (from is { } first)
        {
            where.Add("a.published >= @from");
            Add(command, "from", dialect.Day(first));
        }
        if (to is { } last)
        {
            where.Add("a.published <= @to");
            Add(command, "to", dialect.Day(last));
        }
    }

    /// <summary>Parameters for an IN list, so that no value is ever spliced into the SQL.</summary>
    public static string InList<T>(DbCommand command, string prefix, IReadOnlyList<T> values) where T : notnull
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = "@" + prefix + i.ToString(CultureInfo.InvariantCulture);
            Add(command, prefix + i.ToString(CultureInfo.InvariantCulture), values[i]);
        }
        return string.Join(", ", names);
    }

    /// <summary>A count: bigint in PostgreSQL, an integer of any size in SQLite.</summary>
    private static int Count(DbDataReader reader, int ordinal) => (int)reader.GetInt64(ordinal);
}
