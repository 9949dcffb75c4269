using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>Tracked commitments: what the tracker reads, their statements, evidence and verdicts, and its vector cache (<see cref="SharedStore"/>'s SQL).</summary>
public abstract partial class SqlArticleStore
{
    public async Task<ActorTrackingState> LoadTrackingAsync(string actorId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        return await RunSharedAsync($"cannot read the tracked commitments of actor {actorId}", null, SharedTransaction.ConsistentRead,
            async (connection, ct) => new ActorTrackingState(actorId, await ReadTrackedOfActorAsync(connection, actorId, ct)), cancellationToken);
    }

    public async Task<ImmutableArray<EvidenceCandidate>> LoadCandidatesAsync(string actorId, int latest, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(actorId);
        ArgumentOutOfRangeException.ThrowIfNegative(latest);
        return await RunSharedAsync($"cannot read the quotes and events of actor {actorId}", null, SharedTransaction.ConsistentRead,
            (connection, ct) => ReadCandidatesAsync(connection, actorId, latest, ct), cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, float[]>> GetVectorsAsync(string model, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
            return new Dictionary<string, float[]>(StringComparer.Ordinal);
        return await RunSharedAsync("cannot read the cached sentence vectors", null, SharedTransaction.None,
            (connection, ct) => SharedStore.ReadVectorsAsync(connection, model, keys, ct), cancellationToken);
    }

    public async Task SaveVectorsAsync(string model, IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Count == 0)
            return;
        await RunSharedAsync("cannot cache the sentence vectors", null, SharedTransaction.Write, async (connection, ct) =>
        {
            await SharedStore.SaveVectorsAsync(connection, Dialect, model, vectors, ct);
            return true;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<TrackedCommitment>> ListTrackedCommitmentsAsync(CancellationToken cancellationToken = default) =>
        await ReadTrackedAsync(null, cancellationToken);

    public async Task<TrackedCommitment?> GetTrackedCommitmentAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (await ReadTrackedAsync(id, cancellationToken)).SingleOrDefault();
    }

    private Task<List<TrackedCommitment>> ReadTrackedAsync(string? id, CancellationToken cancellationToken) =>
        RunSharedAsync(id is null ? "cannot list the tracked commitments" : $"cannot read tracked commitment {id}", "the tracked commitments are stored",
            SharedTransaction.ConsistentRead, (connection, ct) => ReadTrackedCommitmentsAsync(connection, id, Dialect.ByteOrder, ct), cancellationToken);

    public async Task<bool> AddVerdictAsync(string trackedId, CommitmentVerdict verdict, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(trackedId);
        ArgumentNullException.ThrowIfNull(verdict);
        return await RunSharedAsync($"cannot record the verdict on tracked commitment {trackedId}", null, SharedTransaction.Write,
            (connection, ct) => SharedStore.AddVerdictAsync(connection, Dialect, trackedId, verdict, ct), cancellationToken);
    }

    public async Task<ArticleCommitmentLinks> GetArticleCommitmentLinksAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return await RunSharedAsync($"cannot read the commitments of article {articleId}", $"the commitments of article {articleId} are stored",
            SharedTransaction.ConsistentRead, (connection, ct) => SharedStore.ReadArticleCommitmentLinksAsync(connection, Dialect, articleId, ct), cancellationToken);
    }
}
