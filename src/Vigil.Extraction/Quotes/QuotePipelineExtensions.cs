using Vigil.Extraction.Entities;
using Vigil.Pipeline;

namespace Vigil.Extraction.Quotes;

public static class QuotePipelineExtensions
{
    /// <summary>Adds the quote stage; put it after the entity stage so that speakers resolve to entities.</summary>
    /// <param name="gazetteer">Where the kinds of the entities' actors are read ("the bank" is a company's); the bundled one by default.</param>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder, Gazetteer? gazetteer = null) => builder.Use(new QuoteExtractor(gazetteer));
}
