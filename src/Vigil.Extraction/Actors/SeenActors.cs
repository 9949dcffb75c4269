using Vigil.Documents;
using Vigil.Extraction.Entities;

namespace Vigil.Extraction.Actors;

/// <summary>
/// Gives the entities no registry holds an actor of their own, shared across the articles of one
/// ingest: a later article joins it only by the exact name or one of its aliases ("seen" actors
/// are never matched tolerantly). A person named by one word ("Sullivan") gets no actor: across
/// articles a surname alone names too many people. Not thread-safe: the one writer of an ingest
/// calls it in article order, so that the same input always gives the same actors.
/// </summary>
public sealed class SeenActors
{
    private readonly Dictionary<(EntityType, string), string> _byKey = [];

    /// <summary>The document with actor ids on its unresolved entities, and the actors first seen in it.</summary>
    public (Document Document, IReadOnlyList<Actor> NewActors) Link(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var added = new List<Actor>();
        var entities = document.Entities.Select(entity =>
        {
            if (entity.ActorId is not null || !Linkable(entity)) return entity;
            var keys = Names(entity).Select(n => (entity.Type, NameKey.For(n))).Where(k => k.Item2.Length > 0).ToList();
            var id = keys.Select(k => _byKey.GetValueOrDefault(k)).FirstOrDefault(i => i is not null);
            if (id is null)
            {
                id = $"seen:{entity.Type.ToString().ToLowerInvariant()}:{NameKey.For(entity.Name).Replace(' ', '-')}";
                added.Add(new Actor(id, entity.Name, entity.Type, [.. entity.Aliases.Where(a => a != entity.Name)])
                {
                    Origin = ActorOrigin.Seen,
                    Role = entity.Title,
                });
            }
            foreach (var key in keys) _byKey.TryAdd(key, id);
            return entity with { ActorId = id, Confidence = 1.0 };
        }).ToImmutableArray();
        return (document with { Entities = entities }, added);
    }

    private static bool Linkable(Entity entity) =>
        entity.Type != EntityType.Person || NameKey.For(entity.Name).Contains(' ');

    /// <summary>The names that identify an entity across articles: for a person, full names only.</summary>
    private static IEnumerable<string> Names(Entity entity) =>
        entity.Aliases.Prepend(entity.Name).Where(n => entity.Type != EntityType.Person || NameKey.For(n).Contains(' '));
}
