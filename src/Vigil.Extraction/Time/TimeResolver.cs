using Vigil.Documents;
using Vigil.Extraction.Quotes;
using Vigil.Pipeline;

namespace Vigil.Extraction.Time;

/// <summary>
/// The time stage: finds the dates and periods an article names and resolves them against its
/// publication date (<see cref="ArticleMetadata.Published"/>), never against the clock, so the
/// same article gives the same dates whenever it is analysed. Without a publication date, relative
/// expressions ("last week") are kept but left unresolved.
/// </summary>
public sealed class TimeResolver : IDocumentStage
{
    public string Name => "time";
    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences;
    public AnnotationLayers Provides => AnnotationLayers.TimeExpressions;

    public Document Process(Document document)
    {
        var tokens = new TokenText(document);
        var finder = new TimeExpressionFinder(tokens);
        var published = document.Metadata.Published;
        var expressions = ImmutableArray.CreateBuilder<TimeExpression>();
        foreach (var sentence in document.Sentences)
        {
            foreach (var mention in finder.Find(sentence))
            {
                var span = tokens.Span(mention.First, mention.Last);
                if (document.IsBoilerplate(span)) continue;
                var tense = TenseReader.Of(tokens, mention.First, mention.Last, sentence.FirstToken, sentence.EndToken);
                var (interval, precision) = DateResolver.Resolve(mention.Reference, published, tense);
                expressions.Add(new TimeExpression(span, precision)
                {
                    Interval = interval,
                    IsRelative = DateResolver.IsRelative(mention.Reference),
                    Bound = mention.Bound,
                });
            }
        }
        return document with { TimeExpressions = expressions.ToImmutable() };
    }
}

public static class TimePipelineExtensions
{
    /// <summary>Adds the time stage, which resolves dates against the publication date; commitments and events read it.</summary>
    public static PipelineBuilder UseTime(this PipelineBuilder builder) => builder.Use(new TimeResolver());
}
