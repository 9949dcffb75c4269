using Vigil.Documents;

namespace Vigil.Storage;

/// <summary>Batched writes, for ingesting many articles: one transaction per batch instead of one per article.</summary>
public partial interface IArticleStore
{
    /// <summary>
    /// Stores the articles in order, in one transaction, each as <see cref="StoreAsync(Document, ArticleTracking, CancellationToken)"/>
    /// would (an article whose text is stored — before, or earlier in the batch — is not written again).
    /// An article that fails validation or that the database refuses is undone alone (a savepoint)
    /// and reported in its result; the others are written. Returns one result per article, in order.
    /// Cancelling, or a failure of the transaction itself (a full disk, a lock held too long), writes
    /// none of the batch: a <see cref="StorageException"/> for a failure.
    /// </summary>
    Task<IReadOnlyList<BatchItemResult>> StoreBatchAsync(IReadOnlyList<ArticleToStore> articles, CancellationToken cancellationToken = default);
}

/// <summary>An analysed article and what the tracker decided for it (<see cref="ArticleTracking.None"/> when nothing is tracked).</summary>
public sealed record ArticleToStore(Document Document, ArticleTracking Tracking)
{
    public ArticleToStore(Document document) : this(document, ArticleTracking.None) { }
}

/// <summary>What became of one article of a batch: <see cref="Outcome"/>, or <see cref="Failure"/> (why it was not stored).</summary>
public sealed record BatchItemResult(string ArticleId, StoreOutcome? Outcome, string? Failure)
{
    public static BatchItemResult Failed(string articleId, string reason) => new(articleId, null, reason);
}
