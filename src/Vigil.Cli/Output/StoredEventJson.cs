using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Documents;
using Vigil.Storage;

namespace Vigil.Cli.Output;

/// <summary>
/// A stored event as one line of <c>vigil events --format jsonl</c>: the fields of the analysis
/// contract's events (start, end, text, type, date, place; actors by name, since entity ids mean
/// something only inside their article), then its article, roles, figures, blame and status.
/// </summary>
public static class StoredEventJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(StoredEvent stored)
    {
        var e = stored.Event;
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("articleId", stored.Article.ContractId);
            json.WriteString("article", stored.Article.Id);
            json.WriteString("title", stored.Article.Title);
            WriteDate(json, "published", stored.Article.Published);
            json.WriteNumber("start", e.Span.Start);
            json.WriteNumber("end", e.Span.End);
            json.WriteString("text", stored.Text);
            json.WriteString("type", StoredCommitmentNames.Of(e.Type));
            json.WriteString("date", ContractJsonWriter.ContractDate(e.When) ?? (e.When is null ? DayOf(stored.Date) : null));
            if (stored.Date is { } dates)
            {
                json.WriteStartObject("dates");
                WriteDate(json, "start", dates.Start);
                WriteDate(json, "end", dates.End);
                json.WriteEndObject();
            }
            else
                json.WriteNull("dates");
            json.WriteString("place", e.Place);
            json.WriteStartArray("actors");
            foreach (var actor in e.Actors)
            {
                json.WriteStartObject();
                json.WriteString("name", actor.Name);
                json.WriteString("role", StoredCommitmentNames.Of(actor.Role));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("figures");
            foreach (var figure in e.Figures)
            {
                json.WriteStartObject();
                json.WriteNumber("count", figure.Count);
                json.WriteString("unit", figure.Unit);
                json.WriteString("kind", StoredCommitmentNames.Of(figure.Kind));
                json.WriteString("qualifier", StoredCommitmentNames.Of(figure.Qualifier));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("blamedOn", e.BlamedOn);
            json.WriteString("status", StoredCommitmentNames.Of(e.Status));
            json.WriteBoolean("negated", e.Negated);
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>An event dated only by its article's day.</summary>
    private static string? DayOf(DateInterval? dates) =>
        dates is { } d && d.Start == d.End ? d.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    private static void WriteDate(Utf8JsonWriter json, string name, DateOnly? date)
    {
        if (date is { } value)
            json.WriteString(name, value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            json.WriteNull(name);
    }
}
