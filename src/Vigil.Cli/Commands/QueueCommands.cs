using System.CommandLine;
using Vigil.Cli.Actors;
using Vigil.Cli.Analysis;
using Vigil.Cli.Input;
using Vigil.Cli.Output;
using Vigil.Documents;
using Vigil.Extraction;
using Vigil.Reading;
using Vigil.Storage;
using Vigil.Storage.Postgres;
using Vigil.Tracking;
using Vigil.Tracking.Embeddings;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil enqueue</c> and <c>vigil worker</c>: ingest through a PostgreSQL database's queue, so that
/// worker processes on any number of machines share one backlog and no article is stored twice.
/// </summary>
public static class QueueCommands
{
    // Enough articles per COPY that the round trips vanish, few enough that memory stays flat.
    private const int EnqueueBatch = 500;
    // A batch is tracked and stored under one take of the tracking lock: large enough that taking it,
    // checking whether another worker stored since, and one transaction weigh little per article.
    private const int DefaultBatch = 32;

    public static Command CreateEnqueue()
    {
        var database = PostgresDatabase();
        var reading = new ReadingOptions();
        var command = new Command("enqueue", "Read articles and put them on the ingest queue of a PostgreSQL database, for `vigil worker` " +
                                             "processes to analyse and store. A text already queued or stored is not queued again.");
        command.Add(database);
        reading.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var db = parse.GetValue(database)!;
            if (!ArticleStores.IsPostgres(db))
                return NotPostgres(db);
            await using var store = await PostgresArticleStore.OpenAsync(db, cancellationToken: cancellationToken);
            var queue = new PostgresIngestQueue(store, WorkerName());
            var inputs = ArticleInputs.Read(reading.GetPaths(parse), reading.ToReadOptions(parse));
            var summary = await ArticleProgress.RunAsync((errors, onArticleDone) => EnqueueAsync(queue, inputs, errors, onArticleDone, cancellationToken));
            Console.Out.WriteLine(summary);
            return summary.Interrupted ? ExitCodes.Interrupted : summary.Failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }

    public static Command CreateWorker()
    {
        var database = PostgresDatabase();
        var batch = new Option<int>("--batch")
        {
            Description = $"Jobs claimed at a time, tracked and stored together [default: {DefaultBatch}].",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultBatch,
            Validators = { result => { if (result.GetValueOrDefault<int>() < 1) result.AddError("--batch must be at least 1."); } },
        };
        var lease = new Option<int>("--lease")
        {
            Description = "Seconds a claimed job stays this worker's; after that, should the worker have died, another claims it.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 600,
            Validators = { result => { if (result.GetValueOrDefault<int>() < 1) result.AddError("--lease must be at least 1 second."); } },
        };
        var follow = new Option<bool>("--follow")
        {
            Description = "When the queue is empty, wait for new jobs (until Ctrl-C) instead of stopping.",
        };
        var poll = new Option<int>("--poll")
        {
            Description = "With --follow, seconds between looks at an empty queue.",
            HelpName = "SECONDS",
            DefaultValueFactory = _ => 5,
            Validators = { result => { if (result.GetValueOrDefault<int>() < 1) result.AddError("--poll must be at least 1 second."); } },
        };
        var name = new Option<string>("--name")
        {
            Description = "The worker's name in the queue [default: HOST:PID].",
            HelpName = "NAME",
        };
        var command = new Command("worker", "Analyse and store the articles queued by `vigil enqueue` in a PostgreSQL database. " +
                                            "Run any number of workers, on any machines: each job is done once, and a worker's " +
                                            "unfinished jobs go to the others when it stops or dies.");
        command.Add(database);
        command.Add(batch);
        command.Add(lease);
        command.Add(follow);
        command.Add(poll);
        command.Add(name);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var db = parse.GetValue(database)!;
            if (!ArticleStores.IsPostgres(db))
                return NotPostgres(db);
            var options = new WorkerOptions(
                parse.GetValue(batch),
                TimeSpan.FromSeconds(parse.GetValue(lease)),
                parse.GetValue(follow),
                TimeSpan.FromSeconds(parse.GetValue(poll)));
            var summary = await RunWorkerAsync(db, parse.GetValue(name) ?? WorkerName(), options, cancellationToken);
            Console.Out.WriteLine(summary);
            return summary.Interrupted ? ExitCodes.Interrupted : summary.Failed > 0 ? ExitCodes.Failed : ExitCodes.Success;
        });
        return command;
    }

    public static async Task<IngestSummary> RunWorkerAsync(string db, string name, WorkerOptions options, CancellationToken cancellationToken)
    {
        Vigil.Extraction.Entities.Tagging.EntityTagger.LoadInBackground();   // on the other core, while the store and registry open
        await using var store = await PostgresArticleStore.OpenAsync(db, cancellationToken: cancellationToken);
        var queue = new PostgresIngestQueue(store, name);
        // the actors stored by `actors add` and by every ingest so far take part, as in `vigil ingest`
        var registry = await ActorRegistries.FromStoreAsync(store, [], cancellationToken);
        var analyzer = new ArticleAnalyzer(VigilPipeline.CreateDefault(registry));
        // the sentence model loads on the first comparison, so a worker with no commitment to follow never loads it
        using var embedder = new MiniLmEmbedder();
        var vectors = new SentenceVectors(embedder, store);
        return await ArticleProgress.RunAsync((errors, onArticleDone) =>
            new QueueWorker(queue, analyzer, errors, new ActorLinking(store, registry), () => new CommitmentTracker(store, vectors), options)
                .RunAsync(onArticleDone, cancellationToken));
    }

    private static async Task<EnqueueSummary> EnqueueAsync(PostgresIngestQueue queue, IEnumerable<ReadOutcome> inputs, ErrorReporter errors,
        Action onArticleDone, CancellationToken cancellationToken)
    {
        int queued = 0, already = 0, failed = 0;
        var batch = new List<Document>(EnqueueBatch);
        async Task FlushAsync()
        {
            var result = await queue.EnqueueAsync(batch, cancellationToken);
            queued += result.Queued;
            already += result.AlreadyQueued;
            batch.Clear();
        }
        try
        {
            foreach (var input in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (input)
                {
                    case ArticleRead read:
                        batch.Add(read.Document);
                        if (batch.Count == EnqueueBatch)
                            await FlushAsync();
                        break;
                    case ReadFailure failure:
                        failed++;
                        errors.Report(failure.Source, failure.Reason);
                        break;
                }
                onArticleDone();
            }
            await FlushAsync();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // each batch is one transaction: what was queued stays queued
            return new EnqueueSummary(queued, already, failed, Interrupted: true);
        }
        return new EnqueueSummary(queued, already, failed);
    }

    private static Option<string> PostgresDatabase() => new("--db")
    {
        Description = "The PostgreSQL database whose queue to use: postgres://USER:PASSWORD@HOST:PORT/NAME or an Npgsql connection string.",
        HelpName = "DB",
        Required = true,
    };

    private static int NotPostgres(string db)
    {
        Console.Error.WriteLine($"vigil: {ErrorText.OneLine(ArticleStores.Describe(db))}: the ingest queue lives in a PostgreSQL database " +
                                "(--db postgres://...); with a SQLite file, `vigil ingest` analyses and stores in one process");
        return ExitCodes.Usage;
    }

    private static string WorkerName() => $"{Environment.MachineName}:{Environment.ProcessId}";
}

public sealed record EnqueueSummary(int Queued, int AlreadyQueued, int Failed, bool Interrupted = false)
{
    public override string ToString() =>
        $"queued {Queued} {(Queued == 1 ? "article" : "articles")}: {AlreadyQueued} already queued or stored, {Failed} failed" + (Interrupted ? " (interrupted)" : "");
}
