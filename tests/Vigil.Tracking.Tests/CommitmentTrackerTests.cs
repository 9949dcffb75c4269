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

    private async Task<(ArticleTracking Report, SqliteArticleStore Store)> TrackPromiseThenReportAsync(string name, TrackingOptions options)
    {
        var store = SqliteArticleStore.Open(Path.Combine(Folder, name + ".db"));
        var tracker = new CommitmentTracker(store, new SentenceVectors(Model, store), options);
        var promise = Promise();
        var promiseTracking = await tracker.TrackAsync(promise, default);
        await store.StoreAsync(promise, promiseTracking);
        tracker.Commit(promise, promiseTracking);

        var report = Report();
        var reportTracking = await tracker.TrackAsync(report, default);
        await store.StoreAsync(report, reportTracking);
        tracker.Commit(report, reportTracking);
        return (reportTracking, store);
    }

    private static string[] Describe(ArticleTracking tracking) =>
    [
        .. tracking.Created.Select(c => $"new {c.Id} {c.Text}"),
        .. tracking.Statements.Select(s => $"states {s.TrackedId} {s.Ordinal} {s.Similarity}"),
        .. tracking.Evidence.Select(e => $"evidence {e.TrackedId} {e.ArticleId} {e.Source} {e.Ordinal} {e.Stance} {e.Score} {string.Join('|', e.Cues)}"),
    ];
}
