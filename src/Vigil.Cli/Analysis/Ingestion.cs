using Vigil.Cli.Actors;
using Vigil.Cli.Output;
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

/// <summary>
/// Read → analyse (in parallel) → store (one writer, one transaction per article). An article the
/// store refuses is reported and skipped like one that could not be read, so the batch goes on.
/// With <paramref name="actors"/>, each article's entities are linked to actors across articles first;
/// with <paramref name="tracker"/>, its commitments are then tracked across articles, and the
/// tracker's decisions are stored in the article's transaction.
/// </summary>
public sealed class Ingestion(IArticleStore store, ArticleAnalyzer analyzer, ErrorReporter errors, ActorLinking? actors = null, CommitmentTracker? tracker = null)
{
    private int _added, _alreadyStored, _failed;

    public async Task<IngestSummary> RunAsync(IEnumerable<ReadOutcome> inputs, Action? onArticleDone, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var outcome in analyzer.AnalyzeAsync(inputs, cancellationToken))
            {
                await HandleAsync(outcome, cancellationToken);
                onArticleDone?.Invoke();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Each article is its own transaction, so what was stored stays stored; say how far it got.
            return new IngestSummary(_added, _alreadyStored, _failed, Interrupted: true);
        }
        return new IngestSummary(_added, _alreadyStored, _failed);
    }

    private async Task HandleAsync(ArticleOutcome outcome, CancellationToken cancellationToken)
    {
        switch (outcome)
        {
            case AnalyzedArticle<Document> article:
                try
                {
                    var document = actors is null ? article.Document : await actors.LinkAsync(article.Document, cancellationToken);
                    var tracking = tracker is null ? ArticleTracking.None : await tracker.TrackAsync(document, cancellationToken);
                    if (await store.StoreAsync(document, tracking, cancellationToken) == StoreOutcome.Added)
                    {
                        tracker?.Commit(document, tracking);
                        _added++;
                    }
                    else
                        _alreadyStored++;
                }
                catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
                {
                    _failed++;
                    errors.Report(article.Source, $"not stored: {ErrorText.Describe(ex)}");
                }
                break;
            case FailedArticle failure:
                _failed++;
                errors.Report(failure.Source, failure.Reason);
                break;
        }
    }
}
