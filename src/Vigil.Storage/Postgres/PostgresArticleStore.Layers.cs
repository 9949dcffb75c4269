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
}
