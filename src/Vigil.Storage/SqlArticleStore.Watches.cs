namespace Vigil.Storage;

/// <summary>Watch lists and their alerts: the SQL is <see cref="SharedStore"/>'s.</summary>
public abstract partial class SqlArticleStore
{
    public async Task<bool> AddWatchAsync(string userName, WatchKind kind, string targetId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        ArgumentNullException.ThrowIfNull(targetId);
        return await RunSharedAsync($"cannot add {targetId} to the watch list of {userName}", null, SharedTransaction.None,
            (connection, ct) => SharedStore.AddWatchAsync(connection, Dialect, userName, kind, targetId, Clock.GetUtcNow(), ct), cancellationToken);
    }

    public async Task<bool> RemoveWatchAsync(string userName, WatchKind kind, string targetId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(targetId);
        return await RunSharedAsync($"cannot remove {targetId} from the watch list of {userName}", null, SharedTransaction.None,
            (connection, ct) => SharedStore.RemoveWatchAsync(connection, Dialect, userName, kind, targetId, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<Watch>> ListWatchesAsync(string userName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        return await RunSharedAsync($"cannot read the watch list of {userName}", "the watch lists are stored", SharedTransaction.None,
            (connection, ct) => SharedStore.ListWatchesAsync(connection, Dialect, userName, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<WatchAlert>> ListAlertsAsync(string userName, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return await RunSharedAsync($"cannot read the alerts of {userName}", "the watch lists are stored", SharedTransaction.ConsistentRead,
            (connection, ct) => SharedStore.ListAlertsAsync(connection, Dialect, userName, limit, ct), cancellationToken);
    }
}
