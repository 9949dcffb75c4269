using System.Threading.Channels;
using Vigil.Cli.Actors;
using Vigil.Cli.Output;
using Vigil.Collections;
using Vigil.Documents;
using Vigil.Reading;
using Vigil.Storage;
using Vigil.Tracking;

namespace Vigil.Cli.Analysis;

public sealed record IngestSummary(int Added, int AlreadyStored, int Failed, bool Interrupted = false)
{
    public override string ToString() =>
        $"ingested {Added + AlreadyStored} {(Added + AlreadyStored == 1 ? "article" : "articles")}: " +
        $"{Added} new, {AlreadyStored} already stored, {Failed} failed" + (Interrupted ? " (interrupted)" : "");
}

/// <summary>How ingest batches its writes.</summary>
/// <param name="BatchSize">Articles per transaction.</param>
/// <param name="QueuedBatches">Batches prepared ahead of the writer: the bound that keeps memory flat when storage is the slow stage.</param>
/// <param name="MaxBatchDelay">A batch that has waited this long for more articles is written as it is, so a slow stream (standard input, a feed) is stored as it comes.</param>
public sealed record IngestOptions(int BatchSize = 64, int QueuedBatches = 2, TimeSpan? MaxBatchDelay = null)
{
    public static IngestOptions Default { get; } = new();

    public TimeSpan BatchDelay => MaxBatchDelay ?? TimeSpan.FromSeconds(1);
}

/// <summary>
/// Ingest as three overlapping stages joined by bounded channels, so reading, analysis and storage
/// keep every core busy while memory stays flat however long the input:
/// <list type="number">
/// <item>read and analyse: <see cref="ArticleAnalyzer"/> (a reading thread, analysis on every core, results in input order);</item>
/// <item>prepare, one thread in input order: link entities to actors across articles, track commitments,
/// and gather a batch (<see cref="IngestOptions.BatchSize"/> articles, or fewer after <see cref="IngestOptions.MaxBatchDelay"/>);</item>
/// <item>write, one thread: each batch in one transaction (<see cref="IArticleStore.StoreBatchAsync"/>), failures reported in input order.</item>
/// </list>
/// One bad article — unreadable, failing analysis, refused by the store — is reported and the batch goes on.
/// Cancelling stops reading and preparing at once and lets the batch being written finish; batches
/// not yet begun are dropped, so nothing is half-written and running the same command again goes on
/// where it stopped (a text already stored is counted as such without being analysed again).
/// </summary>
/// <remarks>
/// The tracker learns of an article when it is prepared, before its batch is written, because the
/// next article of the same batch must see it. A text met twice in one run is tracked once (a copy
/// read after the first is stored is skipped unanalysed; one read before is remembered); an
/// article the store then refuses (rare: validation runs before tracking) leaves the run's tracker
/// knowing of it, and a later article that cites it fails alone with the store's reason.
/// </remarks>
public sealed class Ingestion(IArticleStore store, ArticleAnalyzer analyzer, ErrorReporter errors, ActorLinking? actors = null, CommitmentTracker? tracker = null,
    IngestOptions? options = null)
{
    private readonly IngestOptions _options = options ?? IngestOptions.Default;
    // The texts this run has tracked lately. A copy of a text comes back either while the first is
    // still on its way to the store, within the articles the pipeline holds at once, or later, when
    // the reader finds it stored and it is neither analysed nor tracked (IsStored); so only as many
    // as the pipeline holds need remembering, not the whole run's (twice that, for a margin).
    private RecentlyUsed<bool>? _trackedLately;
    private int _added, _alreadyStored, _failed;

    /// <summary>What the writer gets: an article to store, or a failure to report at its place in the input order.</summary>
    private abstract record Item(string Source);
    private sealed record Storable(string Source, ArticleToStore Article) : Item(Source);
    private sealed record Failure(string Source, string Reason) : Item(Source);
    private sealed record AlreadyStored(string Source) : Item(Source);

    public async Task<IngestSummary> RunAsync(IEnumerable<ReadOutcome> inputs, Action? onArticleDone, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.BatchSize, 1);
        var batches = Channel.CreateBounded<List<Item>>(new BoundedChannelOptions(Math.Max(1, _options.QueuedBatches))
        {
            SingleReader = true,
            SingleWriter = true,
        });
        // A writer that fails stops the preparation too, which would otherwise wait forever for room in the channel.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var writer = Task.Run(async () =>
        {
            try
            {
                await WriteAsync(batches.Reader, onArticleDone, cancellationToken);
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }, CancellationToken.None);

        try
        {
            await PrepareAsync(inputs, batches.Writer, stop.Token);
            batches.Writer.Complete();
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            batches.Writer.TryComplete();
        }
        catch (Exception ex)
        {
            batches.Writer.TryComplete(ex);
            await writer.ConfigureAwait(false);
            throw;
        }
        await writer.ConfigureAwait(false);
        return new IngestSummary(_added, _alreadyStored, _failed, Interrupted: cancellationToken.IsCancellationRequested);
    }

    private async Task PrepareAsync(IEnumerable<ReadOutcome> inputs, ChannelWriter<List<Item>> batches, CancellationToken cancellationToken)
    {
        await using var analysed = analyzer.AnalyzeAsync(inputs, IsStored, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var next = analysed.MoveNextAsync().AsTask();
        try
        {
            await PrepareBatchesAsync(analysed, next, batches, cancellationToken);
        }
        finally
        {
            // The enumerator may not be disposed while a MoveNextAsync is running; after a cancellation it ends promptly.
            // Its outcome no longer matters: the run is ending with the exception already in flight.
            if (_pendingMove is { IsCompleted: false } pending)
            {
                try { await pending; }
                catch (Exception) { }
            }
        }
    }

    private Task<bool>? _pendingMove;

    private async Task PrepareBatchesAsync(IAsyncEnumerator<ArticleOutcome> analysed, Task<bool> next, ChannelWriter<List<Item>> batches, CancellationToken cancellationToken)
    {
        var batch = new List<Item>(_options.BatchSize);
        _pendingMove = next;
        while (true)
        {
            if (batch.Count > 0 && !next.IsCompleted)
            {
                // Input is slow to come: store what there is rather than hold it back.
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                if (await Task.WhenAny(next, Task.Delay(_options.BatchDelay, wait.Token)) != next)
                {
                    await batches.WriteAsync(batch, cancellationToken);
                    batch = new List<Item>(_options.BatchSize);
                    continue;
                }
                await wait.CancelAsync();
            }
            if (!await next)
                break;
            batch.Add(await PrepareAsync(analysed.Current, cancellationToken));
            if (batch.Count >= _options.BatchSize)
            {
                await batches.WriteAsync(batch, cancellationToken);
                batch = new List<Item>(_options.BatchSize);
            }
            _pendingMove = next = analysed.MoveNextAsync().AsTask();
        }
        if (batch.Count > 0)
            await batches.WriteAsync(batch, cancellationToken);
    }

    /// <summary>
    /// The most articles between being read and being reported: those in analysis (and one held by
    /// the reader), the batch being gathered, the queued ones and the one being written.
    /// </summary>
    internal int InFlightBound => analyzer.Window + 2 + _options.BatchSize * (Math.Max(1, _options.QueuedBatches) + 2);

    internal int TextsRememberedForTracking => _trackedLately?.Count ?? 0;

    private bool FirstTrackingOf(string contentId) => (_trackedLately ??= new(2 * InFlightBound)).TryAdd(contentId, true);

    /// <summary>
    /// A text already stored is not analysed again: the store would only say so once the analysis was
    /// done, and a rerun over a folder already ingested (or one stopped half-way) would analyse it all.
    /// A text met twice within this run is not stored yet when the second comes; the store tells at the write.
    /// </summary>
    private bool IsStored(Document document)
    {
        try
        {
            return store.IsStoredAsync(document.ContentHash).GetAwaiter().GetResult();
        }
        catch (StorageException)
        {
            return false; // analysed then, and the write says what is wrong with the store
        }
    }

    private async Task<Item> PrepareAsync(ArticleOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case SkippedArticle skipped:
                return new AlreadyStored(skipped.Source);
            case AnalyzedArticle<Document> article:
                try
                {
                    if (ArticleValidation.FindProblem(article.Document) is { } problem)
                        return new Failure(article.Source, $"not stored: {problem}");
                    var document = actors is null ? article.Document : await actors.LinkAsync(article.Document, cancellationToken);
                    var tracking = ArticleTracking.None;
                    if (tracker is not null && FirstTrackingOf(document.ContentId))
                    {
                        tracking = await tracker.TrackAsync(document, cancellationToken);
                        tracker.Commit(document, tracking);
                    }
                    return new Storable(article.Source, new ArticleToStore(document, tracking));
                }
                catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
                {
                    return new Failure(article.Source, $"not stored: {ErrorText.Describe(ex)}");
                }
            case FailedArticle failure:
                return new Failure(failure.Source, failure.Reason);
            default:
                throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}.");
        }
    }

    private async Task WriteAsync(ChannelReader<List<Item>> batches, Action? onArticleDone, CancellationToken cancellationToken)
    {
        // Not cancellable: a batch that has begun is written whole, then the writer looks at the token.
        await foreach (var batch in batches.ReadAllAsync(CancellationToken.None))
        {
            if (cancellationToken.IsCancellationRequested)
                return;
            await WriteBatchAsync(batch, onArticleDone);
        }
    }

    private async Task WriteBatchAsync(List<Item> batch, Action? onArticleDone)
    {
        var storable = batch.OfType<Storable>().ToList();
        IReadOnlyList<BatchItemResult>? results = null;
        string? batchFailure = null;
        try
        {
            if (storable.Count > 0)
                results = await store.StoreBatchAsync([.. storable.Select(s => s.Article)], CancellationToken.None);
        }
        catch (StorageException ex)
        {
            // The transaction itself failed (a full disk, a lock held too long): none of the batch is stored.
            batchFailure = ex.Message;
        }

        var stored = 0;
        foreach (var item in batch)
        {
            switch (item)
            {
                case Failure failure:
                    _failed++;
                    errors.Report(failure.Source, failure.Reason);
                    break;
                case AlreadyStored:
                    _alreadyStored++;
                    break;
                case Storable article:
                    var result = results?[stored];
                    stored++;
                    if (result?.Outcome == StoreOutcome.Added)
                        _added++;
                    else if (result?.Outcome == StoreOutcome.AlreadyStored)
                        _alreadyStored++;
                    else
                    {
                        _failed++;
                        errors.Report(article.Source, $"not stored: {result?.Failure ?? batchFailure}");
                    }
                    break;
            }
            onArticleDone?.Invoke();
        }
    }
}
