using Vigil.Extraction.Actors;
using Vigil.Extraction.Commitments;
using Vigil.Extraction.Entities;
using Vigil.Extraction.Events;
using Vigil.Extraction.Quotes;
using Vigil.Extraction.References;
using Vigil.Extraction.Time;
using Vigil.Language;
using Vigil.Pipeline;

namespace Vigil.Extraction;

/// <summary>The analysis every command runs: language stages, cleaning, entities, quotes.</summary>
public static class VigilPipeline
{
    public static PipelineBuilder CreateDefaultBuilder() => CreateDefaultBuilder(ActorRegistry.Bundled);

    /// <summary>The default analysis, resolving entities against <paramref name="actors"/> (the bundled registry with a watch list, say).</summary>
    public static PipelineBuilder CreateDefaultBuilder(ActorRegistry actors) =>
        new PipelineBuilder()
            .UseLanguage()
            .UseCleaning()
            .UseStorySignatures()
            .UseEntities(actors)
            .UseReferences()
            .UseQuotes()
            .UseTime()
            .UseCommitments()
            .UseEvents();

    public static AnalysisPipeline CreateDefault() => CreateDefaultBuilder().Build();

    public static AnalysisPipeline CreateDefault(ActorRegistry actors) => CreateDefaultBuilder(actors).Build();
}
