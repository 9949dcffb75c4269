namespace Vigil.Storage;

/// <summary>Events across articles, for the events page, charts and the actor network (<see cref="SharedStore"/>'s SQL).</summary>
public abstract partial class SqlArticleStore
{
    public async Task<IReadOnlyList<StoredEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await RunSharedAsync("cannot list the stored events", "the events are stored", SharedTransaction.ConsistentRead,
            (connection, ct) => SharedStore.ListEventsAsync(connection, Dialect, query, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<EventCount>> CountEventsByDayAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await RunSharedAsync("cannot count the events", "the events are stored", SharedTransaction.None,
            (connection, ct) => SharedStore.CountEventsByDayAsync(connection, Dialect, query, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<EventTie>> CountEventTiesAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await RunSharedAsync("cannot count who takes part in events with whom", "the events are stored", SharedTransaction.None,
            (connection, ct) => SharedStore.CountEventTiesAsync(connection, Dialect, query, ct), cancellationToken);
    }
}
