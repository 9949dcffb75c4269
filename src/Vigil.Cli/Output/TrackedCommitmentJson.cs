using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Vigil.Documents;
using Vigil.Storage;

namespace Vigil.Cli.Output;

/// <summary>
/// A tracked commitment as one line of <c>vigil commitments --format jsonl</c>: the contract's fields
/// first (id, actorName, text, kind, status, evidence with articleId, start, end, text, stance), then
/// what an analyst also wants (each evidence's score, cues, source and article; the statements; the
/// verdict history). <c>articleId</c> is the id <c>analyze</c> gives the article: the input's own,
/// else the hash of the text, which is also the web app's.
/// </summary>
public static class TrackedCommitmentJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(TrackedCommitment commitment)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("id", commitment.Id);
            json.WriteString("actorName", commitment.ActorName);
            json.WriteString("text", commitment.Text);
            json.WriteString("kind", StoredCommitmentNames.Of(commitment.Kind));
            json.WriteString("status", commitment.Status.Label());
            json.WriteStartArray("evidence");
            foreach (var e in commitment.Evidence)
            {
                json.WriteStartObject();
                json.WriteString("articleId", e.Article.ContractId);
                json.WriteNumber("start", e.Span.Start);
                json.WriteNumber("end", e.Span.End);
                json.WriteString("text", e.Text);
                json.WriteString("stance", StoredCommitmentNames.Of(e.Stance));
                json.WriteNumber("score", e.Score);
                json.WriteStartArray("cues");
                foreach (var cue in e.Cues) json.WriteStringValue(cue);
                json.WriteEndArray();
                json.WriteString("source", StoredCommitmentNames.Of(e.Source));
                WriteArticle(json, e.Article);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("actor", commitment.ActorId);
            json.WriteBoolean("negated", commitment.Negated);
            json.WriteStartArray("statements");
            foreach (var s in commitment.Statements)
            {
                json.WriteStartObject();
                json.WriteString("articleId", s.Article.ContractId);
                json.WriteNumber("start", s.Span.Start);
                json.WriteNumber("end", s.Span.End);
                json.WriteString("text", s.Text);
                json.WriteNumber("similarity", s.Similarity);
                WriteArticle(json, s.Article);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("verdicts");
            foreach (var v in commitment.Verdicts)
            {
                json.WriteStartObject();
                json.WriteString("status", v.Status.Label());
                json.WriteString("note", v.Note);
                json.WriteString("analyst", v.Analyst);
                json.WriteString("at", v.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The stored article: its id in the store and the web app, title and date.</summary>
    private static void WriteArticle(Utf8JsonWriter json, ArticleRef article)
    {
        json.WriteString("article", article.Id);
        json.WriteString("title", article.Title);
        if (article.Published is { } published)
            json.WriteString("published", published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        else
            json.WriteNull("published");
    }
}
