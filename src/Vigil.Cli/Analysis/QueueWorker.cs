using Vigil.Cli.Actors;
using Vigil.Cli.Output;
using Vigil.Documents;
using Vigil.Reading;
using Vigil.Storage;
using Vigil.Storage.Postgres;
using Vigil.Tracking;

namespace Vigil.Cli.Analysis;

/// <param name="Batch">Jobs claimed at a time: enough to keep every core analysing.</param>
/// <param name="Lease">How long a claimed job is this worker's; past it another worker may claim it.</param>
/// <param name="Follow">Wait for new jobs when the queue is empty, instead of stopping.</param>
public sealed record WorkerOptions(int Batch, TimeSpan Lease, bool Follow, TimeSpan Poll);

/// <summary>
/// <c>vigil worker</c>'s loop: claim a batch of jobs, analyse them on every core, then for each in
/// turn link its actors, track its commitments and store it — marking its job done in the same
/// transaction. Tracking and storing hold the queue's tracking lock, so that workers on several
/// machines track commitments one article at a time, each seeing what the others stored; a fresh
/// tracker per article reads that state from the database. A bad article fails its job alone.
/// On Ctrl-C the jobs claimed but not stored are handed back for other workers.
/// </summary>
public sealed class QueueWorker(PostgresIngestQueue queue, ArticleAnalyzer analyzer, ErrorReporter errors, ActorLinking actors,
    Func<CommitmentTracker> newTracker, WorkerOptions options)
{
    private int _added, _alreadyStored, _failed;

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

            var finished = 0;
            try
            {
                await foreach (var outcome in analyzer.AnalyzeAsync(jobs.Select(j => (ReadOutcome)new ArticleRead(j.Document)), cancellationToken))
                {
                    await HandleAsync(jobs[finished], outcome, cancellationToken);
                    finished++;
                    onArticleDone?.Invoke();
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                foreach (var job in jobs.Skip(finished))
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
                return Summary(interrupted: true);
            }
        }
    }

    private async Task HandleAsync(IngestJob job, ArticleOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case AnalyzedArticle<Document> article:
                try
                {
                    var document = await actors.LinkAsync(article.Document, cancellationToken);
                    StoreOutcome stored;
                    await using (await queue.LockTrackingAsync(cancellationToken))
                    {
                        var tracking = await newTracker().TrackAsync(document, cancellationToken);
                        stored = await queue.CompleteAsync(job, document, tracking, cancellationToken);
                    }
                    if (stored == StoreOutcome.Added) _added++;
                    else _alreadyStored++;
                }
                catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
                {
                    _failed++;
                    var reason = $"not stored: {ErrorText.Describe(ex)}";
                    errors.Report(article.Source, reason);
                    await queue.FailAsync(job, reason, cancellationToken);
                }
                break;
            case FailedArticle failure:
                _failed++;
                errors.Report(failure.Source, failure.Reason);
                await queue.FailAsync(job, failure.Reason, cancellationToken);
                break;
        }
    }

    private IngestSummary Summary(bool interrupted) => new(_added, _alreadyStored, _failed, interrupted);
}
