using Vigil.Collections;
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
/// <remarks>
/// The names are remembered in bounded memory however long the ingest: those met within the last
/// <paramref name="capacity"/> to twice that many names are kept, and a name met again is kept
/// longer. A name forgotten and met again gets the actor its own name gives, as in a new ingest;
/// only the joining by an alias of an actor not named for that long is lost.
/// </remarks>
public sealed class SeenActors(int capacity = SeenActors.DefaultCapacity)
{
    /// <summary>
    /// Some 20 MB of names at most, reckoning about 100 bytes a name (not measured). The 840 PolNeAR
    /// texts give 6,338 seen actors, about nine names an article, so a generation holds the names
    /// of some ten thousand articles.
    /// </summary>
    public const int DefaultCapacity = 100_000;

    private readonly RecentlyUsed<string> _byKey = new(capacity);

    /// <summary>The names remembered now, at most twice the capacity.</summary>
    public int Count => _byKey.Count;

    /// <summary>The document with actor ids on its unresolved entities, and the actors first seen in it.</summary>
    public (Document Document, IReadOnlyList<Actor> NewActors) Link(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var added = new List<Actor>();
        var entities = document.Entities.Select(entity =>
        {
            if (entity.ActorId is not null || !Linkable(entity)) return entity;
            var keys = Names(entity).Select(n => NameKey.For(n)).Where(k => k.Length > 0).Select(k => $"{(int)entity.Type}|{k}").ToList();
            var id = keys.Select(k => _byKey.TryGet(k, out var known) ? known : null).FirstOrDefault(i => i is not null);
            if (id is null)
            {
                id = $"seen:{entity.Type.ToString().ToLowerInvariant()}:{NameKey.For(entity.Name).Replace(' ', '-')}";
                added.Add(new Actor(id, entity.Name, entity.Type, [.. entity.Aliases.Where(a => a != entity.Name)])
                {
                    Origin = ActorOrigin.Seen,
                    Role = entity.Title,
                });
            }
            foreach (var key in keys)
                if (!_byKey.TryGet(key, out _)) _byKey.Set(key, id);
            return entity with { ActorId = id, Confidence = 1.0 };
        }).ToImmutableArray();
        _byKey.TurnOverIfFull();
        return (document with { Entities = entities }, added);
    }

    private static bool Linkable(Entity entity) =>
        entity.Type != EntityType.Person || NameKey.For(entity.Name).Contains(' ');

    /// <summary>The names that identify an entity across articles: for a person, full names only.</summary>
    private static IEnumerable<string> Names(Entity entity) =>
        entity.Aliases.Prepend(entity.Name).Where(n => entity.Type != EntityType.Person || NameKey.For(n).Contains(' '));
}
