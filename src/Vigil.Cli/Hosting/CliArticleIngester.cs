using Vigil.Cli.Actors;
using Vigil.Cli.Analysis;
using Vigil.Cli.Input;
using Vigil.Cli.Output;
using Vigil.Extraction;
using Vigil.Reading;
using Vigil.Storage;
using Vigil.Tracking;
using Vigil.Tracking.Embeddings;
using Vigil.Web.Uploads;

namespace Vigil.Cli.Hosting;

/// <summary>
/// The web app's uploads ingested by the code <c>vigil ingest</c> runs: the same reader and limits,
/// pipeline, actor linking, commitment tracking and store. The files of one upload are one run
/// (actors and commitments carry from file to file), counted and reported file by file.
/// </summary>
public sealed class CliArticleIngester : IArticleIngester
{
    public async Task IngestAsync(IArticleStore store, IReadOnlyList<UploadedFile> files, IIngestObserver observer, CancellationToken cancellationToken)
    {
        // The actors stored so far (watch lists, earlier ingests) take part, as in `vigil ingest`.
        var registry = await ActorRegistries.FromStoreAsync(store, [], cancellationToken);
        var analyzer = new ArticleAnalyzer(VigilPipeline.CreateDefault(registry));
        var actors = new ActorLinking(store, registry);
        using var embedder = new MiniLmEmbedder();
        var tracker = new CommitmentTracker(store, new SentenceVectors(embedder, store));
        for (var i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var file = files[i];
            var index = i;
            observer.FileStarted(index);
            // The reader names what failed by its path: the user knows the file by its own name.
            var reporter = new ErrorReporter(line =>
            {
                var text = line.StartsWith("vigil: ", StringComparison.Ordinal) ? line["vigil: ".Length..] : line;
                text = text.Replace(file.Path, file.Name, StringComparison.Ordinal);
                var split = text.IndexOf(": ", StringComparison.Ordinal);
                observer.ArticleFailed(index, split < 0 ? file.Name : text[..split], split < 0 ? text : text[(split + 2)..]);
            });
            var summary = await new Ingestion(store, analyzer, reporter, actors, tracker)
                .RunAsync(ArticleInputs.Read([file.Path], new ReadOptions()), () => observer.ArticleDone(index), cancellationToken);
            observer.FileFinished(index, summary.Added, summary.AlreadyStored, summary.Failed);
            if (summary.Interrupted)
                return;
        }
    }
}
