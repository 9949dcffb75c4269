using Vigil.Documents;
using Vigil.Extraction.Actors;
using Vigil.Storage;

namespace Vigil.Cli.Actors;

/// <summary>The registry a command analyses with: the bundled one, with what the database and the <c>--actors</c> files add.</summary>
public static class ActorRegistries
{
    /// <summary>The bundled registry with every actor stored in <paramref name="store"/> (watch lists and actors seen in earlier articles), then the files.</summary>
    public static async Task<ActorRegistry> FromStoreAsync(IArticleStore store, IReadOnlyList<Actor> fromFiles, CancellationToken cancellationToken)
    {
        var stored = await store.ListActorsAsync(cancellationToken);
        return ActorRegistry.Bundled.With(stored.Select(s => s.Actor)).With(fromFiles);
    }
}
