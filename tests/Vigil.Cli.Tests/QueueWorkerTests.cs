using Vigil.Cli.Actors;
using Vigil.Cli.Analysis;
using Vigil.Cli.Output;
using Vigil.Documents;
using Vigil.Extraction.Actors;
using Vigil.Language;
using Vigil.Pipeline;
using Vigil.Storage;
using Vigil.Storage.Postgres;
using Vigil.Storage.Tests;
using Vigil.Tracking;
using Vigil.Tracking.Embeddings;

namespace Vigil.Cli.Tests;

/// <summary>
/// The worker's loop in process, on a real PostgreSQL database: batches tracked and stored under the
/// tracking lock, the tracker kept while no other worker stored, and bad articles failing alone.
/// </summary>
public sealed class QueueWorkerTests : IAsyncLifetime
{
    private static readonly TimeSpan LongLease = TimeSpan.FromMinutes(10);
    private readonly StringWriter _errors = new();
    private readonly MiniLmEmbedder _model = new();
    private string? _database;
    private PostgresArticleStore _store = null!;
    private int _trackersMade;

    public async Task InitializeAsync()
    {
        _database = TestPostgres.CreateDatabase();
        _store = await PostgresArticleStore.OpenAsync(_database);
    }

    public async Task DisposeAsync()
    {
        if (_database is null)
            return;
        await _store.DisposeAsync();
        _model.Dispose();
        TestPostgres.DropDatabase(_database);
    }

    [SkippableFact]
    public async Task A_worker_keeps_its_tracker_and_lets_go_of_the_actors_other_workers_named()
    {
        var queue = new PostgresIngestQueue(_store, "w1");
        var worker = Worker(queue, batch: 2);

        await queue.EnqueueAsync(Articles(0, 6));
        Assert.Equal(new IngestSummary(6, 0, 0), await worker.RunAsync(null, CancellationToken.None));
        // three batches: the first made the tracker, the two after it kept it, no other worker having stored
        Assert.Equal((1, (2, 0)), (_trackersMade, worker.TrackerKept));

        // another worker stores an article naming two actors: this one's tracker may hold them as they were
        var other = new PostgresIngestQueue(_store, "w2");
        await other.EnqueueAsync(Articles(6, 1));
        var job = Assert.Single(await other.ClaimAsync(1, LongLease));
        var named = job.Document with
        {
            Layers = job.Document.Layers | AnnotationLayers.Entities,
            Entities = [Entity(job.Document, "Workers", "actor-a"), Entity(job.Document, "port", "actor-b")],
        };
        await _store.SaveActorsAsync([new Actor("actor-a", "The Workers", EntityType.Org, []), new Actor("actor-b", "The Port", EntityType.Org, [])]);
        await other.CompleteBatchAsync([job], [new ArticleToStore(named)]);

        await queue.EnqueueAsync(Articles(7, 4));
        Assert.Equal(new IngestSummary(10, 0, 0), await worker.RunAsync(null, CancellationToken.None));
        Assert.Equal((1, (4, 2)), (_trackersMade, worker.TrackerKept));
        Assert.Equal(11L, (await _store.CountAsync()).Articles);
        Assert.Empty(_errors.ToString());
    }

    [SkippableFact]
    public async Task A_batch_stores_its_good_articles_and_fails_the_bad_one_alone()
    {
        var queue = new PostgresIngestQueue(_store, "w1");
        var articles = Articles(0, 4);
        articles[2] = new Document("A report whose analysis puts a quote outside its text.", new ArticleMetadata("broken.txt"));
        await queue.EnqueueAsync(articles);

        var summary = await Worker(queue, batch: 4).RunAsync(null, CancellationToken.None);

        Assert.Equal(new IngestSummary(3, 0, 1), summary);
        Assert.Equal(3L, TestPostgres.Scalar(_database!, "SELECT count(*) FROM ingest_jobs WHERE status = 'done' AND outcome = 'added'"));
        Assert.Equal(1L, TestPostgres.Scalar(_database!, "SELECT count(*) FROM ingest_jobs WHERE status = 'failed' AND error LIKE '%quote%'"));
        Assert.Contains("broken.txt", _errors.ToString());
        Assert.Equal(3L, (await _store.CountAsync()).Articles);
    }

    [SkippableFact]
    public async Task Completing_a_batch_finishes_every_job_with_its_outcome_and_says_how_far_storing_went()
    {
        var queue = new PostgresIngestQueue(_store, "w1");
        var articles = Articles(0, 3);
        await queue.EnqueueAsync(articles);
        await _store.StoreAsync(articles[1]);
        var jobs = await queue.ClaimAsync(10, LongLease);
        // the third article's analysis went wrong: the store refuses it
        ArticleToStore Analysed(Document read) => read.Text == articles[2].Text
            ? new(read with { Quotes = [new Quote(new TextSpan(0, read.Text.Length + 5), QuoteKind.Direct)] })
            : new(read);

        var completion = await queue.CompleteBatchAsync(jobs, [.. jobs.Select(j => Analysed(j.Document))]);

        var outcomes = jobs.Select(j => j.Document.Text).Zip(completion.Results).ToDictionary(p => p.First, p => p.Second);
        Assert.Equal(StoreOutcome.Added, outcomes[articles[0].Text].Outcome);
        Assert.Equal(StoreOutcome.AlreadyStored, outcomes[articles[1].Text].Outcome);
        Assert.Null(outcomes[articles[2].Text].Outcome);
        Assert.Contains("quote", outcomes[articles[2].Text].Failure);
        var since = await queue.StoredSinceAsync(completion.StoredUpTo);
        Assert.Equal((0, completion.StoredUpTo), (since.ActorIds.Count, since.StoredUpTo));
        Assert.Equal((long)TestPostgres.Scalar(_database!, "SELECT max(article_key) FROM articles")!, completion.StoredUpTo);
        Assert.Equal(new QueueCounts(0, 0, 2, 1), await queue.CountAsync());
        Assert.Equal(["added", "already-stored"], ((string[])TestPostgres.Scalar(_database!,
            "SELECT array_agg(outcome ORDER BY outcome) FROM ingest_jobs WHERE status = 'done'")!));
    }

    private static Entity Entity(Document document, string name, string actorId)
    {
        var at = document.Text.IndexOf(name, StringComparison.Ordinal);
        return new Entity(actorId, name, EntityType.Org, [], [new TextSpan(at, at + name.Length)], []) { ActorId = actorId };
    }

    private QueueWorker Worker(PostgresIngestQueue queue, int batch)
    {
        var analyzer = new ArticleAnalyzer(new PipelineBuilder().UseLanguage().UseCleaning().UseStorySignatures().Use(new QuoteOutsideText()).Build(), degreeOfParallelism: 2);
        var vectors = new SentenceVectors(_model, _store);
        return new QueueWorker(queue, analyzer, new ErrorReporter(_errors), new ActorLinking(_store, ActorRegistry.Create([])),
            () =>
            {
                _trackersMade++;
                return new CommitmentTracker(_store, vectors);
            },
            new WorkerOptions(batch, LongLease, Follow: false, Poll: TimeSpan.FromSeconds(1)));
    }

    private static List<Document> Articles(int from, int count) =>
        [.. Enumerable.Range(from, count).Select(i => new Document(
            $"Report number {i} from the harbour.\n\nWorkers at pier {i} unloaded {i * 7 % 97} containers on shift {i % 3}, the port said.",
            new ArticleMetadata($"article-{i:D4}.txt")))];

    /// <summary>Puts a quote past the end of the texts that ask for it, as a stage with a bug would.</summary>
    private sealed class QuoteOutsideText : IDocumentStage
    {
        public string Name => "quote outside text";
        public AnnotationLayers Requires => AnnotationLayers.None;
        public AnnotationLayers Provides => AnnotationLayers.None;

        public Document Process(Document document) =>
            document.Text.Contains("quote outside its text", StringComparison.Ordinal)
                ? document with { Quotes = [new Quote(new TextSpan(0, document.Text.Length + 5), QuoteKind.Direct)] }
                : document;
    }
}
