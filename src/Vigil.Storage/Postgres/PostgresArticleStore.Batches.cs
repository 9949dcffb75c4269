using Npgsql;
using Vigil.Documents;

namespace Vigil.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    public Task<IReadOnlyList<BatchItemResult>> StoreBatchAsync(IReadOnlyList<ArticleToStore> articles, CancellationToken cancellationToken = default) =>
        StoreBatchAsync(articles, null, cancellationToken);

    /// <param name="alsoInTransaction">More work to commit with the batch, or not at all, told what became of each article (the ingest queue marks its jobs so).</param>
    internal async Task<IReadOnlyList<BatchItemResult>> StoreBatchAsync(IReadOnlyList<ArticleToStore> articles,
        Func<NpgsqlConnection, IReadOnlyList<BatchItemResult>, CancellationToken, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        if (articles.Count == 0 && alsoInTransaction is null)
            return [];
        // A deadlock with another writer aborts the whole transaction, so the whole batch is tried again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await WriteBatchAsync(articles, alsoInTransaction, cancellationToken);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure
                                              && attempt < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(20 * attempt * Random.Shared.Next(1, 5)), cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException or TimeoutException)
            {
                throw Explain(e, $"cannot store a batch of {articles.Count} articles");
            }
        }
    }

    private async Task<IReadOnlyList<BatchItemResult>> WriteBatchAsync(IReadOnlyList<ArticleToStore> articles,
        Func<NpgsqlConnection, IReadOnlyList<BatchItemResult>, CancellationToken, Task>? alsoInTransaction, CancellationToken cancellationToken)
    {
        var results = new BatchItemResult[articles.Count];
        await using var connection = await _dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        for (var i = 0; i < articles.Count; i++)
        {
            var (document, tracking) = articles[i];
            var id = document.ContentId;
            var doing = $"cannot store article {id} ({document.Metadata.Source})";
            if ((ArticleValidation.FindProblem(document) ?? ArticleValidation.FindProblem(document, tracking)) is { } problem)
            {
                results[i] = BatchItemResult.Failed(id, $"{doing}: {problem}");
                continue;
            }
            // A savepoint per article: one that the database refuses is undone alone, and the batch goes on.
            const string savepoint = "article";
            await transaction.SaveAsync(savepoint, cancellationToken);
            try
            {
                results[i] = new BatchItemResult(id, await WriteArticleAsync(connection, document, tracking, doing, cancellationToken), null);
                await transaction.ReleaseAsync(savepoint, cancellationToken);
            }
            catch (Exception e) when (e is StorageException
                                      || e is PostgresException pg && pg.SqlState is not (PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure))
            {
                await transaction.RollbackAsync(savepoint, CancellationToken.None);
                await transaction.ReleaseAsync(savepoint, CancellationToken.None);
                results[i] = BatchItemResult.Failed(id, e is StorageException ? e.Message : $"{doing}: {e.Message}");
            }
        }
        if (alsoInTransaction is not null)
            await alsoInTransaction(connection, results, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        await transaction.CommitAsync(cancellationToken);
        return results;
    }
}
