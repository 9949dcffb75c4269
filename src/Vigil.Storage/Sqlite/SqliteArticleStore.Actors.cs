using Vigil.Documents;

namespace Vigil.Storage.Sqlite;

/// <summary>The actors table: actors across articles, their aliases, and the links from entities (<see cref="SharedStore"/>'s SQL).</summary>
public sealed partial class SqliteArticleStore
{
    public async Task<int> SaveActorsAsync(IReadOnlyList<Actor> actors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (actors.Any(a => a is null || string.IsNullOrWhiteSpace(a.Id) || string.IsNullOrWhiteSpace(a.Name)))
            throw new StorageException(DatabasePath, "cannot store an actor without an id and a name");
        return await RunSharedAsync("cannot store the actors", null, SharedTransaction.Write,
            (connection, ct) => SharedStore.SaveActorsAsync(connection, Dialect, actors, ct), cancellationToken);
    }
}
