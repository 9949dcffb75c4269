using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Vigil.Documents;
using static Vigil.Storage.StoredCommitmentNames;

namespace Vigil.Storage.Sqlite;

/// <summary>Tracked commitments: their statements, evidence and verdicts, and the tracker's vector cache.</summary>
public sealed partial class SqliteArticleStore
{
    private const string LatestStatus =
        "(SELECT v.status FROM commitment_verdicts v WHERE v.tracked_key = t.tracked_key ORDER BY v.ordinal DESC LIMIT 1)";

    public async Task<ActorTrackingState> LoadTrackingAsync(string actorId, int latestCandidates = int.MaxValue, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(latestCandidates);
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: true);
            return new ActorTrackingState(actorId,
                await ReadTrackedOfActorAsync(connection, actorId, cancellationToken),
                await ReadCandidatesAsync(connection, actorId, latestCandidates, cancellationToken));
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot read the tracked commitments of actor {actorId}");
        }
    }

    public async Task<IReadOnlyDictionary<string, float[]>> GetVectorsAsync(string model, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (keys.Count == 0)
            return found;
        try
        {
            await using var connection = OpenConnection();
            await using var select = Command(connection, "SELECT vector FROM text_vectors WHERE model = $model AND text_hash = $hash");
            select.Parameters.AddWithValue("$model", model);
            var hash = select.Parameters.Add("$hash", SqliteType.Text);
            foreach (var key in keys.Distinct(StringComparer.Ordinal))
            {
                hash.Value = key;
                if (await select.ExecuteScalarAsync(cancellationToken) is byte[] bytes)
                    found[key] = MemoryMarshal.Cast<byte, float>(bytes).ToArray();
            }
            return found;
        }
        catch (SqliteException e)
        {
            throw Explain(e, "cannot read the cached sentence vectors");
        }
    }

    public async Task SaveVectorsAsync(string model, IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
            return;
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var insert = Command(connection, "INSERT OR IGNORE INTO text_vectors (model, text_hash, vector) VALUES ($model, $hash, $vector)");
            insert.Parameters.AddWithValue("$model", model);
            var hash = insert.Parameters.Add("$hash", SqliteType.Text);
            var vector = insert.Parameters.Add("$vector", SqliteType.Blob);
            foreach (var (key, value) in vectors)
            {
                hash.Value = key;
                // Little-endian float32, as every platform .NET runs on stores them.
                vector.Value = MemoryMarshal.AsBytes(value.AsSpan()).ToArray();
                await insert.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        catch (SqliteException e)
        {
            throw Explain(e, "cannot cache the sentence vectors");
        }
    }

    public async Task<IReadOnlyList<TrackedCommitment>> ListTrackedCommitmentsAsync(CancellationToken cancellationToken = default) =>
        await ReadTrackedAsync(null, cancellationToken);

    public async Task<TrackedCommitment?> GetTrackedCommitmentAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (await ReadTrackedAsync(id, cancellationToken)).SingleOrDefault();
    }

    private async Task<List<TrackedCommitment>> ReadTrackedAsync(string? id, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: true);

            return await ReadTrackedCommitmentsAsync(connection, id, "", cancellationToken);
        }
        catch (SqliteException e)
        {
            throw Explain(e, id is null ? "cannot list the tracked commitments" : $"cannot read tracked commitment {id}");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the tracked commitments are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    public async Task<bool> AddVerdictAsync(string trackedId, CommitmentVerdict verdict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trackedId);
        ArgumentNullException.ThrowIfNull(verdict);
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: false);
            await using var insert = Command(connection, """
                INSERT INTO commitment_verdicts (tracked_key, ordinal, status, note, analyst, given_at)
                SELECT t.tracked_key,
                       (SELECT coalesce(max(v.ordinal) + 1, 0) FROM commitment_verdicts v WHERE v.tracked_key = t.tracked_key),
                       $status, $note, $analyst, $at
                FROM tracked_commitments t WHERE t.id = $id
                """);
            insert.Parameters.AddWithValue("$id", trackedId);
            insert.Parameters.AddWithValue("$status", Of(verdict.Status));
            insert.Parameters.AddWithValue("$note", verdict.Note);
            insert.Parameters.AddWithValue("$analyst", verdict.Analyst);
            insert.Parameters.AddWithValue("$at", FormatTimestamp(verdict.At));
            var added = await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
            await transaction.CommitAsync(cancellationToken);
            return added;
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot record the verdict on tracked commitment {trackedId}");
        }
    }

    public async Task<ArticleCommitmentLinks> GetArticleCommitmentLinksAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: true);
            var statements = ImmutableArray.CreateBuilder<ArticleStatement>();
            await using (var select = Command(connection, $"""
                SELECT s.ordinal, t.id, {LatestStatus}
                FROM commitment_statements s JOIN tracked_commitments t ON t.tracked_key = s.tracked_key
                WHERE s.article_key = (SELECT article_key FROM articles WHERE id = $id)
                ORDER BY s.ordinal
                """))
            {
                select.Parameters.AddWithValue("$id", articleId);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    statements.Add(new ArticleStatement(reader.GetInt32(0), reader.GetString(1),
                        reader.IsDBNull(2) ? CommitmentStatus.NotYetRated : ParseStatus(reader.GetString(2))));
            }
            var evidence = ImmutableArray.CreateBuilder<ArticleEvidence>();
            await using (var select = Command(connection, """
                SELECT e.source, e.ordinal, t.id, t.actor_name, t.text, e.stance, e.score
                FROM commitment_evidence e JOIN tracked_commitments t ON t.tracked_key = e.tracked_key
                WHERE e.article_key = (SELECT article_key FROM articles WHERE id = $id)
                ORDER BY e.start_offset, e.source, t.tracked_key
                """))
            {
                select.Parameters.AddWithValue("$id", articleId);
                await using var reader = await select.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                    evidence.Add(new ArticleEvidence(ParseSource(reader.GetString(0)), reader.GetInt32(1), reader.GetString(2), Text(reader, 3),
                        reader.GetString(4), ParseStance(reader.GetString(5)), reader.GetDouble(6)));
            }
            return new ArticleCommitmentLinks(statements.DrainToImmutable(), evidence.DrainToImmutable());
        }
        catch (SqliteException e)
        {
            throw Explain(e, $"cannot read the commitments of article {articleId}");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the commitments of article {articleId} are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<StoredEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            await using var connection = OpenConnection();
            await using var transaction = connection.BeginTransaction(deferred: true);
            var (where, bind) = EventConditions(query);
            var direction = query.NewestFirst ? "DESC" : "";
            await using var select = Command(connection, $"""
                SELECT {EventColumns}, ev.text, {ArticleRefColumns},
                       coalesce(ev.date_first, a.published) AS first_day, coalesce(ev.date_last, a.published) AS last_day
                FROM events ev JOIN articles a ON a.article_key = ev.article_key
                WHERE {where}
                ORDER BY first_day IS NULL, first_day {direction}, last_day {direction}, a.published {direction}, ev.article_key {direction}, ev.ordinal
                LIMIT $limit
                """);
            bind(select);
            select.Parameters.AddWithValue("$limit", query.Limit is { } limit ? Math.Max(0, limit) : -1);

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
        catch (SqliteException e)
        {
            throw Explain(e, "cannot list the stored events");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the events are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<EventCount>> CountEventsByDayAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            await using var connection = OpenConnection();
            var (where, bind) = EventConditions(query);
            await using var select = Command(connection, $"""
                SELECT coalesce(a.published, substr(a.ingested_at, 1, 10)) AS day, ev.type, count(*)
                FROM events ev JOIN articles a ON a.article_key = ev.article_key
                WHERE {where}
                GROUP BY day, ev.type ORDER BY day, ev.type
                """);
            bind(select);
            var counts = new List<EventCount>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                counts.Add(new EventCount(ParseDate(reader.GetString(0))!.Value, StoredCommitmentNames.ParseEventType(reader.GetString(1)), reader.GetInt32(2)));
            return counts;
        }
        catch (SqliteException e)
        {
            throw Explain(e, "cannot count the events");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the events are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    public async Task<IReadOnlyList<EventTie>> CountEventTiesAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        try
        {
            await using var connection = OpenConnection();
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
                SELECT p1.key, min(p1.name), p1.actor_id, p2.key, min(p2.name), p2.actor_id, c.type, count(*) AS events
                FROM chosen c
                JOIN parts p1 ON p1.article_key = c.article_key AND p1.event_ordinal = c.ordinal
                JOIN parts p2 ON p2.article_key = c.article_key AND p2.event_ordinal = c.ordinal AND p1.key < p2.key
                GROUP BY p1.key, p2.key, c.type
                ORDER BY events DESC, p1.key, p2.key, c.type
                """);
            bind(select);
            var ties = new List<EventTie>();
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                ties.Add(new EventTie(
                    new EventParticipant(reader.GetString(0), reader.GetString(1), Text(reader, 2)),
                    new EventParticipant(reader.GetString(3), reader.GetString(4), Text(reader, 5)),
                    StoredCommitmentNames.ParseEventType(reader.GetString(6)), reader.GetInt32(7)));
            return ties;
        }
        catch (SqliteException e)
        {
            throw Explain(e, "cannot count who takes part in events with whom");
        }
        catch (FormatException e)
        {
            throw new StorageException(DatabasePath, $"the events are stored in a form this program cannot read: {e.Message}", e);
        }
    }

    /// <summary>
    /// The conditions of an <see cref="EventQuery"/> on events <c>ev</c> joined to their article <c>a</c>.
    /// An event without a date of its own is dated by its article; an actor is matched by its
    /// canonical name or any spelling, in the article or across articles.
    /// </summary>
    private static (string Where, Action<SqliteCommand> Bind) EventConditions(EventQuery query)
    {
        var where = new List<string>
        {
            "($from IS NULL OR coalesce(ev.date_last, a.published) >= $from)",
            "($to IS NULL OR coalesce(ev.date_first, a.published) <= $to)",
            """
            ($actor IS NULL OR EXISTS (
                SELECT 1 FROM event_actors ea
                JOIN entities en ON en.article_key = ea.article_key AND en.entity_id = ea.entity_id
                LEFT JOIN actors ac ON ac.actor_key = en.actor_key
                WHERE ea.article_key = ev.article_key AND ea.event_ordinal = ev.ordinal
                  AND (en.name = $actor COLLATE NOCASE OR ac.name = $actor COLLATE NOCASE
                       OR EXISTS (SELECT 1 FROM actor_aliases al WHERE al.actor_key = en.actor_key AND al.alias = $actor COLLATE NOCASE)
                       OR EXISTS (SELECT 1 FROM entity_aliases x WHERE x.article_key = en.article_key AND x.entity_ordinal = en.ordinal
                                                                    AND x.alias = $actor COLLATE NOCASE))))
            """,
        };
        var parameters = new List<(string Name, object Value)>();
        if (query.ActorIds is { } actorIds)
        {
            var names = actorIds.Select((id, i) => { parameters.Add(($"$actorId{i}", id)); return $"$actorId{i}"; }).ToList();
            where.Add(names.Count == 0 ? "0" : $"""
                EXISTS (SELECT 1 FROM event_actors ea
                        JOIN entities en ON en.article_key = ea.article_key AND en.entity_id = ea.entity_id
                        JOIN actors ac ON ac.actor_key = en.actor_key
                        WHERE ea.article_key = ev.article_key AND ea.event_ordinal = ev.ordinal AND ac.id IN ({string.Join(", ", names)}))
                """);
        }
        if (query.Types is { } types)
        {
            var names = types.Distinct().Select((type, i) => { parameters.Add(($"$type{i}", StoredCommitmentNames.Of(type))); return $"$type{i}"; }).ToList();
            where.Add(names.Count == 0 ? "0" : $"ev.type IN ({string.Join(", ", names)})");
        }
        if (query.Status is { } status)
        {
            parameters.Add(("$status", StoredCommitmentNames.Of(status)));
            where.Add("ev.status = $status");
        }
        return (string.Join("\n  AND ", where), command =>
        {
            command.Parameters.AddWithValue("$from", OrNull(FormatDate(query.From)));
            command.Parameters.AddWithValue("$to", OrNull(FormatDate(query.To)));
            command.Parameters.AddWithValue("$actor", OrNull(string.IsNullOrWhiteSpace(query.Actor) ? null : query.Actor.Trim()));
            foreach (var (name, value) in parameters)
                command.Parameters.AddWithValue(name, value);
        });
    }
}
