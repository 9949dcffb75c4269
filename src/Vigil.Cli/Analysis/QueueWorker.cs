using Vigil.Cli.Actors;
using Vigil.Cli.Output;
using Vigil.Collections;
using Vigil.Documents;
using Vigil.Reading;
using Vigil.Storage;
using Vigil.Storage.Postgres;
using Vigil.Tracking;

namespace Vigil.Cli.Analysis;

/// <param name="Batch">Jobs claimed at a time, analysed on every core, then tracked and stored together under the tracking lock.</param>
/// <param name="Lease">How long a claimed job is this worker's; past it another worker may claim it.</param>
/// <param name="Follow">Wait for new jobs when the queue is empty, instead of stopping.</param>
public sealed record WorkerOptions(int Batch, TimeSpan Lease, bool Follow, TimeSpan Poll);

/// <summary>
/// <c>vigil worker</c>'s loop: claim a batch of jobs, analyse them on every core and link their
/// actors, then, holding the queue's tracking lock, track the batch's commitments article by article
/// and store the batch — its jobs finished in the same transaction. Under the lock workers on several
/// machines track one batch at a time, each seeing what the others stored. A worker keeps its tracker
/// from batch to batch; before each, it lets go of the actors named in the articles other workers
/// stored since its own last batch, which the tracker then reads again from the database when it
/// meets them. A bad article fails its job alone. On Ctrl-C the jobs claimed but not stored are handed
/// back for other workers; a batch whose storing has begun is finished.
/// </summary>
public sealed class QueueWorker(PostgresIngestQueue queue, ArticleAnalyzer analyzer, ErrorReporter errors, ActorLinking actors,
    Func<CommitmentTracker> newTracker, WorkerOptions options)
{
    private int _added, _alreadyStored, _failed;

    // The worker's tracker (null: make one; after a failure it may hold articles that were not stored),
    // the texts it tracked, and the latest article key when this worker's last batch was stored.
    private CommitmentTracker? _tracker;
    // A job's text is queued once, so a copy reaches a worker only in rare retries; the last few
    // batches' texts are enough to track it once, and the memory stays bounded in a long --follow.
    private readonly RecentlyUsed<bool> _tracked = new(4 * Math.Max(1, options.Batch));
    private long _storedUpTo;

    /// <summary>How many batches kept the tracker of the batch before, and how many actors it let go because other workers named them (for the tests).</summary>
    internal (int Batches, int ActorsLetGo) TrackerKept { get; private set; }

    public async Task<IngestSummary> RunAsync(Action? onArticleDone, CancellationToken cancellationToken)
    {
        while (true)
        {
            IReadOnlyList<IngestJob> jobs;
            try
            {
                jobs = await queue.ClaimAsync(options.Batch, options.Lease, cancellationToken);
                if (jobs.Count == 0)
                {
                    if (!options.Follow)
                        return Summary(interrupted: false);
                    await Task.Delay(options.Poll, cancellationToken);
                    continue;
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return Summary(interrupted: true);
            }

            var linked = new List<(IngestJob Job, Document Document, string Source)>(jobs.Count);
            try
            {
                var next = 0;
                await foreach (var outcome in analyzer.AnalyzeAsync(jobs.Select(j => (ReadOutcome)new ArticleRead(j.Document)), cancellationToken))
                {
                    var job = jobs[next++];
                    if (await LinkAsync(job, outcome, onArticleDone, cancellationToken) is { } document)
                        linked.Add((job, document, outcome.Source));
                }
                if (linked.Count > 0)
                    await TrackAndStoreAsync(linked, onArticleDone, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await ReleaseUnfinishedAsync(jobs);
                return Summary(interrupted: true);
            }
        }
    }

    /// <summary>The analysed article with its entities linked to actors; null when it failed (its job failed with the reason).</summary>
    private async Task<Document?> LinkAsync(IngestJob job, ArticleOutcome outcome, Action? onArticleDone, CancellationToken cancellationToken)
    {
        string reason;
        switch (outcome)
        {
            case AnalyzedArticle<Document> article:
                try
                {
                    if (ArticleValidation.FindProblem(article.Document) is not { } problem)
                        return await actors.LinkAsync(article.Document, cancellationToken);
                    reason = $"not stored: {problem}";
                }
                catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
                {
                    reason = $"not stored: {ErrorText.Describe(ex)}";
                }
                break;
            case FailedArticle failure:
                reason = failure.Reason;
                break;
            default:
                throw new InvalidOperationException($"Unknown outcome {outcome.GetType().Name}.");
        }
        await FailAsync(job, outcome.Source, reason, onArticleDone);
        return null;
    }

    private async Task TrackAndStoreAsync(List<(IngestJob Job, Document Document, string Source)> batch, Action? onArticleDone, CancellationToken cancellationToken)
    {
        await using var held = await queue.LockTrackingAsync(cancellationToken);
        if (_tracker is null)
        {
            _tracker = newTracker();
            _tracked.Clear();
        }
        else
        {
            var since = await queue.StoredSinceAsync(_storedUpTo, cancellationToken);
            _tracker.LetGo(since.ActorIds);
            TrackerKept = (TrackerKept.Batches + 1, TrackerKept.ActorsLetGo + since.ActorIds.Count);
        }

        var jobs = new List<IngestJob>(batch.Count);
        var articles = new List<ArticleToStore>(batch.Count);
        var sources = new List<string>(batch.Count);
        try
        {
            foreach (var (job, document, source) in batch)
            {
                try
                {
                    var tracking = ArticleTracking.None;
                    // a text met twice is tracked once, as ingest does: the second is already stored
                    if (_tracked.TryAdd(document.ContentId, true))
                    {
                        tracking = await _tracker.TrackAsync(document, cancellationToken);
                        _tracker.Commit(document, tracking);
                    }
                    jobs.Add(job);
                    articles.Add(new ArticleToStore(document, tracking));
                    sources.Add(source);
                }
                catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
                {
                    await FailAsync(job, source, $"not stored: {ErrorText.Describe(ex)}", onArticleDone);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the tracker has taken in articles that will not be stored now
            _tracker = null;
            throw;
        }

        BatchCompletion completion;
        try
        {
            // Not cancellable: a batch whose storing has begun is stored whole, or not at all on failure.
            completion = await queue.CompleteBatchAsync(jobs, articles, CancellationToken.None);
        }
        catch (StorageException ex)
        {
            _tracker = null;
            foreach (var (job, source) in jobs.Zip(sources))
                await FailAsync(job, source, $"not stored: {ex.Message}", onArticleDone);
            return;
        }
        for (var i = 0; i < completion.Results.Count; i++)
        {
            var result = completion.Results[i];
            if (result.Outcome == StoreOutcome.Added) _added++;
            else if (result.Outcome == StoreOutcome.AlreadyStored) _alreadyStored++;
            else
            {
                _failed++;
                errors.Report(sources[i], $"not stored: {result.Failure}");
                // the tracker took in an article that the store refused
                _tracker = null;
            }
            onArticleDone?.Invoke();
        }
        _storedUpTo = completion.StoredUpTo;
    }

    private async Task FailAsync(IngestJob job, string source, string reason, Action? onArticleDone)
    {
        _failed++;
        errors.Report(source, reason);
        await queue.FailAsync(job, reason, CancellationToken.None);
        onArticleDone?.Invoke();
    }

    /// <summary>Hands back the jobs still running as this worker's: on Ctrl-C, those not yet stored or failed.</summary>
    private async Task ReleaseUnfinishedAsync(IReadOnlyList<IngestJob> jobs)
    {
        foreach (var job in jobs)
        {
            try
            {
                await queue.ReleaseAsync(job, CancellationToken.None);
            }
            catch (StorageException)
            {
                // Its lease runs out and another worker claims it then.
            }
        }
    }

    private IngestSummary Summary(bool interrupted) => new(_added, _alreadyStored, _failed, interrupted);
}
