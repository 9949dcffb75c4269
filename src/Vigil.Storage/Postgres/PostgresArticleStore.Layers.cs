using Npgsql;
using NpgsqlTypes;
using Vigil.Documents;
using static Vigil.Storage.StoredCommitmentNames;

namespace Vigil.Storage.Postgres;

/// <summary>An article's commitments and events: written with it, read back with it.</summary>
public sealed partial class PostgresArticleStore
{
    private static async Task CopyCommitmentsAsync(NpgsqlConnection connection, long articleKey, Document document, CancellationToken cancellationToken)
    {
        if (document.Commitments.IsEmpty)
            return;
        await using var copy = await BeginCopyAsync(connection, """
            commitments (article_key, ordinal, start_offset, end_offset, text, kind, actor_entity_id, actor_name,
                         speaker_entity_id, speaker_name, beneficiary, beneficiary_id, condition_start, condition_end,
                         deadline_start, deadline_end, deadline_first, deadline_last, cue_start, cue_end, modality, negated)
            """, cancellationToken);
        for (var i = 0; i < document.Commitments.Length; i++)
        {
            var c = document.Commitments[i];
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(articleKey, NpgsqlDbType.Bigint, cancellationToken);
            await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(c.Span.Start, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(c.Span.End, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(document[c.Span], NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(Of(c.Kind), NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(copy, c.ActorId, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(copy, c.ActorName, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(copy, c.SpeakerId, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(copy, c.SpeakerName, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(copy, c.Beneficiary, NpgsqlDbType.Text, cancellationToken);
            await WriteNullableAsync(copy, c.BeneficiaryId, NpgsqlDbType.Text, cancellationToken);
            await WriteSpanAsync(copy, c.Condition, cancellationToken);
            await WriteSpanAsync(copy, c.Deadline, cancellationToken);
            await WriteNullableAsync(copy, c.DeadlineInterval?.Start, NpgsqlDbType.Date, cancellationToken);
            await WriteNullableAsync(copy, c.DeadlineInterval?.End, NpgsqlDbType.Date, cancellationToken);
            await WriteSpanAsync(copy, c.Cue, cancellationToken);
            await copy.WriteAsync(Of(c.Modality), NpgsqlDbType.Text, cancellationToken);
            await copy.WriteAsync(c.Negated, NpgsqlDbType.Boolean, cancellationToken);
        }
        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task CopyEventsAsync(NpgsqlConnection connection, long articleKey, Document document, CancellationToken cancellationToken)
    {
        if (document.Events.IsEmpty)
            return;
        await using (var copy = await BeginCopyAsync(connection, """
            events (article_key, ordinal, start_offset, end_offset, text, type, trigger_start, trigger_end, place, place_id,
                    date_start, date_end, date_precision, date_relative, date_bound, date_first, date_last,
                    blamed_on, blamed_on_id, status, negated)
            """, cancellationToken))
        {
            for (var i = 0; i < document.Events.Length; i++)
            {
                var e = document.Events[i];
                var when = e.When;
                await copy.StartRowAsync(cancellationToken);
                await copy.WriteAsync(articleKey, NpgsqlDbType.Bigint, cancellationToken);
                await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(e.Span.Start, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(e.Span.End, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(document[e.Span], NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(Of(e.Type), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.Trigger.Start, NpgsqlDbType.Integer, cancellationToken);
                await copy.WriteAsync(e.Trigger.End, NpgsqlDbType.Integer, cancellationToken);
                await WriteNullableAsync(copy, e.Place, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, e.PlaceId, NpgsqlDbType.Text, cancellationToken);
                await WriteSpanAsync(copy, when?.Span, cancellationToken);
                await WriteNullableAsync(copy, when is null ? null : Of(when.Precision), NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, when?.IsRelative, NpgsqlDbType.Boolean, cancellationToken);
                await WriteNullableAsync(copy, when is null ? null : Of(when.Bound), NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, when?.Interval?.Start, NpgsqlDbType.Date, cancellationToken);
                await WriteNullableAsync(copy, when?.Interval?.End, NpgsqlDbType.Date, cancellationToken);
                await WriteNullableAsync(copy, e.BlamedOn, NpgsqlDbType.Text, cancellationToken);
                await WriteNullableAsync(copy, e.BlamedOnId, NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(Of(e.Status), NpgsqlDbType.Text, cancellationToken);
                await copy.WriteAsync(e.Negated, NpgsqlDbType.Boolean, cancellationToken);
            }
            await copy.CompleteAsync(cancellationToken);
        }

        if (document.Events.Any(e => !e.Actors.IsEmpty))
        {
            await using var copy = await BeginCopyAsync(connection, "event_actors (article_key, event_ordinal, ordinal, entity_id, name, role)", cancellationToken);
            for (var i = 0; i < document.Events.Length; i++)
                for (var a = 0; a < document.Events[i].Actors.Length; a++)
                {
                    var actor = document.Events[i].Actors[a];
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(articleKey, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(a, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(actor.EntityId, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(actor.Name, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(Of(actor.Role), NpgsqlDbType.Text, cancellationToken);
                }
            await copy.CompleteAsync(cancellationToken);
        }

        if (document.Events.Any(e => !e.Figures.IsEmpty))
        {
            await using var copy = await BeginCopyAsync(connection, "event_figures (article_key, event_ordinal, ordinal, start_offset, end_offset, count, unit, kind, qualifier)", cancellationToken);
            for (var i = 0; i < document.Events.Length; i++)
                for (var f = 0; f < document.Events[i].Figures.Length; f++)
                {
                    var figure = document.Events[i].Figures[f];
                    await copy.StartRowAsync(cancellationToken);
                    await copy.WriteAsync(articleKey, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(i, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(f, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(figure.Span.Start, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(figure.Span.End, NpgsqlDbType.Integer, cancellationToken);
                    await copy.WriteAsync(figure.Count, NpgsqlDbType.Bigint, cancellationToken);
                    await copy.WriteAsync(figure.Unit, NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(Of(figure.Kind), NpgsqlDbType.Text, cancellationToken);
                    await copy.WriteAsync(Of(figure.Qualifier), NpgsqlDbType.Text, cancellationToken);
                }
            await copy.CompleteAsync(cancellationToken);
        }
    }

    private static async Task<ImmutableArray<Commitment>> ReadCommitmentsAsync(NpgsqlConnection connection, long articleKey, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, """
            SELECT start_offset, end_offset, kind, actor_entity_id, actor_name, speaker_entity_id, speaker_name, beneficiary, beneficiary_id,
                   condition_start, condition_end, deadline_start, deadline_end, deadline_first, deadline_last, cue_start, cue_end, modality, negated
            FROM commitments WHERE article_key = @article ORDER BY ordinal
            """);
        select.Parameters.AddWithValue("article", articleKey);
        var commitments = ImmutableArray.CreateBuilder<Commitment>();
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            commitments.Add(new Commitment(new TextSpan(reader.GetInt32(0), reader.GetInt32(1)), ParseCommitmentKind(reader.GetString(2)))
            {
                ActorId = NullableString(reader, 3),
                ActorName = NullableString(reader, 4),
                SpeakerId = NullableString(reader, 5),
                SpeakerName = NullableString(reader, 6),
                Beneficiary = NullableString(reader, 7),
                BeneficiaryId = NullableString(reader, 8),
                Condition = NullableSpan(reader, 9),
                Deadline = NullableSpan(reader, 11),
                DeadlineInterval = NullableInterval(reader, 13),
                Cue = NullableSpan(reader, 15),
                Modality = ParseModality(reader.GetString(17)),
                Negated = reader.GetBoolean(18),
            });
        }
        return commitments.DrainToImmutable();
    }

    private static async Task<ImmutableArray<NewsEvent>> ReadEventsAsync(NpgsqlConnection connection, long articleKey, CancellationToken cancellationToken)
    {
        var (actors, figures) = await ReadEventPartsAsync(connection, [articleKey], cancellationToken);
        var events = ImmutableArray.CreateBuilder<NewsEvent>();
        await using var select = Command(connection, $"SELECT {EventColumns} FROM events ev WHERE ev.article_key = @article ORDER BY ev.ordinal");
        select.Parameters.AddWithValue("article", articleKey);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            events.Add(ReadEvent(reader, 0, actors, figures));
        return events.DrainToImmutable();
    }

    /// <summary>The columns <see cref="ReadEvent"/> reads, in its order, for a query that names the events table <c>ev</c>.</summary>
    private const string EventColumns = """
        ev.article_key, ev.ordinal, ev.start_offset, ev.end_offset, ev.type, ev.trigger_start, ev.trigger_end, ev.place, ev.place_id,
        ev.date_start, ev.date_end, ev.date_precision, ev.date_relative, ev.date_bound, ev.date_first, ev.date_last,
        ev.blamed_on, ev.blamed_on_id, ev.status, ev.negated
        """;

    private static NewsEvent ReadEvent(NpgsqlDataReader reader, int at,
        Dictionary<(long, long), ImmutableArray<EventActor>.Builder> actors, Dictionary<(long, long), ImmutableArray<EventFigure>.Builder> figures)
    {
        var key = (reader.GetInt64(at), (long)reader.GetInt32(at + 1));
        TimeExpression? when = null;
        if (NullableSpan(reader, at + 9) is { } dateSpan)
        {
            when = new TimeExpression(dateSpan, ParsePrecision(reader.GetString(at + 11)))
            {
                IsRelative = reader.GetBoolean(at + 12),
                Bound = ParseBound(reader.GetString(at + 13)),
                Interval = NullableInterval(reader, at + 14),
            };
        }
        return new NewsEvent(new TextSpan(reader.GetInt32(at + 2), reader.GetInt32(at + 3)), ParseEventType(reader.GetString(at + 4)))
        {
            Trigger = new TextSpan(reader.GetInt32(at + 5), reader.GetInt32(at + 6)),
            Place = NullableString(reader, at + 7),
            PlaceId = NullableString(reader, at + 8),
            When = when,
            BlamedOn = NullableString(reader, at + 16),
            BlamedOnId = NullableString(reader, at + 17),
            Status = ParseEventStatus(reader.GetString(at + 18)),
            Negated = reader.GetBoolean(at + 19),
            Actors = actors.TryGetValue(key, out var a) ? a.DrainToImmutable() : [],
            Figures = figures.TryGetValue(key, out var f) ? f.DrainToImmutable() : [],
        };
    }

    /// <summary>The actors and figures of every event of the given articles, by (article, event ordinal).</summary>
    private static async Task<(Dictionary<(long, long), ImmutableArray<EventActor>.Builder>, Dictionary<(long, long), ImmutableArray<EventFigure>.Builder>)>
        ReadEventPartsAsync(NpgsqlConnection connection, IReadOnlyCollection<long> articleKeys, CancellationToken cancellationToken)
    {
        var actors = new Dictionary<(long, long), ImmutableArray<EventActor>.Builder>();
        var figures = new Dictionary<(long, long), ImmutableArray<EventFigure>.Builder>();
        if (articleKeys.Count == 0)
            return (actors, figures);
        var keys = articleKeys.ToArray();
        await using (var select = Command(connection, """
            SELECT article_key, event_ordinal, entity_id, name, role FROM event_actors
            WHERE article_key = ANY(@articles) ORDER BY article_key, event_ordinal, ordinal
            """))
        {
            select.Parameters.AddWithValue("articles", keys);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                Builder(actors, (reader.GetInt64(0), reader.GetInt32(1)))
                    .Add(new EventActor(reader.GetString(2), reader.GetString(3), ParseEventRole(reader.GetString(4))));
        }
        await using (var select = Command(connection, """
            SELECT article_key, event_ordinal, start_offset, end_offset, count, unit, kind, qualifier FROM event_figures
            WHERE article_key = ANY(@articles) ORDER BY article_key, event_ordinal, ordinal
            """))
        {
            select.Parameters.AddWithValue("articles", keys);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
                Builder(figures, (reader.GetInt64(0), reader.GetInt32(1)))
                    .Add(new EventFigure(new TextSpan(reader.GetInt32(2), reader.GetInt32(3)), reader.GetInt64(4), reader.GetString(5), ParseFigureKind(reader.GetString(6)))
                    {
                        Qualifier = ParseFigureQualifier(reader.GetString(7)),
                    });
        }
        return (actors, figures);
    }

    private static ImmutableArray<T>.Builder Builder<T>(Dictionary<(long, long), ImmutableArray<T>.Builder> byKey, (long, long) key)
    {
        if (!byKey.TryGetValue(key, out var builder))
            byKey[key] = builder = ImmutableArray.CreateBuilder<T>();
        return builder;
    }

    private static DateInterval? NullableInterval(NpgsqlDataReader reader, int firstOrdinal) =>
        reader.IsDBNull(firstOrdinal) || reader.IsDBNull(firstOrdinal + 1)
            ? null
            : new DateInterval(reader.GetFieldValue<DateOnly>(firstOrdinal), reader.GetFieldValue<DateOnly>(firstOrdinal + 1));
}
