using Npgsql;
using NpgsqlTypes;
using Vigil.Documents;

namespace Vigil.Storage.Postgres;

/// <summary>The counts and cross-article lists the web app's dashboard, actor pages and events page read, as the SQLite store gives them.</summary>
public sealed partial class PostgresArticleStore
{
    public async Task<IReadOnlyList<EventCount>> CountEventsByDayAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            var (where, bind) = EventConditions(query);
            await using var select = Command(connection, $"""
                SELECT coalesce(a.published, (a.ingested_at AT TIME ZONE 'UTC')::date) AS day, ev.type, count(*)
                FROM events ev JOIN articles a ON a.article_key = ev.article_key
                WHERE {where}
                GROUP BY day, ev.type ORDER BY day, ev.type COLLATE "C"
                """);
            bind(select);
            var counts = new List<EventCount>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                counts.Add(new EventCount(Date(reader, 0)!.Value, StoredCommitmentNames.ParseEventType(reader.GetString(1)), (int)reader.GetInt64(2)));
            return counts;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, "cannot count the events");
        }
        catch (FormatException e)
        {
            throw new StorageException(Target, $"the events are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<EventTie>> CountEventTiesAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
            var (where, bind) = EventConditions(query);
            // One participant per actor and event, however many of its spellings the event names.
            await using var select = Command(connection, $"""
                WITH chosen AS (
                    SELECT ev.article_key, ev.ordinal, ev.type FROM events ev JOIN articles a ON a.article_key = ev.article_key WHERE {where}
                ),
                parts AS (
                    SELECT DISTINCT ea.article_key, ea.event_ordinal, coalesce(ac.id, 'name:' || lower(ea.name)) AS key,
                           coalesce(ac.name, ea.name) AS name, ac.id AS actor_id
                    FROM event_actors ea
                    LEFT JOIN entities en ON en.article_key = ea.article_key AND en.entity_id = ea.entity_id
                    LEFT JOIN actors ac ON ac.actor_key = en.actor_key
                    WHERE ea.article_key IN (SELECT article_key FROM chosen)
                )
                SELECT p1.key, min(p1.name), min(p1.actor_id), p2.key, min(p2.name), min(p2.actor_id), c.type, count(*) AS events
                FROM chosen c
                JOIN parts p1 ON p1.article_key = c.article_key AND p1.event_ordinal = c.ordinal
                JOIN parts p2 ON p2.article_key = c.article_key AND p2.event_ordinal = c.ordinal AND p1.key COLLATE "C" < p2.key COLLATE "C"
                GROUP BY p1.key, p2.key, c.type
                ORDER BY events DESC, p1.key COLLATE "C", p2.key COLLATE "C", c.type COLLATE "C"
                """);
            bind(select);
            var ties = new List<EventTie>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                ties.Add(new EventTie(
                    new EventParticipant(reader.GetString(0), reader.GetString(1), Text(reader, 2)),
                    new EventParticipant(reader.GetString(3), reader.GetString(4), Text(reader, 5)),
                    StoredCommitmentNames.ParseEventType(reader.GetString(6)), (int)reader.GetInt64(7)));
            return ties;
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException)
        {
            throw Explain(e, "cannot count who takes part in events with whom");
        }
        catch (FormatException e)
        {
            throw new StorageException(Target, $"the events are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    /// <summary>
    /// The conditions of an <see cref="EventQuery"/> on events <c>ev</c> joined to their article <c>a</c>.
    /// An event without a date of its own is dated by its article; an actor is matched by its
    /// canonical name or any spelling, in the article or across articles.
    /// </summary>
    private static (string Where, Action<NpgsqlCommand> Bind) EventConditions(EventQuery query)
    {
        var where = new List<string>
        {
            "(@from::date IS NULL OR coalesce(ev.date_last, a.published) >= @from)",
            "(@to::date IS NULL OR coalesce(ev.date_first, a.published) <= @to)",
            """
            (@actor::text IS NULL OR EXISTS (
                SELECT 1 FROM event_actors ea
                JOIN entities en ON en.article_key = ea.article_key AND en.entity_id = ea.entity_id
                LEFT JOIN actors ac ON ac.actor_key = en.actor_key
                WHERE ea.article_key = ev.article_key AND ea.event_ordinal = ev.ordinal
                  AND (lower(en.name) = lower(@actor) OR lower(ac.name) = lower(@actor)
                       OR EXISTS (SELECT 1 FROM actor_aliases al WHERE al.actor_key = en.actor_key AND lower(al.alias) = lower(@actor))
                       OR EXISTS (SELECT 1 FROM entity_aliases x WHERE x.article_key = en.article_key AND x.entity_ordinal = en.ordinal
                                                                    AND lower(x.alias) = lower(@actor)))))
            """,
        };
        if (query.ActorIds is not null)
            where.Add("""
                EXISTS (SELECT 1 FROM event_actors ea
                        JOIN entities en ON en.article_key = ea.article_key AND en.entity_id = ea.entity_id
                        JOIN actors ac ON ac.actor_key = en.actor_key
                        WHERE ea.article_key = ev.article_key AND ea.event_ordinal = ev.ordinal AND ac.id = ANY(@actorIds))
                """);
        if (query.Types is not null)
            where.Add("ev.type = ANY(@types)");
        if (query.Status is not null)
            where.Add("ev.status = @status");
        return (string.Join("\n  AND ", where), command =>
        {
            command.Parameters.Add(Nullable("from", NpgsqlDbType.Date, query.From));
            command.Parameters.Add(Nullable("to", NpgsqlDbType.Date, query.To));
            command.Parameters.Add(Nullable("actor", NpgsqlDbType.Text, string.IsNullOrWhiteSpace(query.Actor) ? null : query.Actor.Trim()));
            if (query.ActorIds is { } actorIds)
                command.Parameters.Add(new NpgsqlParameter("actorIds", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = actorIds.ToArray() });
            if (query.Types is { } types)
                command.Parameters.Add(new NpgsqlParameter("types", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = types.Distinct().Select(t => StoredCommitmentNames.Of(t)).ToArray() });
            if (query.Status is { } status)
                command.Parameters.AddWithValue("status", StoredCommitmentNames.Of(status));
        });
    }
}
