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

    private static string? FormatDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
