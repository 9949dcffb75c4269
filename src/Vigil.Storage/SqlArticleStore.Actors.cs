namespace Vigil.Storage;

/// <summary>The stored actors, by name or id (<see cref="SharedStore"/>'s SQL); saving them is each store's, for PostgreSQL retries.</summary>
public abstract partial class SqlArticleStore
{
    public async Task<IReadOnlyList<StoredActor>> ListActorsAsync(CancellationToken cancellationToken = default) =>
        await ReadActorsAsync(null, cancellationToken);

    /// <summary>Every actor by name, or the one with <paramref name="id"/>.</summary>
    private Task<List<StoredActor>> ReadActorsAsync(string? id, CancellationToken cancellationToken) =>
        RunSharedAsync(id is null ? "cannot list the stored actors" : $"cannot read the actor {id}", "the actors are stored", SharedTransaction.ConsistentRead,
            (connection, ct) => SharedStore.ReadActorsAsync(connection, Dialect, id, ct), cancellationToken);
}
