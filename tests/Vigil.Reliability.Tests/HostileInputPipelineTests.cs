using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Cli.Tests.Support;
using Vigil.Documents;
using Vigil.Extraction;
using Vigil.Reading;

namespace Vigil.Reliability.Tests;

/// <summary>
/// Generated hostile input through the real reader and the whole analysis: whatever the bytes,
/// reading ends in articles or failures that name the file and a reason, and every article read
/// is analysed without an exception into annotations that lie inside its text.
/// </summary>
public sealed class HostileInputPipelineTests : IDisposable
{
    // Small limits keep each case quick; the limits themselves are tested in Vigil.Reading.Tests.
    private static readonly ReadOptions Options = new() { MaxArticleBytes = 2 * 1024 * 1024, MaxFileBytes = 8 * 1024 * 1024 };
    private static readonly Lazy<Vigil.Pipeline.AnalysisPipeline> Pipeline = new(() => VigilPipeline.CreateDefault());

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Property(MaxTest = 6000, Arbitrary = [typeof(HostileArbitraries)])]
    public bool Any_input_is_read_and_analysed_or_refused_with_a_reason(HostileInput input)
    {
        var path = _folder.File("input" + input.Extension);
        File.WriteAllBytes(path, input.Bytes);
        foreach (var outcome in new ArticleReader(Options).Read(path))
        {
            switch (outcome)
            {
                case ReadFailure failure:
                    Assert.StartsWith(path, failure.Source);
                    Assert.False(string.IsNullOrWhiteSpace(failure.Reason), $"no reason for {input}");
                    Assert.DoesNotContain('\n', failure.Reason);
                    break;
                case ArticleRead read:
                    AnalysedWithin(Pipeline.Value.Process(read.Document));
                    break;
            }
        }
        return true;
    }

    [Property(MaxTest = 4000, Arbitrary = [typeof(HostileArbitraries)])]
    public bool Any_text_is_analysed_whatever_its_quotation_marks(NewsText text)
    {
        AnalysedWithin(Pipeline.Value.Process(new Document(text.Text, new ArticleMetadata("generated"))));
        return true;
    }

    private static void AnalysedWithin(Document document)
    {
        var length = document.Text.Length;
        void Inside(TextSpan span, string what)
        {
            if (span.Start < 0 || span.End > length || span.End < span.Start)
                throw new Xunit.Sdk.XunitException($"{what} span {span.Start}..{span.End} outside a text of {length} characters");
        }
        foreach (var token in document.Tokens) Inside(token.Span, "token");
        foreach (var sentence in document.Sentences) Inside(sentence.Span, "sentence");
        foreach (var entity in document.Entities)
            foreach (var mention in entity.Mentions) Inside(mention, "entity mention");
        foreach (var quote in document.Quotes) Inside(quote.Span, "quote");
    }
}

public sealed record NewsText(string Text)
{
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Text);
}

public static class HostileArbitraries
{
    public static Arbitrary<HostileInput> Inputs() => HostileInputs.Any.ToArbitrary();

    public static Arbitrary<NewsText> Texts() => HostileInputs.NewsLikeText.Select(t => new NewsText(t)).ToArbitrary();
}
