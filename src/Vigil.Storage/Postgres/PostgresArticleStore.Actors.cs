using Vigil.Documents;

namespace Vigil.Storage.Postgres;

/// <summary>The actors table: actors across articles, their aliases, and the links from entities (<see cref="SharedStore"/>'s SQL).</summary>
public sealed partial class PostgresArticleStore
{
    public async Task<int> SaveActorsAsync(IReadOnlyList<Actor> actors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (actors.Any(a => a is null || string.IsNullOrWhiteSpace(a.Id) || string.IsNullOrWhiteSpace(a.Name)))
            throw new StorageException(Target, "cannot store an actor without an id and a name");
        // In a transaction retried on a deadlock: a worker may be linking the same actors.
        return await WriteRetryingAsync("cannot store the actors",
            (connection, ct) => SharedStore.SaveActorsAsync(connection, Dialect, actors, ct), cancellationToken);
    }
}
