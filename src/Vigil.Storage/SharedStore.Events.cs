using System.Data;
using System.Data.Common;
using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>Events across articles: listed by date, counted by day, and their participants paired, for an <see cref="EventQuery"/>.</summary>
internal static partial class SharedStore
{
    /// <summary>
    /// The events of the query, dated by their own dates else their article's, oldest or newest
    /// first (undated last either way), with their actors and figures. Run in a consistent read.
    /// </summary>
    public static async Task<IReadOnlyList<StoredEvent>> ListEventsAsync(DbConnection connection, StoreDialect dialect, EventQuery query, CancellationToken cancellationToken)
    {
        var (direction, publishedNulls) = query.NewestFirst ? ("DESC", "NULLS LAST") : ("", "NULLS FIRST");
        await using var select = connection.CreateCommand();
        // An event's two dates are both set or both not, so its last day is null only when its first is.
        select.CommandText = $"""
            SELECT {EventColumns}, ev.text, {ArticleRefColumns},
                   coalesce(ev.date_first, a.published) AS first_day, coalesce(ev.date_last, a.published) AS last_day
            FROM events ev JOIN articles a ON a.article_key = ev.article_key
            WHERE {EventConditions(select, dialect, query)}
            ORDER BY coalesce(ev.date_first, a.published) IS NULL, coalesce(ev.date_first, a.published) {direction},
                     coalesce(ev.date_last, a.published) {direction} NULLS LAST, a.published {direction} {publishedNulls},
                     ev.article_key {direction}, ev.ordinal
            LIMIT @limit
            """;
        dialect.AddLimit(select, "limit", query.Limit is { } limit ? Math.Max(0, limit) : null);

        var rows = new List<(long ArticleKey, int Ordinal, StoredEvent Event)>();
        var columns = EventColumns.Split(',').Length;
        var noParts = EventParts.None();
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var first = Date(reader, columns + 5);
                var last = Date(reader, columns + 6);
                var stored = new StoredEvent(ReadArticleRef(reader, columns + 1), reader.GetInt32(1), ReadEvent(reader, 0, noParts), reader.GetString(columns))
                {
                    Date = first is { } f && last is { } l && l >= f ? new DateInterval(f, l) : null,
                };
                rows.Add((reader.GetInt64(0), reader.GetInt32(1), stored));
            }
        }
        var (actors, figures) = await ReadEventPartsAsync(connection, rows.Select(r => r.ArticleKey).Distinct().ToList(), cancellationToken);
        return [.. rows.Select(r => r.Event with
        {
            Event = r.Event.Event with
            {
                Actors = actors.TryGetValue((r.ArticleKey, r.Ordinal), out var a) ? a.ToImmutable() : [],
                Figures = figures.TryGetValue((r.ArticleKey, r.Ordinal), out var f) ? f.ToImmutable() : [],
            },
        })];
    }

    /// <summary>The events of the query counted by the day reported (published, else stored) and type, for charts.</summary>
    public static async Task<IReadOnlyList<EventCount>> CountEventsByDayAsync(DbConnection connection, StoreDialect dialect, EventQuery query,
        CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"""
            SELECT coalesce(a.published, {dialect.DayOf("a.ingested_at")}) AS day, ev.type, count(*)
            FROM events ev JOIN articles a ON a.article_key = ev.article_key
            WHERE {EventConditions(select, dialect, query)}
            GROUP BY day, ev.type ORDER BY day, ev.type{dialect.ByteOrder}
            """;
        var counts = new List<EventCount>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            counts.Add(new EventCount(Date(reader, 0)!.Value, StoredCommitmentNames.ParseEventType(reader.GetString(1)), Count(reader, 2)));
        return counts;
    }

    /// <summary>The participants of each event of the query paired (the stored actor, else the name), counted by type, for the actor network.</summary>
    public static async Task<IReadOnlyList<EventTie>> CountEventTiesAsync(DbConnection connection, StoreDialect dialect, EventQuery query,
        CancellationToken cancellationToken)
    {
        var byBytes = dialect.ByteOrder;
        await using var select = connection.CreateCommand();
        // One participant per actor and event, however many of its spellings the event names. A key
        // is the actor's id or the name, so min() of its name and id only picks one of equals.
        select.CommandText = $"""
            WITH chosen AS (
                SELECT ev.article_key, ev.ordinal, ev.type FROM events ev JOIN articles a ON a.article_key = ev.article_key
                WHERE {EventConditions(select, dialect, query)}
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
            JOIN parts p2 ON p2.article_key = c.article_key AND p2.event_ordinal = c.ordinal AND p1.key{byBytes} < p2.key{byBytes}
            GROUP BY p1.key, p2.key, c.type
            ORDER BY events DESC, p1.key{byBytes}, p2.key{byBytes}, c.type{byBytes}
            """;
        var ties = new List<EventTie>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            ties.Add(new EventTie(
                new EventParticipant(reader.GetString(0), reader.GetString(1), Text(reader, 2)),
                new EventParticipant(reader.GetString(3), reader.GetString(4), Text(reader, 5)),
                StoredCommitmentNames.ParseEventType(reader.GetString(6)), Count(reader, 7)));
        return ties;
    }

    /// <summary>
    /// The conditions of an <see cref="EventQuery"/> on events <c>ev</c> joined to their article
    /// <c>a</c>, their parameters added to the command. An event without a date of its own is
    /// dated by its article; an actor is matched by its canonical name or any spelling, in the
    /// article or across articles.
    /// </summary>
    private static string EventConditions(DbCommand command, StoreDialect dialect, EventQuery query)
    {
        var sameActor = (string column) => dialect.EqualsIgnoringCase(column, "@actor");
        var where = new List<string>
        {
            "(@from IS NULL OR coalesce(ev.date_last, a.published) >= @from)",
            "(@to IS NULL OR coalesce(ev.date_first, a.published) <= @to)",
            $"""
            (@actor IS NULL OR EXISTS (
                SELECT 1 FROM event_actors ea
                JOIN entities en ON en.article_key = ea.article_key AND en.entity_id = ea.entity_id
                LEFT JOIN actors ac ON ac.actor_key = en.actor_key
                WHERE ea.article_key = ev.article_key AND ea.event_ordinal = ev.ordinal
                  AND ({sameActor("en.name")} OR {sameActor("ac.name")}
                       OR EXISTS (SELECT 1 FROM actor_aliases al WHERE al.actor_key = en.actor_key AND {sameActor("al.alias")})
                       OR EXISTS (SELECT 1 FROM entity_aliases x WHERE x.article_key = en.article_key AND x.entity_ordinal = en.ordinal
                                                                    AND {sameActor("x.alias")}))))
            """,
        };
        dialect.AddDay(command, "from", query.From);
        dialect.AddDay(command, "to", query.To);
        StoreDialect.AddText(command, "actor", string.IsNullOrWhiteSpace(query.Actor) ? null : query.Actor.Trim());
        if (query.ActorIds is { } actorIds)
            where.Add(actorIds.Count == 0 ? "false" : $"""
                EXISTS (SELECT 1 FROM event_actors ea
                        JOIN entities en ON en.article_key = ea.article_key AND en.entity_id = ea.entity_id
                        JOIN actors ac ON ac.actor_key = en.actor_key
                        WHERE ea.article_key = ev.article_key AND ea.event_ordinal = ev.ordinal AND ac.id IN ({InList(command, "actorId", actorIds)}))
                """);
        if (query.Types is { } types)
        {
            var names = types.Distinct().Select(t => StoredCommitmentNames.Of(t)).ToList();
            where.Add(names.Count == 0 ? "false" : $"ev.type IN ({InList(command, "type", names)})");
        }
        if (query.Status is { } status)
        {
            where.Add("ev.status = @status");
            Add(command, "status", StoredCommitmentNames.Of(status));
        }
        return string.Join("\n  AND ", where);
    }
}
