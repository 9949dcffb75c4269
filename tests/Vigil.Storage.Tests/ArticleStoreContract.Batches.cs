using Vigil.Documents;

namespace Vigil.Storage.Tests;

/// <summary>Batched writes: one transaction per batch, each article all or nothing, one bad article never stopping the others.</summary>
public abstract partial class ArticleStoreContract
{
    [SkippableFact]
    public async Task A_batch_stores_in_order_and_stores_a_text_once_whether_stored_before_or_earlier_in_the_batch()
    {
        var store = Open();
        var before = TestDocuments.Plain("Stored before the batch.", "before.txt");
        await store.StoreAsync(before);
        var first = TestDocuments.Full();
        var second = TestDocuments.Plain("The second of the batch.", "second.txt");

        var results = await store.StoreBatchAsync([
            new ArticleToStore(first),
            new ArticleToStore(before),
            new ArticleToStore(second),
            new ArticleToStore(first with { Metadata = first.Metadata with { Source = "again.html" } }),
        ]);

        Assert.Equal([StoreOutcome.Added, StoreOutcome.AlreadyStored, StoreOutcome.Added, StoreOutcome.AlreadyStored], results.Select(r => r.Outcome));
        Assert.All(results, r => Assert.Null(r.Failure));
        Assert.Equal([first.ContentId, before.ContentId, second.ContentId, first.ContentId], results.Select(r => r.ArticleId));
        Assert.Equal(first.Quotes.Length, (await store.GetArticleAsync(first.ContentId))!.Document.Quotes.Length);
        var counts = await store.CountAsync();
        Assert.Equal(3, counts.Articles);
        Assert.Equal(first.Quotes.Length, counts.Quotes);
    }

    [SkippableFact]
    public async Task An_article_refused_by_validation_fails_alone_and_the_batch_goes_on()
    {
        var store = Open();
        var broken = TestDocuments.Full() with { Entities = [] };
        var good = TestDocuments.Plain("A good article.", "good.txt");
        var after = TestDocuments.Plain("Another good one.", "after.txt");

        var results = await store.StoreBatchAsync([new(good), new(broken), new(after)]);

        Assert.Equal(StoreOutcome.Added, results[0].Outcome);
        Assert.Null(results[1].Outcome);
        Assert.Contains("'e1'", results[1].Failure);
        Assert.Equal(StoreOutcome.Added, results[2].Outcome);
        Assert.Null(await store.GetArticleAsync(broken.ContentId));
        Assert.Equal(2, (await store.CountAsync()).Articles);
    }

    [SkippableFact]
    public async Task An_article_the_database_refuses_mid_write_is_undone_alone()
    {
        var store = Open();
        await MakeQuoteWritesFailAsync("Failing Speaker");
        var kept = TestDocuments.WithQuote("“We stay,” she said.", "Jane Roe", "kept.txt");
        // Quotes are written after the article row and its boilerplate: those must be undone with it.
        var failing = TestDocuments.WithQuote("Intro.\n\n“We leave,” he said.", "Failing Speaker", "failing.txt")
            with { Boilerplate = [new BoilerplateSpan(new TextSpan(0, 6), BoilerplateKind.Other)] };
        var last = TestDocuments.WithQuote("“We return,” they said.", "John Doe", "last.txt");

        var results = await store.StoreBatchAsync([new(kept), new(failing), new(last)]);

        Assert.Equal([StoreOutcome.Added, null, StoreOutcome.Added], results.Select(r => r.Outcome));
        Assert.NotNull(results[1].Failure);
        Assert.Null(await store.GetArticleAsync(failing.ContentId));
        Assert.Equal(new StoreCounts(2, 2, 2, 0, 0) { Stories = 2 }, await store.CountAsync());
    }

    [SkippableFact]
    public async Task A_cancelled_batch_writes_nothing_and_an_empty_batch_is_nothing()
    {
        var store = Open();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            store.StoreBatchAsync([new(TestDocuments.Plain("One.", "one.txt")), new(TestDocuments.Plain("Two.", "two.txt"))], cancelled.Token));

        Assert.Empty(await store.StoreBatchAsync([]));
        Assert.Equal(0, (await store.CountAsync()).Articles);
    }
}
