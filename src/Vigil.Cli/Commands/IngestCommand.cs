using System.CommandLine;
using Vigil.Cli.Actors;
using Vigil.Cli.Analysis;
using Vigil.Cli.Hosting;
using Vigil.Cli.Input;
using Vigil.Cli.Output;
using Vigil.Extraction;
using Vigil.Reading;
using Vigil.Storage;
using Vigil.Tracking;
using Vigil.Tracking.Embeddings;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil ingest</c>: read, analyse and store; the same text twice is stored once.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var database = VigilOptions.Database();
        var reading = new ReadingOptions();
        var actors = ActorsCommand.WatchListOption();
        var batchSize = new Option<int>("--batch-size")
        {
            Description = "Articles written per transaction; Ctrl-C stops after the batch being written.",
            HelpName = "N",
            DefaultValueFactory = _ => IngestOptions.Default.BatchSize,
            Validators =
            {
                result =>
                {
                    if (result.GetValueOrDefault<int>() is < 1 or > 100_000)
                        result.AddError("--batch-size must be between 1 and 100000.");
                },
            },
        };
        var command = new Command("ingest", "Analyse articles and store them with their quotes and entities in the database. " +
                                            "An article already stored (same text) is not stored again.");
        command.Add(database);
        command.Add(actors);
        command.Add(batchSize);
        reading.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!ActorsCommand.TryLoad(parse.GetValue(actors) ?? [], out var watched))
                return ExitCodes.Failed;
            var summary = await RunAsync(parse.GetValue(database)!, reading.GetPaths(parse), reading.ToReadOptions(parse, DefaultFetchState(parse.GetValue(database)!)), cancellationToken, watched,
                IngestOptions.Default with { BatchSize = parse.GetValue(batchSize) });
            if (summary.Interrupted)
                Console.Error.WriteLine("vigil: interrupted: stopped after the batch being written; every stored article is complete. " +
                                        "Run the same command again to go on: articles already stored are skipped.");
            Console.Out.WriteLine(summary);
            return summary.Interrupted ? ExitCodes.Interrupted
                : summary.Failed > 0 ? ExitCodes.Failed
                : ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Beside a SQLite database (news.db → news.db.fetch-state.json), so each database remembers what it has fetched.</summary>
    private static string? DefaultFetchState(string database) =>
        ArticleStores.IsPostgres(database) ? null : database + ".fetch-state.json";

    /// <param name="watched">Watch-list actors to resolve names to; they are stored with the articles' actors, for later ingests.</param>
    public static async Task<IngestSummary> RunAsync(string database, IReadOnlyList<string> paths, ReadOptions options, CancellationToken cancellationToken,
        IReadOnlyList<Vigil.Documents.Actor>? watched = null, IngestOptions? ingest = null)
    {
        Vigil.Extraction.Entities.Tagging.EntityTagger.LoadInBackground();   // on the other core, while the store and registry open
        var progress = options.Progress ?? ReadProgress.Measure(paths);
        options = options with { Progress = progress };
        await using var store = ArticleStores.Open(database);
        // the actors of earlier ingests and `actors add` take part, so one actor stays one across runs
        var registry = await ActorRegistries.FromStoreAsync(store, watched ?? [], cancellationToken);
        if (watched is { Count: > 0 })
            await store.SaveActorsAsync([.. registry.Actors.Where(a => a.Origin == Vigil.Documents.ActorOrigin.WatchList)], cancellationToken);
        var analyzer = new ArticleAnalyzer(VigilPipeline.CreateDefault(registry));
        var inputs = ArticleInputs.Read(paths, options);
        // the sentence model loads on the first comparison, so an ingest with no commitment to follow never loads it
        using var embedder = new MiniLmEmbedder();
        var tracker = new CommitmentTracker(store, new SentenceVectors(embedder, store));
        return await ArticleProgress.RunAsync((errors, onArticleDone) =>
            new Ingestion(store, analyzer, errors, new ActorLinking(store, registry), tracker, ingest).RunAsync(inputs, onArticleDone, cancellationToken),
            reading: progress);
    }
}
