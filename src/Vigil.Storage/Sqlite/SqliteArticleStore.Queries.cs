using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Documents;

namespace Vigil.Storage.Sqlite;

/// <summary>Reads across articles for the web app: actors, their quotes, mentions and company.</summary>
public sealed partial class SqliteArticleStore
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
            "SELECT id FROM actors WHERE id = $value",
            """
            SELECT id FROM actors WHERE name = $value COLLATE NOCASE
            UNION
            SELECT a.id FROM actor_aliases x JOIN actors a ON a.actor_key = x.actor_key WHERE x.alias = $value COLLATE NOCASE
            """,
            """
            SELECT id FROM actors
            WHERE type = 'PERSON' AND length(name) > length($value)
              AND lower(substr(name, -length($value))) = lower($value) AND substr(name, -length($value) - 1, 1) = ' '
            """,
        ];
        try
        {
            await using var connection = OpenConnection();
            foreach (var rule in rules)
            {
                await using var select = Command(connection, rule + " ORDER BY 1");
                select.Parameters.AddWithValue("$value", value);
                var ids = new List<string>();
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    ids.Add(reader.GetString(0));
                if (ids.Count > 0)
                    return ids;
            }
            return [];
        }
        catch (SqliteException e)
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
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: true);
            await using var select = connection.CreateCommand();
            var where = new List<string>();
            var speakers = new List<string>();
            if (filter.ActorIds is { Count: > 0 } actorIds)
                speakers.Add($"ac.id IN ({InList(select, "$actor", actorIds)})");
            if (filter.SpeakerName is { Length: > 0 } speakerName)
            {
                speakers.Add("q.speaker_name = $speaker COLLATE NOCASE");
                select.Parameters.AddWithValue("$speaker", speakerName);
            }
            if (speakers.Count > 0)
                where.Add("(" + string.Join(" OR ", speakers) + ")");
            else if (filter.ActorIds is { Count: 0 })
                where.Add("0"); // asked for the quotes of no actor at all
            AddArticleFilters(select, where, filter.ArticleId, filter.From, filter.To);
            select.CommandText = $"""
                SELECT a.article_key, a.id, a.title, a.published, q.ordinal, q.start_offset, q.end_offset, q.kind,
                       q.speaker_name, ac.id, q.cue_start, q.cue_end
                FROM quotes q
                JOIN articles a ON a.article_key = q.article_key
                LEFT JOIN entities e ON e.article_key = q.article_key AND e.entity_id = q.speaker_entity_id
                LEFT JOIN actors ac ON ac.actor_key = e.actor_key
                {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))}
                ORDER BY a.published DESC, a.article_key DESC, q.ordinal
                LIMIT $limit OFFSET $offset
                """;
            select.Parameters.AddWithValue("$limit", limit);
            select.Parameters.AddWithValue("$offset", offset);

            return await ReadQuoteRecordsAsync(connection, select, cancellationToken);
        }
        catch (SqliteException e)
        {
            throw Explain(e, "cannot list the quotes");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the quotes are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<ActorMention>> ListMentionsAsync(string actorId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        try
        {
            await using var connection = OpenConnection();
            await using var select = Command(connection, """
                SELECT a.id, a.title, a.source, a.published, a.ingested_at,
                       (SELECT count(*) FROM quotes q WHERE q.article_key = a.article_key),
                       (SELECT count(*) FROM entity_spans s JOIN entities m ON m.article_key = s.article_key AND m.ordinal = s.entity_ordinal
                        WHERE s.article_key = a.article_key AND m.actor_key = ac.actor_key AND s.role = 'mention')
                FROM actors ac
                JOIN articles a ON a.article_key IN (SELECT e.article_key FROM entities e WHERE e.actor_key = ac.actor_key)
                WHERE ac.id = $id
                ORDER BY a.published DESC, a.article_key DESC
                LIMIT $limit OFFSET $offset
                """);
            select.Parameters.AddWithValue("$id", actorId);
            select.Parameters.AddWithValue("$limit", limit);
            select.Parameters.AddWithValue("$offset", offset);
            var mentions = new List<ActorMention>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                mentions.Add(new ActorMention(ReadSummary(reader), reader.GetInt32(6)));
            return mentions;
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot list the articles naming {actorId}");
        }
    }

    public async Task<IReadOnlyList<DailyCount>> CountMentionsByDayAsync(string actorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        try
        {
            await using var connection = OpenConnection();
            await using var select = Command(connection, """
                SELECT coalesce(a.published, substr(a.ingested_at, 1, 10)) AS day, count(*)
                FROM actors ac
                JOIN articles a ON a.article_key IN (SELECT e.article_key FROM entities e WHERE e.actor_key = ac.actor_key)
                WHERE ac.id = $id
                GROUP BY day ORDER BY day
                """);
            select.Parameters.AddWithValue("$id", actorId);
            var days = new List<DailyCount>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                days.Add(new DailyCount(ParseDate(reader.GetString(0))!.Value, reader.GetInt32(1)));
            return days;
        }
        catch (SqliteException e)
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
            await using var connection = OpenConnection();
            await using var select = Command(connection, """
                SELECT o.id, o.name, o.type, count(DISTINCT other.article_key) AS shared
                FROM actors ac
                JOIN entities own ON own.actor_key = ac.actor_key
                JOIN entities other ON other.article_key = own.article_key AND other.actor_key <> ac.actor_key
                JOIN actors o ON o.actor_key = other.actor_key
                WHERE ac.id = $id
                GROUP BY o.actor_key
                ORDER BY shared DESC, o.name
                LIMIT $limit
                """);
            select.Parameters.AddWithValue("$id", actorId);
            select.Parameters.AddWithValue("$limit", limit);
            var actors = new List<ActorAlongside>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                actors.Add(new ActorAlongside(reader.GetString(0), reader.GetString(1), StoredNames.ParseEntityType(reader.GetString(2)), reader.GetInt32(3)));
            return actors;
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot list the actors named with {actorId}");
        }
    }

    public async Task<IReadOnlyList<ActorCommitment>> ListCommitmentsOfActorAsync(string actorId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        try
        {
            await using var connection = OpenConnection();
            await using var select = Command(connection, """
                SELECT a.id, a.input_id, a.title, a.published, c.ordinal, c.text, c.kind, c.negated, c.actor_name, c.beneficiary,
                       bound.actor_key IS ac.actor_key, t.id,
                       CASE WHEN t.id IS NULL THEN NULL ELSE coalesce(
                           (SELECT v.status FROM commitment_verdicts v WHERE v.tracked_key = t.tracked_key ORDER BY v.ordinal DESC LIMIT 1), 'not-yet-rated') END
                FROM actors ac
                JOIN commitments c ON c.article_key IN (SELECT e.article_key FROM entities e WHERE e.actor_key = ac.actor_key)
                JOIN articles a ON a.article_key = c.article_key
                LEFT JOIN entities bound ON bound.article_key = c.article_key AND bound.entity_id = c.actor_entity_id
                LEFT JOIN entities given ON given.article_key = c.article_key AND given.entity_id = c.beneficiary_id
                LEFT JOIN commitment_statements s ON s.article_key = c.article_key AND s.ordinal = c.ordinal
                LEFT JOIN tracked_commitments t ON t.tracked_key = s.tracked_key
                WHERE ac.id = $id AND (bound.actor_key = ac.actor_key OR given.actor_key = ac.actor_key)
                ORDER BY a.published DESC, a.article_key DESC, c.ordinal
                LIMIT $limit
                """);
            select.Parameters.AddWithValue("$id", actorId);
            select.Parameters.AddWithValue("$limit", limit);
            var commitments = new List<ActorCommitment>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                commitments.Add(new ActorCommitment(
                    Article: new ArticleRef(reader.GetString(0), Text(reader, 1), Text(reader, 2), Date(reader, 3)),
                    Ordinal: reader.GetInt32(4),
                    Text: reader.GetString(5),
                    Kind: StoredCommitmentNames.ParseCommitmentKind(reader.GetString(6)),
                    Negated: reader.GetInt64(7) != 0,
                    ActorName: Text(reader, 8),
                    Beneficiary: Text(reader, 9),
                    Made: reader.GetInt64(10) != 0,
                    TrackedId: Text(reader, 11),
                    Status: Text(reader, 12) is { } status ? StoredCommitmentNames.ParseStatus(status) : null));
            }
            return commitments;
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot list the commitments of {actorId}");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the commitments are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyDictionary<CommitmentStatus, int>> CountCommitmentsByStatusAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = OpenConnection();
            await using var select = Command(connection, """
                SELECT coalesce((SELECT v.status FROM commitment_verdicts v WHERE v.tracked_key = t.tracked_key ORDER BY v.ordinal DESC LIMIT 1), 'not-yet-rated') AS status,
                       count(*)
                FROM tracked_commitments t GROUP BY status
                """);
            var counts = new Dictionary<CommitmentStatus, int>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                counts[StoredCommitmentNames.ParseStatus(reader.GetString(0))] = reader.GetInt32(1);
            return counts;
        }
        catch (SqliteException e)
        {
            throw Explain(e, "cannot count the tracked commitments");
        }
    }

    /// <summary>Adds the conditions on the article (alias <c>a</c>) that several queries share.</summary>
    private static void AddArticleFilters(SqliteCommand command, List<string> where, string? articleId, DateOnly? from, DateOnly? to)
    {
        if (articleId is not null)
        {
            where.Add("a.id = $articleId");
            command.Parameters.AddWithValue("$articleId", articleId);
        }
        if (from is { } first)
        {
            where.Add("a.published >= $from");
            command.Parameters.AddWithValue("$from", first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (to is { } last)
        {
            where.Add("a.published <= $to");
            command.Parameters.AddWithValue("$to", last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
    }

    /// <summary>Parameters for an IN list, so that no value is ever spliced into the SQL.</summary>
    private static string InList(SqliteCommand command, string prefix, IReadOnlyList<string> values)
    {
        var names = new string[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            names[i] = prefix + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(names[i], values[i]);
        }
        return string.Join(", ", names);
    }
}
