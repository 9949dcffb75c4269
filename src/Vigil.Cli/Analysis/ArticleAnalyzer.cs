using Vigil.Documents;
using Vigil.Pipeline;
using Vigil.Reading;

namespace Vigil.Cli.Analysis;

/// <summary>What became of one input: an analysed article (with whatever the command prepared from it) or a failure to report.</summary>
public abstract record ArticleOutcome(string Source);

public sealed record AnalyzedArticle<TPrepared>(Document Document, TPrepared Prepared) : ArticleOutcome(Document.Metadata.Source);

public sealed record FailedArticle(string Source, string Reason) : ArticleOutcome(Source);

/// <summary>A read article left unanalysed because the command has no use for it (ingest: its text is already stored).</summary>
public sealed record SkippedArticle(string Source) : ArticleOutcome(Source);

/// <summary>
/// Runs the analysis pipeline over read articles on every core, in input order, and turns a stage
/// that throws on one article into a failure for that article alone, so one odd text never stops a batch.
/// </summary>
public sealed class ArticleAnalyzer(AnalysisPipeline pipeline, int? degreeOfParallelism = null)
{
    private readonly int _window = 2 * (degreeOfParallelism ?? Environment.ProcessorCount);

    /// <summary>The most articles in analysis at once (two per thread), so that a caller can bound what it holds.</summary>
    public int Window => _window;

    /// <param name="prepare">
    /// Work to do on the analysed document while still on a worker thread (serialising it, say),
    /// so that the ordered, single-threaded consumer only has to write.
    /// </param>
    public IAsyncEnumerable<ArticleOutcome> AnalyzeAsync(IEnumerable<ReadOutcome> inputs, CancellationToken cancellationToken)
        => AnalyzeAsync<Document>(inputs, static document => document, cancellationToken);

    public IAsyncEnumerable<ArticleOutcome> AnalyzeAsync<TPrepared>(
        IEnumerable<ReadOutcome> inputs, Func<Document, TPrepared> prepare, CancellationToken cancellationToken)
        => OrderedParallel.MapAsync(inputs, input => Analyze(input, prepare), _window, cancellationToken);

    /// <param name="skip">
    /// Asked of each read article as it comes from the reader, on the reading thread (it may block,
    /// as reading does); an article it says yes to is passed on as a <see cref="SkippedArticle"/>.
    /// </param>
    public IAsyncEnumerable<ArticleOutcome> AnalyzeAsync(IEnumerable<ReadOutcome> inputs, Func<Document, bool> skip, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(skip);
        var marked = inputs.Select(input => (Input: input, Skip: input is ArticleRead read && skip(read.Document)));
        return OrderedParallel.MapAsync(marked,
            item => item.Skip ? new SkippedArticle(item.Input.Source) : Analyze(item.Input, static document => document),
            _window, cancellationToken);
    }

    private ArticleOutcome Analyze<TPrepared>(ReadOutcome input, Func<Document, TPrepared> prepare)
    {
        switch (input)
        {
            case ReadFailure failure:
                return new FailedArticle(failure.Source, failure.Reason);
            case PageToExtract page:
                return Analyze(page.Extract(), prepare);
            case ArticleRead read:
                try
                {
                    var analyzed = pipeline.Process(read.Document);
                    return new AnalyzedArticle<TPrepared>(analyzed, prepare(analyzed));
                }
                catch (Exception ex) when (ex is not OutOfMemoryException)
                {
                    return new FailedArticle(read.Source, $"analysis failed: {ErrorText.Describe(ex)}");
                }
            default:
                throw new InvalidOperationException($"Unknown read outcome {input.GetType().Name}.");
        }
    }
}
