using System.Collections.Concurrent;
using Vigil.Documents;
using Vigil.Storage.Postgres;

namespace Vigil.Storage.Tests;

/// <summary>The ingest queue of a real PostgreSQL database: claims never overlap, leases run out, nothing is stored twice.</summary>
public sealed class PostgresIngestQueueTests : IAsyncLifetime
{
    private static readonly TimeSpan LongLease = TimeSpan.FromMinutes(10);
    private readonly List<PostgresArticleStore> _stores = [];
    private string? _database;

    private PostgresArticleStore Open()
    {
        _database ??= TestPostgres.CreateDatabase();
        var store = PostgresArticleStore.Open(_database);
        _stores.Add(store);
        return store;
    }

    private static List<Document> Articles(int count) =>
        [.. Enumerable.Range(0, count).Select(i => TestDocuments.Plain($"Report {i}: the minister said the talks would resume.", $"wire/{i:D3}.txt"))];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
            await store.DisposeAsync();
        if (_database is not null)
            TestPostgres.DropDatabase(_database);
    }

    [SkippableFact]
    public async Task A_job_carries_the_article_as_read_with_its_metadata_and_boilerplate()
    {
        var queue = new PostgresIngestQueue(Open(), "w1");
        var read = TestDocuments.Full() with
        {
            Layers = AnnotationLayers.Boilerplate,
            Boilerplate = [new BoilerplateSpan(new TextSpan(0, 7), BoilerplateKind.Caption)],
            Entities = [],
            Quotes = [],
        };

        await queue.EnqueueAsync([read]);
        var job = Assert.Single(await queue.ClaimAsync(10, LongLease));

        Assert.Equal(read.Text, job.Document.Text);
        Assert.Equal(read.Metadata, job.Document.Metadata);
        Assert.Equal(read.Boilerplate.ToArray(), job.Document.Boilerplate.ToArray());
        Assert.Equal(AnnotationLayers.Boilerplate, job.Document.Layers);
        Assert.Equal(1, job.Attempts);
    }

    [SkippableFact]
    public async Task A_text_queued_twice_or_already_stored_is_not_queued_again()
    {
        var store = Open();
        var queue = new PostgresIngestQueue(store, "w1");
        var articles = Articles(3);
        await store.StoreAsync(articles[2]);

        Assert.Equal(new EnqueueResult(2, 2), await queue.EnqueueAsync([articles[0], articles[1], articles[0], articles[2]]));
        Assert.Equal(new EnqueueResult(0, 2), await queue.EnqueueAsync([articles[0], articles[1]]));
        Assert.Equal(new QueueCounts(2, 0, 0, 0), await queue.CountAsync());
    }

    [SkippableFact]
    public async Task Workers_claiming_at_once_never_claim_the_same_job_and_leave_none()
    {
        var queue = new PostgresIngestQueue(Open(), "loader");
        await queue.EnqueueAsync(Articles(60));
        var claimed = new ConcurrentBag<(string Worker, long Job)>();

        async Task Work(string name)
        {
            var worker = new PostgresIngestQueue(Open(), name);
            while (await worker.ClaimAsync(3, LongLease) is { Count: > 0 } jobs)
            {
                foreach (var job in jobs)
                    claimed.Add((name, job.Key));
                await worker.CompleteBatchAsync(jobs, [.. jobs.Select(j => new ArticleToStore(j.Document))]);
            }
        }

        await Task.WhenAll(Enumerable.Range(1, 4).Select(i => Task.Run(() => Work($"w{i}"))));

        Assert.Equal(60, claimed.Count);
        Assert.Equal(60, claimed.Select(c => c.Job).Distinct().Count());
        Assert.Equal(60, (await _stores[0].CountAsync()).Articles);
        Assert.Equal(new QueueCounts(0, 0, 60, 0), await queue.CountAsync());
    }

    [SkippableFact]
    public async Task A_job_whose_lease_ran_out_is_claimed_again_and_its_article_still_stored_once()
    {
        var store = Open();
        var dead = new PostgresIngestQueue(store, "dead");
        var alive = new PostgresIngestQueue(Open(), "alive");
        await dead.EnqueueAsync(Articles(1));
        var lost = Assert.Single(await dead.ClaimAsync(5, TimeSpan.FromMilliseconds(300)));

        Assert.Empty(await alive.ClaimAsync(5, LongLease));
        await Task.Delay(600);
        var retaken = Assert.Single(await alive.ClaimAsync(5, LongLease));

        Assert.Equal((lost.Key, 2), (retaken.Key, retaken.Attempts));
        Assert.Equal(StoreOutcome.Added, (await alive.CompleteBatchAsync([retaken], [new(retaken.Document)])).Results[0].Outcome);
        // the first worker was only slow, not dead: its late completion stores nothing more
        Assert.Equal(StoreOutcome.AlreadyStored, (await dead.CompleteBatchAsync([lost], [new(lost.Document)])).Results[0].Outcome);
        Assert.Equal(1, (await store.CountAsync()).Articles);
        Assert.Equal(new QueueCounts(0, 0, 1, 0), await alive.CountAsync());
    }

    [SkippableFact]
    public async Task A_job_its_workers_keep_dying_on_is_failed_after_the_last_attempt()
    {
        var queue = new PostgresIngestQueue(Open(), "w1");
        await queue.EnqueueAsync(Articles(1));
        for (var attempt = 1; attempt <= PostgresIngestQueue.MaxAttempts; attempt++)
        {
            Assert.Equal(attempt, Assert.Single(await queue.ClaimAsync(1, TimeSpan.FromMilliseconds(50))).Attempts);
            await Task.Delay(150);
        }

        Assert.Empty(await queue.ClaimAsync(1, LongLease));
        Assert.Equal(new QueueCounts(0, 0, 0, 1), await queue.CountAsync());
    }

    [SkippableFact]
    public async Task A_failed_job_keeps_its_reason_and_a_released_one_goes_back_at_once()
    {
        var queue = new PostgresIngestQueue(Open(), "w1");
        await queue.EnqueueAsync(Articles(2));
        var jobs = await queue.ClaimAsync(2, LongLease);

        await queue.FailAsync(jobs[0], "analysis failed: test");
        await queue.ReleaseAsync(jobs[1]);

        Assert.Equal(new QueueCounts(1, 0, 0, 1), await queue.CountAsync());
        var again = Assert.Single(await new PostgresIngestQueue(_stores[0], "w2").ClaimAsync(2, LongLease));
        Assert.Equal((jobs[1].Key, 1), (again.Key, again.Attempts));
        Assert.Equal("analysis failed: test", TestPostgres.Scalar(_database!, $"SELECT error FROM ingest_jobs WHERE job_key = {jobs[0].Key}"));
    }
}
