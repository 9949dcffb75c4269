using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>Reads across articles for the web app: actors, their quotes, mentions, company and commitments (<see cref="SharedStore"/>'s SQL).</summary>
public abstract partial class SqlArticleStore
{
    public async Task<StoredActor?> GetActorAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (await ReadActorsAsync(id, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<string>> FindActorIdsAsync(string nameOrId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(nameOrId);
        var value = nameOrId.Trim();
        if (value.Length == 0)
            return [];
        return await RunSharedAsync($"cannot look up the actor {nameOrId}", null, SharedTransaction.None,
            (connection, ct) => SharedStore.FindActorIdsAsync(connection, Dialect, value, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<QuoteRecord>> ListQuotesAsync(QuoteFilter filter, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return await RunSharedAsync("cannot list the quotes", "the quotes are stored", SharedTransaction.ConsistentRead,
            (connection, ct) => SharedStore.ListQuotesAsync(connection, Dialect, filter, offset, limit, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<ActorMention>> ListMentionsAsync(string actorId, int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return await RunSharedAsync($"cannot list the articles naming {actorId}", null, SharedTransaction.None,
            (connection, ct) => SharedStore.ListMentionsAsync(connection, actorId, offset, limit, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<DailyCount>> CountMentionsByDayAsync(string actorId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        return await RunSharedAsync($"cannot count the mentions of {actorId}", null, SharedTransaction.None,
            (connection, ct) => SharedStore.CountMentionsByDayAsync(connection, Dialect, actorId, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<ActorAlongside>> ListActorsAlongsideAsync(string actorId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return await RunSharedAsync($"cannot list the actors named with {actorId}", null, SharedTransaction.None,
            (connection, ct) => SharedStore.ListActorsAlongsideAsync(connection, Dialect, actorId, limit, ct), cancellationToken);
    }

    public async Task<IReadOnlyList<ActorCommitment>> ListCommitmentsOfActorAsync(string actorId, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return await RunSharedAsync($"cannot list the commitments of {actorId}", "the commitments are stored", SharedTransaction.None,
            (connection, ct) => SharedStore.ListCommitmentsOfActorAsync(connection, actorId, limit, ct), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<CommitmentStatus, int>> CountCommitmentsByStatusAsync(CancellationToken cancellationToken = default) =>
        await RunSharedAsync("cannot count the tracked commitments", null, SharedTransaction.None,
            (connection, ct) => SharedStore.CountCommitmentsByStatusAsync(connection, ct), cancellationToken);
}
