using Vigil.Pipeline;

namespace Vigil.Extraction.Quotes;

public static class QuotePipelineExtensions
{
    /// <summary>Adds the quote stage; put it after the entity stage so that speakers resolve to entities.</summary>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder) => builder.Use(new QuoteExtractor());
}
