using Vigil.Documents;
using static Vigil.Storage.Tests.TrackingDocuments;

namespace Vigil.Storage.Tests;

/// <summary>Commitments, events and tracked commitments: what every store must do with them.</summary>
public abstract partial class ArticleStoreContract
{
    [SkippableFact]
    public async Task Commitments_and_events_read_back_field_by_field_and_are_counted()
    {
        var store = Open();
        var promise = Promise();
        var report = Report();

        await store.StoreAsync(promise);
        await store.StoreAsync(report);
        var copy = (await store.GetArticleAsync(promise.ContentId))!.Document;
        var reportCopy = (await store.GetArticleAsync(report.ContentId))!.Document;

        Assert.Equal(promise.Commitments.ToArray(), copy.Commitments.ToArray());
        Assert.True(copy.Has(AnnotationLayers.Commitments | AnnotationLayers.Events));
        Assert.Equal(promise.Events.Length, copy.Events.Length);
        AssertSameEvent(promise.Events[0], copy.Events[0]);
        AssertSameEvent(report.Events[0], reportCopy.Events[0]);
        Assert.Empty(reportCopy.Commitments);
        var counts = await store.CountAsync();
        Assert.Equal((2L, 2L), (counts.Commitments, counts.Events));
    }

    private static void AssertSameEvent(NewsEvent expected, NewsEvent actual)
    {
        Assert.Equal(expected.Actors.ToArray(), actual.Actors.ToArray());
        Assert.Equal(expected.Figures.ToArray(), actual.Figures.ToArray());
        Assert.Equal(expected with { Actors = [], Figures = [] }, actual with { Actors = [], Figures = [] });
    }

    [SkippableFact]
    public async Task Tracking_is_stored_with_its_article_and_lists_statements_evidence_and_status()
    {
        var store = Open();
        var promise = Promise();
        var report = Report();

        await store.StoreAsync(promise, PromiseTracking(promise));
        await store.StoreAsync(report, ReportTracking(report));
        var tracked = await store.ListTrackedCommitmentsAsync();

        Assert.Equal(["Taliban", "United States"], tracked.Select(t => t.ActorName));
        var kept = tracked[0];
        Assert.Equal(("tc-promise", TalibanActor, CommitmentKind.Promise, "allow Afghans to leave the country"), (kept.Id, kept.ActorId, kept.Kind, kept.Text));
        Assert.Equal(CommitmentStatus.NotYetRated, kept.Status);
        var statement = Assert.Single(kept.Statements);
        Assert.Equal(new ArticleRef(promise.ContentId, null, "Taliban promise to let Afghans leave", new DateOnly(2021, 9, 1)), statement.Article);
        Assert.Equal((0, promise.Commitments[0].Span, "allow Afghans to leave the country"), (statement.Ordinal, statement.Span, statement.Text));
        Assert.Equal(2, kept.Evidence.Length);
        var contradiction = kept.Evidence.Single(e => e.Stance == EvidenceStance.Contradicts);
        Assert.Equal(new ArticleRef(report.ContentId, "report-1", "Taliban stop Afghans at Kabul airport", new DateOnly(2021, 9, 8)), contradiction.Article);
        Assert.Equal("report-1", contradiction.Article.ContractId);
        Assert.Equal((EvidenceSource.Event, 0, report.Events[0].Span), (contradiction.Source, contradiction.Ordinal, contradiction.Span));
        Assert.Equal(report[report.Events[0].Span], contradiction.Text);
        Assert.Equal(0.71, contradiction.Score, 6);
        Assert.Equal(["stopped … from"], contradiction.Cues.ToArray());
        Assert.Empty(tracked[1].Evidence);

        var links = await store.GetArticleCommitmentLinksAsync(report.ContentId);
        Assert.Empty(links.Statements);
        Assert.Equal([(EvidenceSource.Event, 0, EvidenceStance.Contradicts), (EvidenceSource.Quote, 1, EvidenceStance.Mentions)],
            links.Evidence.Select(e => (e.Source, e.Ordinal, e.Stance)));
        Assert.All(links.Evidence, e => Assert.Equal(("tc-promise", "Taliban", "allow Afghans to leave the country"), (e.TrackedId, e.ActorName, e.TrackedText)));
        var own = await store.GetArticleCommitmentLinksAsync(promise.ContentId);
        Assert.Equal([(0, "tc-promise"), (1, "tc-threat")], own.Statements.Select(s => (s.Ordinal, s.TrackedId)));
    }

    [SkippableFact]
    public async Task An_article_stored_again_writes_no_tracking()
    {
        var store = Open();
        var promise = Promise();
        await store.StoreAsync(promise, PromiseTracking(promise));
        var before = await store.ListTrackedCommitmentsAsync();

        var again = new ArticleTracking([new NewTrackedCommitment("tc-other", TalibanActor, "Taliban", CommitmentKind.Promise, false, "x")],
            [new StatementLink("tc-other", 0, 1)], []);
        Assert.Equal(StoreOutcome.AlreadyStored, await store.StoreAsync(promise, again));

        var after = await store.ListTrackedCommitmentsAsync();
        Assert.Equal(before.Select(t => (t.Id, t.Statements.Length, t.Evidence.Length)), after.Select(t => (t.Id, t.Statements.Length, t.Evidence.Length)));
    }

    [SkippableFact]
    public async Task Tracking_that_points_at_nothing_fails_the_article_whole()
    {
        var store = Open();
        var promise = Promise();

        await Assert.ThrowsAsync<StorageException>(() => store.StoreAsync(promise, new ArticleTracking([], [new StatementLink("tc-missing", 0, 1)], [])));
        await Assert.ThrowsAsync<StorageException>(() => store.StoreAsync(promise, new ArticleTracking([], [new StatementLink("tc-x", 7, 1)], [])));

        Assert.Null(await store.GetArticleAsync(promise.ContentId));
        Assert.Empty(await store.ListTrackedCommitmentsAsync());
    }

    [SkippableFact]
    public async Task Verdicts_are_appended_and_the_last_one_is_the_status()
    {
        var store = Open();
        var promise = Promise();
        await store.StoreAsync(promise, PromiseTracking(promise));
        var first = new CommitmentVerdict(CommitmentStatus.InTheWorks, "flights are leaving", "ana", new DateTimeOffset(2021, 9, 2, 10, 0, 0, TimeSpan.Zero));
        var second = new CommitmentVerdict(CommitmentStatus.Broken, "Afghans turned back at the gate", "ben", new DateTimeOffset(2021, 9, 8, 9, 30, 0, TimeSpan.Zero));

        Assert.True(await store.AddVerdictAsync("tc-promise", first));
        Assert.True(await store.AddVerdictAsync("tc-promise", second));
        Assert.False(await store.AddVerdictAsync("tc-nothing", second));

        var tracked = (await store.GetTrackedCommitmentAsync("tc-promise"))!;
        Assert.Equal([first, second], tracked.Verdicts.ToArray());
        Assert.Equal(CommitmentStatus.Broken, tracked.Status);
        Assert.Empty((await store.GetTrackedCommitmentAsync("tc-threat"))!.Verdicts);
        Assert.Null(await store.GetTrackedCommitmentAsync("tc-nothing"));
        Assert.Equal(CommitmentStatus.Broken, (await store.GetArticleCommitmentLinksAsync(promise.ContentId)).Statements[0].Status);
    }

    [SkippableFact]
    public async Task An_actors_tracking_state_holds_its_commitments_and_the_quotes_and_events_it_takes_part_in()
    {
        var store = Open();
        var promise = Promise();
        var report = Report();
        await store.StoreAsync(promise, PromiseTracking(promise));
        await store.StoreAsync(report, ReportTracking(report));

        var taliban = await store.LoadTrackingAsync(TalibanActor);
        var us = await store.LoadTrackingAsync(UnitedStatesActor);
        var nobody = await store.LoadTrackingAsync("wd:Q0");
        var talibanCandidates = await store.LoadCandidatesAsync(TalibanActor, 1_000);

        var tracked = Assert.Single(taliban.Tracked);
        Assert.Equal(("tc-promise", CommitmentKind.Promise, new DateOnly(2021, 9, 1)), (tracked.Id, tracked.Kind, tracked.FirstPublished));
        Assert.Equal(["allow Afghans to leave the country"], tracked.Statements.ToArray());
        // the report's event (the Taliban its source) and its first quote (naming them inside); the promise's quote names them too
        Assert.Equal(
            [(report.ContentId, EvidenceSource.Event, 0), (promise.ContentId, EvidenceSource.Quote, 0), (report.ContentId, EvidenceSource.Quote, 0)],
            talibanCandidates.Select(c => (c.ArticleId, c.Source, c.Ordinal)).OrderBy(c => c.Source).ThenBy(c => c.ArticleId == report.ContentId));
        // in the order they were stored, events before quotes within an article: the tracker keeps the latest
        Assert.Equal(
            [(promise.ContentId, EvidenceSource.Quote), (report.ContentId, EvidenceSource.Event), (report.ContentId, EvidenceSource.Quote)],
            talibanCandidates.Select(c => (c.ArticleId, c.Source)));
        // the latest only, in the same order
        Assert.Equal(
            [(report.ContentId, EvidenceSource.Event), (report.ContentId, EvidenceSource.Quote)],
            (await store.LoadCandidatesAsync(TalibanActor, 2)).Select(c => (c.ArticleId, c.Source)));
        Assert.Equal([(report.ContentId, EvidenceSource.Quote)], (await store.LoadCandidatesAsync(TalibanActor, 1)).Select(c => (c.ArticleId, c.Source)));
        Assert.Empty(await store.LoadCandidatesAsync(TalibanActor, 0));
        var reportEvent = talibanCandidates.Single(c => c.Source == EvidenceSource.Event);
        Assert.Equal((report.Events[0].Span, report[report.Events[0].Span], EventType.Coerce, EventStatus.Happened, new DateOnly(2021, 9, 8)),
            (reportEvent.Span, reportEvent.Text, reportEvent.EventType!.Value, reportEvent.EventStatus!.Value, reportEvent.Published!.Value));
        Assert.Equal("the Taliban had reopened the airport", talibanCandidates.Single(c => c.ArticleId == promise.ContentId).Text);
        Assert.Equal(["tc-threat"], us.Tracked.Select(t => t.Id));
        Assert.Empty(await store.LoadCandidatesAsync(UnitedStatesActor, 1_000));
        Assert.Empty(nobody.Tracked);
        Assert.Empty(await store.LoadCandidatesAsync("wd:Q0", 1_000));
    }

    [SkippableFact]
    public async Task A_quote_naming_two_entities_of_one_actor_is_one_candidate_of_it_and_the_oldest_go_first()
    {
        var store = Open();
        const string text = "Envoys agree\n\n“Antony Blinken and Secretary Blinken agree,” an aide wrote. “We will go,” Blinken said.";
        var document = new Document(text, new ArticleMetadata("blinken.txt"))
        {
            Layers = AnnotationLayers.Entities | AnnotationLayers.Quotes,
            Entities =
            [
                new Entity("e1", "Antony Blinken", EntityType.Person, [], [TestDocuments.Find(text, "Antony Blinken")], []) { ActorId = "wd:Q1", Confidence = 1 },
                new Entity("e2", "Blinken", EntityType.Person, [], [TestDocuments.Find(text, "Blinken", 2), TestDocuments.Find(text, "Blinken", 3)], [])
                { ActorId = "wd:Q1", Confidence = 1 },
            ],
            Quotes =
            [
                new Quote(TestDocuments.Find(text, "“Antony Blinken and Secretary Blinken agree,”"), QuoteKind.Direct),
                new Quote(TestDocuments.Find(text, "“We will go,”"), QuoteKind.Direct) { SpeakerId = "e2", SpeakerName = "Blinken" },
            ],
        };
        await store.StoreAsync(document);

        var all = await store.LoadCandidatesAsync("wd:Q1", 1_000);
        var latest = await store.LoadCandidatesAsync("wd:Q1", 1);

        Assert.Equal([(EvidenceSource.Quote, 0), (EvidenceSource.Quote, 1)], all.Select(c => (c.Source, c.Ordinal)));
        Assert.Equal([(EvidenceSource.Quote, 1)], latest.Select(c => (c.Source, c.Ordinal)));
        Assert.Empty(await store.LoadCandidatesAsync("wd:Q1", 0));
    }

    [SkippableFact]
    public async Task Vectors_are_cached_by_model_and_key_and_never_replaced()
    {
        var store = Open();
        float[] first = [0.25f, -1.5f, 3e-8f];

        await store.SaveVectorsAsync("minilm", new Dictionary<string, float[]> { ["k1"] = first, ["k2"] = [1f, 2f, 3f] });
        await store.SaveVectorsAsync("minilm", new Dictionary<string, float[]> { ["k1"] = [9f, 9f, 9f] });

        var found = await store.GetVectorsAsync("minilm", ["k1", "k3"]);
        Assert.Equal(["k1"], found.Keys);
        Assert.Equal(first, found["k1"]);
        Assert.Empty(await store.GetVectorsAsync("another-model", ["k1", "k2"]));
    }

    [SkippableFact]
    public async Task Vectors_the_tracker_computed_for_an_article_are_cached_with_it_alone_or_in_a_batch()
    {
        var store = Open();
        var promise = Promise();
        var report = Report();
        var tracking = PromiseTracking(promise) with
        {
            Vectors = new SentenceVectorBatch("minilm", new Dictionary<string, float[]> { ["k1"] = [1f, 2f], ["k2"] = [3f, 4f] }),
        };

        await store.StoreAsync(promise, tracking);
        await store.StoreBatchAsync([new ArticleToStore(report, ReportTracking(report) with
        {
            Vectors = new SentenceVectorBatch("minilm", new Dictionary<string, float[]> { ["k2"] = [9f, 9f], ["k3"] = [5f, 6f] }),
        })]);

        var found = await store.GetVectorsAsync("minilm", ["k1", "k2", "k3"]);
        Assert.Equal([1f, 2f], found["k1"]);
        Assert.Equal([3f, 4f], found["k2"]);
        Assert.Equal([5f, 6f], found["k3"]);
    }

    [SkippableFact]
    public async Task Events_are_listed_by_date_and_filtered_by_actor_spelling_and_range()
    {
        var store = Open();
        var promise = Promise();
        var report = Report();
        await store.StoreAsync(report);
        await store.StoreAsync(promise);

        var all = await store.ListEventsAsync(new EventQuery());
        Assert.Equal([new DateOnly(2021, 9, 6), new DateOnly(2021, 9, 7)], all.Select(e => e.Date!.Value.Start));
        Assert.Equal("Representatives will meet in Doha on Monday", all[0].Text);
        Assert.Equal((promise.ContentId, 0), (all[0].Article.Id, all[0].Ordinal));
        Assert.Equal(report.Events[0].Figures.ToArray(), all[1].Event.Figures.ToArray());
        Assert.Equal(report.Events[0].Actors.ToArray(), all[1].Event.Actors.ToArray());

        Assert.Equal([report.ContentId], (await store.ListEventsAsync(new EventQuery(Actor: "taliban"))).Select(e => e.Article.Id));
        Assert.Empty(await store.ListEventsAsync(new EventQuery(Actor: "Kabul")));
        Assert.Equal([promise.ContentId], (await store.ListEventsAsync(new EventQuery(To: new DateOnly(2021, 9, 6)))).Select(e => e.Article.Id));
        Assert.Equal([report.ContentId], (await store.ListEventsAsync(new EventQuery(From: new DateOnly(2021, 9, 7), To: new DateOnly(2021, 9, 30)))).Select(e => e.Article.Id));
        Assert.Empty(await store.ListEventsAsync(new EventQuery(Actor: "Taliban", From: new DateOnly(2021, 9, 8))));
    }

    [SkippableFact]
    public async Task An_event_without_a_date_is_dated_by_its_article()
    {
        var store = Open();
        var report = Report();
        var undated = report with { Events = [report.Events[0] with { When = null }] };
        await store.StoreAsync(undated);

        var listed = Assert.Single(await store.ListEventsAsync(new EventQuery(From: new DateOnly(2021, 9, 8), To: new DateOnly(2021, 9, 8))));
        Assert.Equal(DateInterval.Day(new DateOnly(2021, 9, 8)), listed.Date);
        Assert.Null(listed.Event.When);
    }
}

public abstract partial class ArticleStoreContract
{
    [SkippableFact]
    public async Task Events_filter_by_stored_actor_type_and_status_newest_first_and_limited()
    {
        var store = Open();
        var promise = Promise();
        var report = Report();
        await store.StoreAsync(promise);
        await store.StoreAsync(report);

        async Task<IEnumerable<string>> Listed(EventQuery query) => (await store.ListEventsAsync(query)).Select(e => e.Article.Id);

        Assert.Equal([report.ContentId], await Listed(new EventQuery { ActorIds = [TalibanActor] }));
        Assert.Equal([promise.ContentId], await Listed(new EventQuery { ActorIds = ["geo:290030", "nobody"] }));
        Assert.Empty(await Listed(new EventQuery { ActorIds = [] }));
        Assert.Equal([promise.ContentId], await Listed(new EventQuery { Types = [EventType.Consult, EventType.Aid] }));
        Assert.Equal([report.ContentId], await Listed(new EventQuery { Status = EventStatus.Happened }));
        Assert.Equal([promise.ContentId], await Listed(new EventQuery { Status = EventStatus.Planned }));
        Assert.Equal([report.ContentId, promise.ContentId], await Listed(new EventQuery { NewestFirst = true }));
        Assert.Equal([promise.ContentId], await Listed(new EventQuery { Limit = 1 }));
        Assert.Equal([report.ContentId], await Listed(new EventQuery { NewestFirst = true, Limit = 1 }));
        Assert.Equal([new EventCount(new DateOnly(2021, 9, 8), EventType.Coerce, 1)], await store.CountEventsByDayAsync(new EventQuery { Status = EventStatus.Happened }));
    }

    [SkippableFact]
    public async Task Event_ties_pair_the_participants_of_each_event_by_actor_else_by_name_and_count_by_type()
    {
        var store = Open();
        var promise = Promise();
        // The meeting: the United States (e2) and the Taliban (e1) in Doha (e3).
        promise = promise with
        {
            Events = [promise.Events[0] with { Actors = [new EventActor("e2", "United States", EventRole.Source), new EventActor("e1", "Taliban", EventRole.Target), new EventActor("e3", "Doha", EventRole.Target)] }],
        };
        var report = Report();
        // Twice the Taliban against Reuters (e3, an entity no actor holds), once naming the Taliban twice.
        var stop = report.Events[0] with { Actors = [new EventActor("e1", "Taliban", EventRole.Source), new EventActor("e3", "Reuters", EventRole.Target)] };
        report = report with { Events = [stop, stop with { Actors = [.. stop.Actors, new EventActor("e1", "Taliban", EventRole.Source)] }] };
        await store.StoreAsync(promise);
        await store.StoreAsync(report);

        var taliban = new EventParticipant(TalibanActor, "Taliban", TalibanActor);
        var us = new EventParticipant(UnitedStatesActor, "United States", UnitedStatesActor);
        var doha = new EventParticipant("geo:290030", "Doha", "geo:290030");
        var reuters = new EventParticipant("name:reuters", "Reuters", null);
        Assert.Equal(
            [
                new EventTie(reuters, taliban, EventType.Coerce, 2),
                new EventTie(doha, us, EventType.Consult, 1),
                new EventTie(doha, taliban, EventType.Consult, 1),
                new EventTie(us, taliban, EventType.Consult, 1),
            ],
            await store.CountEventTiesAsync(new EventQuery()));
        Assert.Equal([new EventTie(reuters, taliban, EventType.Coerce, 2)], await store.CountEventTiesAsync(new EventQuery { Types = [EventType.Coerce] }));
        Assert.Empty(await store.CountEventTiesAsync(new EventQuery(To: new DateOnly(2021, 9, 1))));
    }
}
