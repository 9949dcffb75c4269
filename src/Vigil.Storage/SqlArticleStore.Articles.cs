namespace Vigil.Storage;

/// <summary>Counting, listing and reading back stored articles, and their stories (<see cref="SharedStore"/>'s SQL, <see cref="StoredRows"/>' readers).</summary>
public abstract partial class SqlArticleStore
{
    public async Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) =>
        await RunSharedAsync("cannot count the stored articles", null, SharedTransaction.None, SharedStore.CountAsync, cancellationToken);

    public async Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        return await RunSharedAsync("cannot list the stored articles", "the article list is stored", SharedTransaction.None,
            (connection, ct) => SharedStore.ListArticlesAsync(connection, offset, limit, ct), cancellationToken);
    }

    public async Task<bool> IsStoredAsync(string contentHash, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contentHash);
        return await RunSharedAsync("cannot look up a stored text", null, SharedTransaction.None, async (connection, ct) =>
        {
            await using var command = StoredRows.Command(connection, "SELECT 1 FROM articles WHERE content_hash = @hash", ("hash", contentHash));
            return await command.ExecuteScalarAsync(ct) is not null;
        }, cancellationToken);
    }

    public async Task<StoredArticle?> GetArticleAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        // One snapshot for the article and its layers: it is never seen half-way through a write.
        return await RunSharedAsync($"cannot read article {id}", $"article {id} is stored", SharedTransaction.ConsistentRead,
            (connection, ct) => ReadArticleAsync(connection, id, ct), cancellationToken);
    }

    public async Task<Story?> GetStoryAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return await RunSharedAsync($"cannot read the story of article {articleId}", $"the story of article {articleId} is stored", SharedTransaction.ConsistentRead,
            (connection, ct) => SharedStore.ReadStoryAsync(connection, articleId, ct), cancellationToken);
    }
}
