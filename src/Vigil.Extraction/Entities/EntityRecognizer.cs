using Vigil.Documents;
using Vigil.Extraction.Actors;
using Vigil.Pipeline;

namespace Vigil.Extraction.Entities;

/// <summary>
/// The entity stage: people, organisations, places and nationalities found by the trained
/// <see cref="Tagging.EntityTagger"/> and typed finer by rules (titles, head nouns, the bundled
/// <see cref="Gazetteer"/>; <see cref="MentionFinder"/>), then resolved to one entity per article
/// (<see cref="EntityResolver"/>). Mentions are the names alone, without titles ("McKenzie" in
/// "Gen. McKenzie"); the title goes to <see cref="Entity.Title"/>. Each entity is resolved against
/// an <see cref="ActorRegistry"/> (the bundled one unless the caller gives another, e.g. with a
/// watch list added).
/// </summary>
public sealed class EntityRecognizer(Gazetteer gazetteer, ActorRegistry registry) : IDocumentStage
{
    private readonly Gazetteer _gazetteer = gazetteer ?? throw new ArgumentNullException(nameof(gazetteer));
    private readonly ActorRegistry _registry = registry ?? throw new ArgumentNullException(nameof(registry));

    public EntityRecognizer() : this(Gazetteer.Default, ActorRegistry.Bundled)
    {
    }

    public EntityRecognizer(Gazetteer gazetteer) : this(gazetteer, ActorRegistry.Bundled)
    {
    }

    public EntityRecognizer(ActorRegistry registry) : this(Gazetteer.Default, registry)
    {
    }

    public string Name => "entities";

    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Sentences;

    public AnnotationLayers Provides => AnnotationLayers.Entities;

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var candidates = new MentionFinder(document, _gazetteer).Find();
        return document with { Entities = EntityResolver.Resolve(document, candidates, _registry, _gazetteer) };
    }
}

public static class EntityPipelineExtensions
{
    /// <summary>Adds the entity stage (after the language stages, before quotes, which name speakers by these entities).</summary>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder) => builder.Use(new EntityRecognizer());

    public static PipelineBuilder UseEntities(this PipelineBuilder builder, Gazetteer gazetteer) => builder.Use(new EntityRecognizer(gazetteer));

    /// <summary>Adds the entity stage, resolving entities against <paramref name="registry"/> (the bundled registry with a watch list, say).</summary>
    public static PipelineBuilder UseEntities(this PipelineBuilder builder, ActorRegistry registry) => builder.Use(new EntityRecognizer(registry));
}
