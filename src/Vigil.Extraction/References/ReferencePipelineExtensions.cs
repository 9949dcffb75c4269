using Vigil.Extraction.Entities;
using Vigil.Pipeline;

namespace Vigil.Extraction.References;

public static class ReferencePipelineExtensions
{
    /// <summary>Adds pronoun and role-noun references to the entities; put it after the entity stage and before quotes.</summary>
    public static PipelineBuilder UseReferences(this PipelineBuilder builder, Gazetteer? gazetteer = null) =>
        builder.Use(new ReferenceResolver(gazetteer));
}
