using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>The actors table: actors across articles and their aliases (<see cref="SharedStore"/>'s SQL).</summary>
public abstract partial class SqlArticleStore
{
    public async Task<int> SaveActorsAsync(IReadOnlyList<Actor> actors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actors);
        if (actors.Any(a => a is null || string.IsNullOrWhiteSpace(a.Id) || string.IsNullOrWhiteSpace(a.Name)))
            throw new StorageException(NameInErrors, "cannot store an actor without an id and a name");
        // Contended: a PostgreSQL worker may be linking the same actors to an article meanwhile.
        return await RunContendedWriteAsync("cannot store the actors",
            (connection, ct) => SharedStore.SaveActorsAsync(connection, Dialect, actors, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<StoredActor>> ListActorsAsync(CancellationToken cancellationToken = default) =>
        await ReadActorsAsync(null, cancellationToken);

    /// <summary>Every actor by name, or the one with <paramref name="id"/>.</summary>
    private Task<List<StoredActor>> ReadActorsAsync(string? id, CancellationToken cancellationToken) =>
        RunSharedAsync(id is null ? "cannot list the stored actors" : $"cannot read the actor {id}", "the actors are stored", SharedTransaction.ConsistentRead,
            (connection, ct) => SharedStore.ReadActorsAsync(connection, Dialect, id, ct), cancellationToken);
}
