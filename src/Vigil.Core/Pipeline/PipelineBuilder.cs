using Vigil.Documents;

namespace Vigil.Pipeline;

/// <summary>
/// Assembles stages into a pipeline, as Markdig's builder assembles its parser: each concern adds
/// its stages through a <c>UseXxx()</c> extension method, and <see cref="Build"/> checks that every
/// stage comes after the stages whose layers it reads.
/// </summary>
public sealed class PipelineBuilder
{
    private readonly List<IDocumentStage> _stages = [];

    public IReadOnlyList<IDocumentStage> Stages => _stages;

    public PipelineBuilder Use(IDocumentStage stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        _stages.Add(stage);
        return this;
    }

    /// <summary>Puts a stage in place of the first stage of the same type, or at the end when there is none.</summary>
    public PipelineBuilder Replace<TStage>(IDocumentStage stage) where TStage : IDocumentStage
    {
        var index = _stages.FindIndex(s => s is TStage);
        if (index < 0) _stages.Add(stage);
        else _stages[index] = stage;
        return this;
    }

    public bool Contains<TStage>() where TStage : IDocumentStage => _stages.Exists(s => s is TStage);

    public AnalysisPipeline Build()
    {
        var available = AnnotationLayers.None;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != AnnotationLayers.None)
                throw new InvalidOperationException(
                    $"The stage '{stage.Name}' needs the layers {missing}, which no earlier stage provides.");
            available |= stage.Provides;
        }
        return new AnalysisPipeline([.. _stages]);
    }
}
