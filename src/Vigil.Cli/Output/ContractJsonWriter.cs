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

    /// <summary>The article as one JSON object followed by a newline, in UTF-8.</summary>
    public static byte[] ToJsonLine(Document document)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Max(256, document.Text.Length * 2));
        using (var json = new Utf8JsonWriter(buffer, Options))
            Write(json, document);
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
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

        // Commitments and events are later issues; the contract wants the fields present meanwhile.
        json.WriteStartArray("commitments");
        json.WriteEndArray();
        json.WriteStartArray("events");
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

    public static string Name(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Mixed => "mixed",
        _ => "indirect",
    };
}
