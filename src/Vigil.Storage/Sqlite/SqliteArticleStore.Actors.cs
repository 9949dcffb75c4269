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

    public async Task<IReadOnlyList<StoredActor>> ListActorsAsync(CancellationToken cancellationToken = default) =>
        await ReadActorsAsync(null, cancellationToken);

    /// <summary>Every actor by name, or the one with <paramref name="id"/>.</summary>
    private Task<List<StoredActor>> ReadActorsAsync(string? id, CancellationToken cancellationToken) =>
        RunSharedAsync(id is null ? "cannot list the stored actors" : $"cannot read the actor {id}", "the actors", SharedTransaction.ConsistentRead,
            (connection, ct) => SharedStore.ReadActorsAsync(connection, Dialect, id, ct), cancellationToken);
}
