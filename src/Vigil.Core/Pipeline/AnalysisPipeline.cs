using Vigil.Documents;

namespace Vigil.Pipeline;

/// <summary>A fixed sequence of stages, built and checked by <see cref="PipelineBuilder"/>.</summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(ImmutableArray<IDocumentStage> stages) => Stages = stages;

    public ImmutableArray<IDocumentStage> Stages { get; }

    public Document Process(Document document)
    {
        foreach (var stage in Stages)
        {
            document = stage.Process(document);
            document = document with { Layers = document.Layers | stage.Provides };
        }
        return document;
    }
}
