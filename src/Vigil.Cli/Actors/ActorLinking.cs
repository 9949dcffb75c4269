using Vigil.Documents;
using Vigil.Extraction.Actors;
using Vigil.Storage;

namespace Vigil.Cli.Actors;

/// <summary>
/// Ingest's step between analysis and storage: entities the registry resolved keep its actor (saved
/// to the database the first time one is named), the others get a "seen" actor shared by exact
/// name across articles. Called by the single writer, in article order.
/// </summary>
public sealed class ActorLinking(IArticleStore store, ActorRegistry registry)
{
    private readonly SeenActors _seen = new();
    private readonly HashSet<string> _saved = new(StringComparer.Ordinal);

    public async Task<Document> LinkAsync(Document analyzed, CancellationToken cancellationToken)
    {
        var (linked, _) = _seen.Link(analyzed);
        var registered = linked.Entities
            .Select(e => e.ActorId is { } id && !_saved.Contains(id) ? registry.FindById(id) : null)
            .OfType<Actor>().DistinctBy(a => a.Id).ToList();
        if (registered.Count > 0)
        {
            await store.SaveActorsAsync(registered, cancellationToken);
            _saved.UnionWith(registered.Select(a => a.Id));
        }
        return linked;
    }
}
