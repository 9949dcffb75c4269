using Vigil.Documents;

namespace Vigil.Extraction.Tests.Commitments;

internal static class CommitmentFixture
{
    private static readonly Pipeline.AnalysisPipeline Pipeline = VigilPipeline.CreateDefault();

    public static Document Analyze(string text, DateOnly? published = null) =>
        Pipeline.Process(new Document(text, new ArticleMetadata("test") { Published = published }));

    public sealed record Found(string Text, CommitmentKind Kind, string? Actor, string? Speaker, string? Condition, string? Deadline, Commitment Commitment);

    public static Found[] CommitmentsIn(string text, DateOnly? published = null)
    {
        var document = Analyze(text, published);
        return [.. document.Commitments.Select(c => new Found(
            document[c.Span], c.Kind, c.ActorName, c.SpeakerName,
            c.Condition is { } condition ? document[condition] : null,
            c.Deadline is { } deadline ? document[deadline] : null, c))];
    }

    public static Found Single(string text, DateOnly? published = null) => Assert.Single(CommitmentsIn(text, published));
}
