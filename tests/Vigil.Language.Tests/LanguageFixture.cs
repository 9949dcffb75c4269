using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Language.Tests;

internal static class LanguageFixture
{
    private static readonly AnalysisPipeline Pipeline = new PipelineBuilder().UseLanguage().UseCleaning().Build();

    public static Document Analyze(string text) => Pipeline.Process(new Document(text, new ArticleMetadata("test")));

    public static string[] TokenTexts(string text)
    {
        var document = Analyze(text);
        return [.. document.Tokens.Select(t => document[t.Span])];
    }

    public static string[] SentenceTexts(string text)
    {
        var document = Analyze(text);
        return [.. document.Sentences.Select(s => document[s.Span])];
    }
}
