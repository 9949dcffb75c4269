using Vigil.Extraction.Entities;
using Vigil.Extraction.Quotes;
using Vigil.Extraction.References;
using Vigil.Extraction.Time;
using Vigil.Language;
using Vigil.Pipeline;

namespace Vigil.Extraction;

/// <summary>The analysis every command runs: language stages, cleaning, entities, quotes.</summary>
public static class VigilPipeline
{
    public static PipelineBuilder CreateDefaultBuilder() =>
        new PipelineBuilder()
            .UseLanguage()
            .UseCleaning()
            .UseEntities()
            .UseReferences()
            .UseQuotes()
            .UseTime();

    public static AnalysisPipeline CreateDefault() => CreateDefaultBuilder().Build();
}
