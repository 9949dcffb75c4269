using Vigil.Documents;
using static Vigil.Storage.Tests.TrackingDocuments;

namespace Vigil.Storage.Tests;

/// <summary>Watch lists and their alerts: what every store must do with them.</summary>
public abstract partial class ArticleStoreContract
{
    [SkippableFact]
    public async Task A_watch_list_holds_known_actors_and_commitments_per_account_once_each()
    {
        var store = Open();
        var promise = Promise();
        await store.StoreAsync(promise, PromiseTracking(promise));

        Assert.True(await store.AddWatchAsync("anna", WatchKind.Actor, TalibanActor));
        Assert.True(await store.AddWatchAsync("anna", WatchKind.Commitment, "tc-promise"));
        var first = await store.ListWatchesAsync("anna");
        Assert.True(await store.AddWatchAsync("ANNA", WatchKind.Actor, TalibanActor));
        Assert.False(await store.AddWatchAsync("anna", WatchKind.Actor, "nobody"));
        Assert.False(await store.AddWatchAsync("anna", WatchKind.Commitment, TalibanActor));

        var watches = await store.ListWatchesAsync("anna");
        Assert.Equal(first, watches);
        Assert.Equal([(WatchKind.Actor, TalibanActor, "Taliban"), (WatchKind.Commitment, "tc-promise", "allow Afghans to leave the country")],
            watches.Select(w => (w.Kind, w.TargetId, w.Name)).OrderBy(w => w.Kind));
        Assert.Empty(await store.ListWatchesAsync("vera"));

        Assert.True(await store.RemoveWatchAsync("anna", WatchKind.Actor, TalibanActor));
        Assert.False(await store.RemoveWatchAsync("anna", WatchKind.Actor, TalibanActor));
        Assert.Equal([WatchKind.Commitment], (await store.ListWatchesAsync("anna")).Select(w => w.Kind));
    }

    [SkippableFact]
    public async Task Alerts_are_the_quotes_events_and_evidence_of_articles_stored_since_the_watch_began()
    {
        var store = Open();
        var promise = Promise();
        await store.StoreAsync(promise, PromiseTracking(promise));
        await store.AddWatchAsync("anna", WatchKind.Actor, TalibanActor);
        await store.AddWatchAsync("anna", WatchKind.Commitment, "tc-promise");
        await store.AddWatchAsync("vera", WatchKind.Actor, UnitedStatesActor);
        // Stored before the watches: the promise's quote naming the Taliban raises nothing.
        Assert.Empty(await store.ListAlertsAsync("anna", 50));

        var report = Report();
        // The commander's words, spoken by the Taliban (entity e1).
        report = report with { Quotes = report.Quotes.SetItem(1, report.Quotes[1] with { SpeakerId = "e1" }) };
        await store.StoreAsync(report, ReportTracking(report));

        var alerts = await store.ListAlertsAsync("anna", 50);
        Assert.Equal(
            [
                (AlertSource.Event, WatchKind.Actor, 0, "Taliban fighters stopped hundreds of Afghans from boarding evacuation flights at Kabul airport on Tuesday", "coerce"),
                (AlertSource.Evidence, WatchKind.Commitment, 0, "Taliban fighters stopped hundreds of Afghans from boarding evacuation flights at Kabul airport on Tuesday", "contradicts"),
                (AlertSource.Evidence, WatchKind.Commitment, 1, "“We will not let them go,”", "mentions"),
                (AlertSource.Quote, WatchKind.Actor, 1, "“We will not let them go,”", "a Taliban commander"),
            ],
            alerts.Select(a => (a.Source, a.Watch.Kind, a.Ordinal, a.Text, a.Detail)));
        Assert.All(alerts, a => Assert.Equal(report.ContentId, a.Article.Id));
        Assert.Equal(report[report.Quotes[1].Span], alerts[3].Text);
        Assert.Equal([null, EvidenceSource.Event, EvidenceSource.Quote, null], alerts.Select(a => a.EvidenceSource));
        Assert.Equal("Taliban", alerts[0].Watch.Name);
        Assert.Single(await store.ListAlertsAsync("anna", 1));
        Assert.Empty(await store.ListAlertsAsync("vera", 50));
        Assert.Empty(await store.ListAlertsAsync("nobody", 50));
    }
}
