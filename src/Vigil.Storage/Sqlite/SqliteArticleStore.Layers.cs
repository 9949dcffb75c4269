using System.Globalization;
using Microsoft.Data.Sqlite;
using Vigil.Documents;
using static Vigil.Storage.StoredCommitmentNames;

namespace Vigil.Storage.Sqlite;

/// <summary>An article's commitments and events: written with it, read back with it.</summary>
public sealed partial class SqliteArticleStore
{
    private static async Task InsertCommitmentsAsync(SqliteConnection connection, long articleKey, Document document, CancellationToken cancellationToken)
    {
        if (document.Commitments.IsEmpty)
            return;
        await using var insert = Command(connection, """
            INSERT INTO commitments (article_key, ordinal, start_offset, end_offset, text, kind, actor_entity_id, actor_name,
                                     speaker_entity_id, speaker_name, beneficiary, beneficiary_id, condition_start, condition_end,
                                     deadline_start, deadline_end, deadline_first, deadline_last, cue_start, cue_end, modality, negated)
            VALUES ($article, $ordinal, $start, $end, $text, $kind, $actorId, $actorName, $speakerId, $speakerName, $beneficiary,
                    $beneficiaryId, $conditionStart, $conditionEnd, $deadlineStart, $deadlineEnd, $deadlineFirst, $deadlineLast,
                    $cueStart, $cueEnd, $modality, $negated)
            """);
        for (var i = 0; i < document.Commitments.Length; i++)
        {
            var c = document.Commitments[i];
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$article", articleKey);
            insert.Parameters.AddWithValue("$ordinal", i);
            insert.Parameters.AddWithValue("$start", c.Span.Start);
            insert.Parameters.AddWithValue("$end", c.Span.End);
            insert.Parameters.AddWithValue("$text", document[c.Span]);
            insert.Parameters.AddWithValue("$kind", Of(c.Kind));
            insert.Parameters.AddWithValue("$actorId", OrNull(c.ActorId));
            insert.Parameters.AddWithValue("$actorName", OrNull(c.ActorName));
            insert.Parameters.AddWithValue("$speakerId", OrNull(c.SpeakerId));
            insert.Parameters.AddWithValue("$speakerName", OrNull(c.SpeakerName));
            insert.Parameters.AddWithValue("$beneficiary", OrNull(c.Beneficiary));
            insert.Parameters.AddWithValue("$beneficiaryId", OrNull(c.BeneficiaryId));
            insert.Parameters.AddWithValue("$conditionStart", OrNull(c.Condition?.Start));
            insert.Parameters.AddWithValue("$conditionEnd", OrNull(c.Condition?.End));
            insert.Parameters.AddWithValue("$deadlineStart", OrNull(c.Deadline?.Start));
            insert.Parameters.AddWithValue("$deadlineEnd", OrNull(c.Deadline?.End));
            insert.Parameters.AddWithValue("$deadlineFirst", OrNull(FormatDate(c.DeadlineInterval?.Start)));
            insert.Parameters.AddWithValue("$deadlineLast", OrNull(FormatDate(c.DeadlineInterval?.End)));
            insert.Parameters.AddWithValue("$cueStart", OrNull(c.Cue?.Start));
            insert.Parameters.AddWithValue("$cueEnd", OrNull(c.Cue?.End));
            insert.Parameters.AddWithValue("$modality", Of(c.Modality));
            insert.Parameters.AddWithValue("$negated", c.Negated ? 1 : 0);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task InsertEventsAsync(SqliteConnection connection, long articleKey, Document document, CancellationToken cancellationToken)
    {
        if (document.Events.IsEmpty)
            return;
        await using var insert = Command(connection, """
            INSERT INTO events (article_key, ordinal, start_offset, end_offset, text, type, trigger_start, trigger_end, place, place_id,
                                date_start, date_end, date_precision, date_relative, date_bound, date_first, date_last,
                                blamed_on, blamed_on_id, status, negated)
            VALUES ($article, $ordinal, $start, $end, $text, $type, $triggerStart, $triggerEnd, $place, $placeId,
                    $dateStart, $dateEnd, $precision, $relative, $bound, $first, $last, $blamedOn, $blamedOnId, $status, $negated)
            """);
        await using var insertActor = Command(connection, """
            INSERT INTO event_actors (article_key, event_ordinal, ordinal, entity_id, name, role)
            VALUES ($article, $event, $ordinal, $entity, $name, $role)
            """);
        await using var insertFigure = Command(connection, """
            INSERT INTO event_figures (article_key, event_ordinal, ordinal, start_offset, end_offset, count, unit, kind, qualifier)
            VALUES ($article, $event, $ordinal, $start, $end, $count, $unit, $kind, $qualifier)
            """);
        for (var i = 0; i < document.Events.Length; i++)
        {
            var e = document.Events[i];
            var when = e.When;
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$article", articleKey);
            insert.Parameters.AddWithValue("$ordinal", i);
            insert.Parameters.AddWithValue("$start", e.Span.Start);
            insert.Parameters.AddWithValue("$end", e.Span.End);
            insert.Parameters.AddWithValue("$text", document[e.Span]);
            insert.Parameters.AddWithValue("$type", Of(e.Type));
            insert.Parameters.AddWithValue("$triggerStart", e.Trigger.Start);
            insert.Parameters.AddWithValue("$triggerEnd", e.Trigger.End);
            insert.Parameters.AddWithValue("$place", OrNull(e.Place));
            insert.Parameters.AddWithValue("$placeId", OrNull(e.PlaceId));
            insert.Parameters.AddWithValue("$dateStart", OrNull(when?.Span.Start));
            insert.Parameters.AddWithValue("$dateEnd", OrNull(when?.Span.End));
            insert.Parameters.AddWithValue("$precision", OrNull(when is null ? null : Of(when.Precision)));
            insert.Parameters.AddWithValue("$relative", OrNull(when is null ? null : when.IsRelative ? 1 : 0));
            insert.Parameters.AddWithValue("$bound", OrNull(when is null ? null : Of(when.Bound)));
            insert.Parameters.AddWithValue("$first", OrNull(FormatDate(when?.Interval?.Start)));
            insert.Parameters.AddWithValue("$last", OrNull(FormatDate(when?.Interval?.End)));
            insert.Parameters.AddWithValue("$blamedOn", OrNull(e.BlamedOn));
            insert.Parameters.AddWithValue("$blamedOnId", OrNull(e.BlamedOnId));
            insert.Parameters.AddWithValue("$status", Of(e.Status));
            insert.Parameters.AddWithValue("$negated", e.Negated ? 1 : 0);
            await insert.ExecuteNonQueryAsync(cancellationToken);

            for (var a = 0; a < e.Actors.Length; a++)
            {
                insertActor.Parameters.Clear();
                insertActor.Parameters.AddWithValue("$article", articleKey);
                insertActor.Parameters.AddWithValue("$event", i);
                insertActor.Parameters.AddWithValue("$ordinal", a);
                insertActor.Parameters.AddWithValue("$entity", e.Actors[a].EntityId);
                insertActor.Parameters.AddWithValue("$name", e.Actors[a].Name);
                insertActor.Parameters.AddWithValue("$role", Of(e.Actors[a].Role));
                await insertActor.ExecuteNonQueryAsync(cancellationToken);
            }
            for (var f = 0; f < e.Figures.Length; f++)
            {
                var figure = e.Figures[f];
                insertFigure.Parameters.Clear();
                insertFigure.Parameters.AddWithValue("$article", articleKey);
                insertFigure.Parameters.AddWithValue("$event", i);
                insertFigure.Parameters.AddWithValue("$ordinal", f);
                insertFigure.Parameters.AddWithValue("$start", figure.Span.Start);
                insertFigure.Parameters.AddWithValue("$end", figure.Span.End);
                insertFigure.Parameters.AddWithValue("$count", figure.Count);
                insertFigure.Parameters.AddWithValue("$unit", figure.Unit);
                insertFigure.Parameters.AddWithValue("$kind", Of(figure.Kind));
                insertFigure.Parameters.AddWithValue("$qualifier", Of(figure.Qualifier));
                await insertFigure.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    private static async Task<ImmutableArray<Commitment>> ReadCommitmentsAsync(SqliteConnection connection, long articleKey, CancellationToken cancellationToken)
    {
        await using var select = Command(connection, """
            SELECT start_offset, end_offset, kind, actor_entity_id, actor_name, speaker_entity_id, speaker_name, beneficiary, beneficiary_id,
                   condition_start, condition_end, deadline_start, deadline_end, deadline_first, deadline_last, cue_start, cue_end, modality, negated
            FROM commitments WHERE article_key = $article ORDER BY ordinal
            """);
        select.Parameters.AddWithValue("$article", articleKey);
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
                Negated = reader.GetInt32(18) != 0,
            });
        }
        return commitments.DrainToImmutable();
    }

    private static async Task<ImmutableArray<NewsEvent>> ReadEventsAsync(SqliteConnection connection, long articleKey, CancellationToken cancellationToken)
    {
        var (actors, figures) = await ReadEventPartsAsync(connection, [articleKey], cancellationToken);
        var events = ImmutableArray.CreateBuilder<NewsEvent>();
        await using var select = Command(connection, $"SELECT {EventColumns} FROM events ev WHERE ev.article_key = $article ORDER BY ev.ordinal");
        select.Parameters.AddWithValue("$article", articleKey);
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

    private static NewsEvent ReadEvent(SqliteDataReader reader, int at,
        Dictionary<(long, long), ImmutableArray<EventActor>.Builder> actors, Dictionary<(long, long), ImmutableArray<EventFigure>.Builder> figures)
    {
        var key = (reader.GetInt64(at), reader.GetInt64(at + 1));
        TimeExpression? when = null;
        if (NullableSpan(reader, at + 9) is { } dateSpan)
        {
            when = new TimeExpression(dateSpan, ParsePrecision(reader.GetString(at + 11)))
            {
                IsRelative = reader.GetInt32(at + 12) != 0,
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
            Negated = reader.GetInt32(at + 19) != 0,
            Actors = actors.TryGetValue(key, out var a) ? a.DrainToImmutable() : [],
            Figures = figures.TryGetValue(key, out var f) ? f.DrainToImmutable() : [],
        };
    }

    /// <summary>The actors and figures of every event of the given articles, by (article, event ordinal).</summary>
    private static async Task<(Dictionary<(long, long), ImmutableArray<EventActor>.Builder>, Dictionary<(long, long), ImmutableArray<EventFigure>.Builder>)>
        ReadEventPartsAsync(SqliteConnection connection, IReadOnlyCollection<long> articleKeys, CancellationToken cancellationToken)
    {
        var actors = new Dictionary<(long, long), ImmutableArray<EventActor>.Builder>();
        var figures = new Dictionary<(long, long), ImmutableArray<EventFigure>.Builder>();
        await using var selectActors = Command(connection, """
            SELECT article_key, event_ordinal, entity_id, name, role FROM event_actors
            WHERE article_key = $article ORDER BY event_ordinal, ordinal
            """);
        await using var selectFigures = Command(connection, """
            SELECT article_key, event_ordinal, start_offset, end_offset, count, unit, kind, qualifier FROM event_figures
            WHERE article_key = $article ORDER BY event_ordinal, ordinal
            """);
        var article = selectActors.Parameters.Add("$article", SqliteType.Integer);
        var figureArticle = selectFigures.Parameters.Add("$article", SqliteType.Integer);
        foreach (var articleKey in articleKeys)
        {
            article.Value = articleKey;
            await using (var reader = await selectActors.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken))
                    Builder(actors, (reader.GetInt64(0), reader.GetInt64(1)))
                        .Add(new EventActor(reader.GetString(2), reader.GetString(3), ParseEventRole(reader.GetString(4))));
            figureArticle.Value = articleKey;
            await using (var reader = await selectFigures.ExecuteReaderAsync(cancellationToken))
                while (await reader.ReadAsync(cancellationToken))
                    Builder(figures, (reader.GetInt64(0), reader.GetInt64(1)))
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

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateInterval? NullableInterval(SqliteDataReader reader, int firstOrdinal) =>
        reader.IsDBNull(firstOrdinal) || reader.IsDBNull(firstOrdinal + 1)
            ? null
            : new DateInterval(ParseDate(reader.GetString(firstOrdinal))!.Value, ParseDate(reader.GetString(firstOrdinal + 1))!.Value);
}
