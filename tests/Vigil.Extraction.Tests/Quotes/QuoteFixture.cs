using Vigil.Documents;

namespace Vigil.Extraction.Tests.Quotes;

internal static class QuoteFixture
{
    private static readonly Pipeline.AnalysisPipeline Pipeline = VigilPipeline.CreateDefault();

    public static Document Analyze(string text) => Pipeline.Process(new Document(text, new ArticleMetadata("test")));

    public sealed record Found(string Text, QuoteKind Kind, string? Speaker, string? Source, string? Cue);

    public static Found[] QuotesIn(string text)
    {
        var document = Analyze(text);
        return [.. document.Quotes.Select(q => new Found(
            document[q.Span], q.Kind, q.SpeakerName,
            q.Source is { } s ? document[s] : null,
            q.Cue is { } c ? document[c] : null))];
    }

    public static Found Single(string text) => Assert.Single(QuotesIn(text));
}
