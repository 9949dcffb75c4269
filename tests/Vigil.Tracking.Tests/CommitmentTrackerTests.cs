using Vigil.Documents;
using Vigil.Storage;
using Vigil.Storage.Sqlite;
using Vigil.Tracking.Embeddings;
using static Vigil.Storage.Tests.TrackingDocuments;

namespace Vigil.Tracking.Tests;

/// <summary>The tracker over a real SQLite store and the real sentence model.</summary>
public sealed class CommitmentTrackerTests : ModelAndFolder
{
    [Fact]
    public async Task A_report_is_found_to_break_a_promise_stored_before_and_the_vectors_are_stored_with_it()
    {
        var (tracking, store) = await TrackPromiseThenReportAsync("all-held", TrackingOptions.Default);

        var breach = Assert.Single(tracking.Evidence, e => e.Stance == EvidenceStance.Contradicts);
        Assert.Equal(CommitmentTracker.NewId(Promise().ContentId, 0), breach.TrackedId);
        Assert.Contains("stopped", breach.Cues);
        Assert.NotNull(tracking.Vectors);
        Assert.NotEmpty(await store.GetVectorsAsync(Model.Model, [.. tracking.Vectors.ByTextHash.Keys]));
        await store.DisposeAsync();
    }

    [Fact]
    public async Task An_actor_let_go_is_read_again_from_the_store_and_decided_the_same()
    {
        var (held, heldStore) = await TrackPromiseThenReportAsync("all-held", TrackingOptions.Default);
        // one actor held: the promise's actors, not met in the article before the report's, are let go and read again
        var (readAgain, readStore) = await TrackPromiseThenReportAsync("one-held", TrackingOptions.Default with { ActorsHeld = 1 });

        Assert.NotEmpty(held.Evidence);
        Assert.Equal(Describe(held), Describe(readAgain));
        await heldStore.DisposeAsync();
        await readStore.DisposeAsync();
    }

    [Fact]
    public async Task An_actor_let_go_after_another_writer_named_it_is_read_again_with_what_that_writer_stored()
    {
        await using var store = SqliteArticleStore.Open(Path.Combine(Folder, "two-writers.db"));
        var vectors = new SentenceVectors(Model, store);
        var mine = new CommitmentTracker(store, vectors);
        var others = new CommitmentTracker(store, vectors);
        // this writer meets the Taliban first, when nothing is tracked of them
        await TrackAndStoreAsync(mine, store, Report());
        // another writer stores the Taliban's promise
        await TrackAndStoreAsync(others, store, Promise());
        var promiseId = CommitmentTracker.NewId(Promise().ContentId, 0);
        var restated = Promise(PromiseText + " Talks go on.");

        var unaware = await mine.TrackAsync(restated, default);
        mine.LetGo([TalibanActor]);
        var aware = await mine.TrackAsync(restated, default);

        // holding the Taliban as it first met them, this writer would track the promise a second time
        Assert.Contains(unaware.Created, c => c.ActorId == TalibanActor);
        Assert.DoesNotContain(aware.Created, c => c.ActorId == TalibanActor);
        Assert.Contains(aware.Statements, s => s.TrackedId == promiseId && s.Ordinal == 0);
    }

    private async Task<(ArticleTracking Report, SqliteArticleStore Store)> TrackPromiseThenReportAsync(string name, TrackingOptions options)
    {
        var store = SqliteArticleStore.Open(Path.Combine(Folder, name + ".db"));
        var tracker = new CommitmentTracker(store, new SentenceVectors(Model, store), options);
        await TrackAndStoreAsync(tracker, store, Promise());
        return (await TrackAndStoreAsync(tracker, store, Report()), store);
    }

    /// <summary>What a single writer does with each article: decide, store with the decision, then tell the tracker.</summary>
    private static async Task<ArticleTracking> TrackAndStoreAsync(CommitmentTracker tracker, IArticleStore store, Document article)
    {
        var tracking = await tracker.TrackAsync(article, default);
        await store.StoreAsync(article, tracking);
        tracker.Commit(article, tracking);
        return tracking;
    }

    private static string[] Describe(ArticleTracking tracking) =>
    [
        .. tracking.Created.Select(c => $"new {c.Id} {c.Text}"),
        .. tracking.Statements.Select(s => $"states {s.TrackedId} {s.Ordinal} {s.Similarity}"),
        .. tracking.Evidence.Select(e => $"evidence {e.TrackedId} {e.ArticleId} {e.Source} {e.Ordinal} {e.Stance} {e.Score} {string.Join('|', e.Cues)}"),
    ];
}
