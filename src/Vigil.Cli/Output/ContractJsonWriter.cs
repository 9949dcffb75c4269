using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Documents;

namespace Vigil.Cli.Output;

/// <summary>
/// Serialises an analysed document as one line of the analysis contract (../shared/CONTRACT.md):
/// every contract field always present (null or [] when empty), in a fixed order, so that the same
/// input gives the same bytes. Offsets are UTF-16 code units, as the contract counts them.
/// </summary>
/// <remarks>
/// Non-ASCII text stays unescaped for readability. A lone surrogate cannot be encoded as UTF-8, so
/// the JSON writer emits U+FFFD in its place: one code unit for one, so no offset moves.
/// </remarks>
public static class ContractJsonWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    // Each analysis thread writes its articles' lines into one buffer of its own, kept from article
    // to article: grown anew for each, it was most of the bytes `vigil analyze` allocated (a line is
    // several times its text). One grown past KeptBufferBytes by a huge article is let go.
    [ThreadStatic] private static ArrayBufferWriter<byte>? t_buffer;
    private const int KeptBufferBytes = 4 << 20;

    /// <summary>The article as one JSON object followed by a newline, in UTF-8.</summary>
    public static byte[] ToJsonLine(Document document)
    {
        var buffer = t_buffer ??= new ArrayBufferWriter<byte>(64 << 10);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer, Options))
            Write(json, document);
        buffer.Write("\n"u8);
        var line = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > KeptBufferBytes)
            t_buffer = null;
        return line;
    }

    public static void Write(Utf8JsonWriter json, Document document)
    {
        var metadata = document.Metadata;
        json.WriteStartObject();
        json.WriteString("source", metadata.Source);
        json.WriteString("id", metadata.Id ?? document.ContentId);
        json.WriteString("title", metadata.Title);
        WriteDate(json, "published", metadata.Published);
        json.WriteString("url", metadata.Url);
        json.WriteString("author", metadata.Author);
        json.WriteString("text", document.Text);

        json.WriteStartArray("boilerplate");
        foreach (var block in document.Boilerplate)
        {
            json.WriteStartObject();
            WriteOffsets(json, Checked(document, block.Span));
            json.WriteString("kind", Name(block.Kind));
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("entities");
        foreach (var entity in document.Entities)
            WriteEntity(json, document, entity);
        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var quote in document.Quotes)
            WriteQuote(json, document, quote);
        json.WriteEndArray();

        json.WriteStartArray("commitments");
        foreach (var commitment in document.Commitments)
            WriteCommitment(json, document, commitment);
        json.WriteEndArray();

        json.WriteStartArray("events");
        foreach (var newsEvent in document.Events)
            WriteEvent(json, document, newsEvent);
        json.WriteEndArray();

        json.WriteEndObject();
    }

    private static void WriteEntity(Utf8JsonWriter json, Document document, Entity entity)
    {
        json.WriteStartObject();
        json.WriteString("id", entity.Id);
        json.WriteString("name", entity.Name);
        json.WriteString("type", Name(entity.Type));
        json.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases)
            json.WriteStringValue(alias);
        json.WriteEndArray();
        WriteSpans(json, document, "mentions", entity.Mentions);
        WriteSpans(json, document, "references", entity.References);
        // beyond the contract: the registry actor the entity resolved to, and how sure that is
        json.WriteString("actor", entity.ActorId);
        if (entity.Confidence is { } confidence)
            json.WriteNumber("confidence", confidence);
        else
            json.WriteNull("confidence");
        json.WriteEndObject();
    }

    private static void WriteQuote(Utf8JsonWriter json, Document document, Quote quote)
    {
        json.WriteStartObject();
        WriteSpanFields(json, document, quote.Span);
        json.WriteString("kind", Name(quote.Kind));
        json.WriteString("speaker", quote.SpeakerId);
        json.WriteString("speakerName", quote.SpeakerName);
        WriteOptionalSpan(json, document, "source", quote.Source);
        WriteOptionalSpan(json, document, "cue", quote.Cue);
        json.WriteEndObject();
    }

    /// <summary>The contract's commitment fields, then the extras: ids, the spans of the condition, deadline and cue, modality, negation.</summary>
    private static void WriteCommitment(Utf8JsonWriter json, Document document, Commitment commitment)
    {
        json.WriteStartObject();
        WriteSpanFields(json, document, commitment.Span);
        json.WriteString("kind", Name(commitment.Kind));
        json.WriteString("actor", commitment.ActorId);
        json.WriteString("actorName", commitment.ActorName);
        json.WriteString("speakerName", commitment.SpeakerName);
        json.WriteString("beneficiary", commitment.Beneficiary);
        json.WriteString("condition", commitment.Condition is { } condition ? document[Checked(document, condition)] : null);
        json.WriteString("deadline", commitment.Deadline is { } deadline ? document[Checked(document, deadline)] : null);
        json.WriteString("speaker", commitment.SpeakerId);
        json.WriteString("beneficiaryId", commitment.BeneficiaryId);
        WriteOptionalSpan(json, document, "conditionSpan", commitment.Condition);
        WriteOptionalSpan(json, document, "deadlineSpan", commitment.Deadline);
        WriteInterval(json, "deadlineDates", commitment.DeadlineInterval);
        WriteOptionalSpan(json, document, "cue", commitment.Cue);
        json.WriteString("modality", Name(commitment.Modality));
        json.WriteBoolean("negated", commitment.Negated);
        json.WriteEndObject();
    }

    /// <summary>The contract's event fields, then the extras: trigger, actors with their roles, figures, blame, status and the date's span and precision.</summary>
    private static void WriteEvent(Utf8JsonWriter json, Document document, NewsEvent newsEvent)
    {
        json.WriteStartObject();
        WriteSpanFields(json, document, newsEvent.Span);
        json.WriteString("type", Name(newsEvent.Type));
        json.WriteStartArray("actors");
        foreach (var actor in newsEvent.Actors)
            json.WriteStringValue(actor.EntityId);
        json.WriteEndArray();
        json.WriteString("date", ContractDate(newsEvent.When));
        json.WriteString("place", newsEvent.Place);
        WriteOptionalSpan(json, document, "trigger", newsEvent.Trigger);
        json.WriteStartArray("roles");
        foreach (var actor in newsEvent.Actors)
        {
            json.WriteStartObject();
            json.WriteString("id", actor.EntityId);
            json.WriteString("name", actor.Name);
            json.WriteString("role", actor.Role == EventRole.Source ? "source" : "target");
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("figures");
        foreach (var figure in newsEvent.Figures)
        {
            json.WriteStartObject();
            WriteSpanFields(json, document, figure.Span);
            json.WriteNumber("count", figure.Count);
            json.WriteString("unit", figure.Unit);
            json.WriteString("kind", Name(figure.Kind));
            json.WriteString("qualifier", Name(figure.Qualifier));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteString("blamedOn", newsEvent.BlamedOn);
        json.WriteString("blamedOnId", newsEvent.BlamedOnId);
        json.WriteString("status", Name(newsEvent.Status));
        json.WriteBoolean("negated", newsEvent.Negated);
        json.WriteString("placeId", newsEvent.PlaceId);
        WriteOptionalSpan(json, document, "dateSpan", newsEvent.When?.Span);
        WriteInterval(json, "dates", newsEvent.When?.Interval);
        json.WriteString("datePrecision", newsEvent.When is { } when ? Name(when.Precision) : null);
        json.WriteEndObject();
    }

    /// <summary>
    /// The contract's "date": YYYY-MM-DD for a day, YYYY-MM for a month or any period within one
    /// month ("last week" may be); null for longer periods, whose days are in "dates".
    /// </summary>
    public static string? ContractDate(TimeExpression? when)
    {
        if (when?.Interval is not { } interval) return null;
        if (when.Precision == DatePrecision.Day && interval.Start == interval.End)
            return interval.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (interval.Start.Year == interval.End.Year && interval.Start.Month == interval.End.Month)
            return interval.Start.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return null;
    }

    private static void WriteInterval(Utf8JsonWriter json, string name, DateInterval? interval)
    {
        if (interval is not { } value)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        json.WriteString("start", value.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("end", value.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

    private static void WriteSpans(Utf8JsonWriter json, Document document, string name, ImmutableArray<TextSpan> spans)
    {
        json.WriteStartArray(name);
        foreach (var span in spans)
        {
            json.WriteStartObject();
            WriteSpanFields(json, document, span);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteOptionalSpan(Utf8JsonWriter json, Document document, string name, TextSpan? span)
    {
        if (span is not { } value)
        {
            json.WriteNull(name);
            return;
        }
        json.WriteStartObject(name);
        WriteSpanFields(json, document, value);
        json.WriteEndObject();
    }

    private static void WriteSpanFields(Utf8JsonWriter json, Document document, TextSpan span)
    {
        WriteOffsets(json, span);
        json.WriteString("text", document.Slice(Checked(document, span)));
    }

    private static void WriteOffsets(Utf8JsonWriter json, TextSpan span)
    {
        json.WriteNumber("start", span.Start);
        json.WriteNumber("end", span.End);
    }

    /// <summary>A span outside the text is a stage's bug; say so plainly instead of a bare ArgumentOutOfRangeException.</summary>
    private static TextSpan Checked(Document document, TextSpan span)
    {
        if (span.Start < 0 || span.End < span.Start || span.End > document.Text.Length)
            throw new InvalidOperationException($"a stage produced the span {span}, outside the text of {document.Text.Length} characters");
        return span;
    }

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } value)
            json.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            json.WriteNull(name);
    }

    public static string Name(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Org => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Loc => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Fac => "FAC",
        EntityType.Event => "EVENT",
        _ => "OTHER",
    };

    public static string Name(BoilerplateKind kind) => kind switch
    {
        BoilerplateKind.Caption => "caption",
        BoilerplateKind.Credit => "credit",
        BoilerplateKind.Trailer => "trailer",
        BoilerplateKind.Related => "related",
        BoilerplateKind.Navigation => "navigation",
        _ => "other",
    };

    public static string Name(CommitmentKind kind) => kind switch
    {
        CommitmentKind.Promise => "promise",
        CommitmentKind.Agreement => "agreement",
        CommitmentKind.Threat => "threat",
        CommitmentKind.Condition => "condition",
        _ => "refusal",
    };

    public static string Name(CommitmentModality modality) => modality switch
    {
        CommitmentModality.Will => "will",
        CommitmentModality.Would => "would",
        CommitmentModality.Shall => "shall",
        CommitmentModality.GoingTo => "going to",
        CommitmentModality.Must => "must",
        CommitmentModality.Can => "can",
        _ => "reported",
    };

    /// <summary>Event types as the vocabulary of src/Vigil.Extraction/Events/README.md names them: kebab-case CAMEO root categories.</summary>
    public static string Name(EventType type) => type switch
    {
        EventType.Statement => "statement",
        EventType.Appeal => "appeal",
        EventType.IntentToCooperate => "intent-to-cooperate",
        EventType.Consult => "consult",
        EventType.DiplomaticCooperation => "diplomatic-cooperation",
        EventType.MaterialCooperation => "material-cooperation",
        EventType.Aid => "aid",
        EventType.Yield => "yield",
        EventType.Investigate => "investigate",
        EventType.Demand => "demand",
        EventType.Disapprove => "disapprove",
        EventType.Reject => "reject",
        EventType.Threaten => "threaten",
        EventType.Protest => "protest",
        EventType.ForcePosture => "force-posture",
        EventType.ReduceRelations => "reduce-relations",
        EventType.Coerce => "coerce",
        EventType.Assault => "assault",
        EventType.Fight => "fight",
        _ => "mass-violence",
    };

    public static string Name(EventStatus status) => status switch
    {
        EventStatus.Happened => "happened",
        EventStatus.Planned => "planned",
        _ => "expected",
    };

    public static string Name(FigureKind kind) => kind switch
    {
        FigureKind.Killed => "killed",
        FigureKind.Injured => "injured",
        FigureKind.Evacuated => "evacuated",
        FigureKind.Displaced => "displaced",
        FigureKind.Arrested => "arrested",
        FigureKind.Missing => "missing",
        _ => "involved",
    };

    public static string Name(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.AtLeast => "at least",
        FigureQualifier.MoreThan => "more than",
        FigureQualifier.About => "about",
        FigureQualifier.UpTo => "up to",
        FigureQualifier.FewerThan => "fewer than",
        _ => "exact",
    };

    public static string Name(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Year => "year",
        _ => "range",
    };

    public static string Name(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Mixed => "mixed",
        _ => "indirect",
    };
}
