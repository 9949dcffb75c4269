using Vigil.Documents;

namespace Vigil.Storage.Tests;

/// <summary>What the web app asks of a store: accounts, tokens, search, and reads across articles by actor.</summary>
public abstract partial class ArticleStoreContract
{
    private const string BlinkenId = "user:person:antony-blinken";
    private const string TalibanId = "seen:org:taliban";

    /// <summary>Two articles naming Blinken and the Taliban (one of them also a third actor), and one naming neither.</summary>
    private async Task<(IArticleStore Store, Document First, Document Second, Document Third)> StoreLinkedArticlesAsync()
    {
        var store = Open();
        await store.SaveActorsAsync([new Actor(BlinkenId, "Antony Blinken", EntityType.Person, ["Tony Blinken"]) { Origin = ActorOrigin.WatchList }]);
        var first = TestDocuments.Full();
        first = first with
        {
            Entities = [first.Entities[0] with { ActorId = BlinkenId, Confidence = 0.9 }, first.Entities[1] with { ActorId = TalibanId, Confidence = 1 },
                        first.Entities[2] with { ActorId = "iso:AF-KAB", Confidence = 1 }],
        };
        var second = TestDocuments.Full(TestDocuments.FullText + " The evacuation went on.",
            TestDocuments.FullMetadata with { Published = new DateOnly(2021, 9, 2), Title = "Later" });
        second = second with
        {
            Entities = [second.Entities[0] with { ActorId = BlinkenId, Confidence = 1 }, second.Entities[1] with { ActorId = TalibanId, Confidence = 1 }, second.Entities[2]],
        };
        var third = TestDocuments.Plain("Markets closed higher on Tuesday; no evacuations were reported.", "wire.txt", new DateOnly(2021, 9, 1), "Markets");
        await store.StoreAsync(first);
        await store.StoreAsync(second);
        await store.StoreAsync(third);
        return (store, first, second, third);
    }

    [SkippableFact]
    public async Task Accounts_are_found_by_name_case_ignored_and_a_name_is_taken_once()
    {
        var store = Open();
        var created = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        Assert.True(await store.AddUserAsync(new UserAccount("Ana", UserRole.Analyst, "hash-1", created)));
        Assert.False(await store.AddUserAsync(new UserAccount("ana", UserRole.Admin, "hash-2", created)));
        Assert.True(await store.AddUserAsync(new UserAccount("bo", UserRole.Viewer, "hash-3", created)));

        var ana = await store.FindUserAsync("ANA");
        Assert.Equal(new UserAccount("Ana", UserRole.Analyst, "hash-1", created), ana);
        Assert.Null(await store.FindUserAsync("nobody"));
        Assert.Equal(["Ana", "bo"], (await store.ListUsersAsync()).Select(u => u.Name));
    }

    [SkippableFact]
    public async Task An_api_token_finds_its_account_by_hash_and_an_unknown_one_finds_none()
    {
        var store = Open();
        await store.AddUserAsync(new UserAccount("ana", UserRole.Analyst, "hash", DateTimeOffset.UtcNow));

        Assert.True(await store.AddApiTokenAsync("Ana", "token-hash-1"));
        Assert.False(await store.AddApiTokenAsync("nobody", "token-hash-2"));

        Assert.Equal("ana", (await store.FindUserByApiTokenAsync("token-hash-1"))?.Name);
        Assert.Null(await store.FindUserByApiTokenAsync("token-hash-2"));
        Assert.Null(await store.FindUserByApiTokenAsync("token-hash"));
    }

    [SkippableFact]
    public async Task Search_finds_every_word_case_and_accents_ignored_with_the_offsets_of_the_first_match()
    {
        var (store, first, second, third) = await StoreLinkedArticlesAsync();

        var results = await store.SearchAsync(new SearchQuery("SAFE passage"));

        Assert.Equal(2, results.Total);
        Assert.Equal(new[] { first.ContentId, second.ContentId }.Order(), results.Hits.Select(h => h.ArticleId).Order());
        var hit = results.Hits.Single(h => h.ArticleId == first.ContentId);
        Assert.Equal(first[hit.Span], hit.Match);
        Assert.Equal("safe", hit.Match);
        Assert.Equal(first.Text.IndexOf("safe", StringComparison.Ordinal), hit.Span.Start);
        Assert.Equal(4, hit.Matches); // safe and passage, twice each
        Assert.Equal("Taliban promise ", hit.Before);
        Assert.StartsWith(" passage, Blinken says KABUL", hit.After);
        Assert.EndsWith("…", hit.After);
        Assert.Equal("Taliban promise safe passage, Blinken says", hit.Title);

        var accents = await store.SearchAsync(new SearchQuery("évacuations"));
        Assert.Equal(third.ContentId, Assert.Single(accents.Hits).ArticleId);
    }

    [SkippableFact]
    public async Task Search_filters_by_actor_date_and_source_and_pages()
    {
        var (store, first, second, third) = await StoreLinkedArticlesAsync();

        Assert.Equal([third.ContentId], (await store.SearchAsync(new SearchQuery("on") { Source = "WIRE" })).Hits.Select(h => h.ArticleId));
        Assert.Equal(2, (await store.SearchAsync(new SearchQuery("Monday") { ActorIds = [BlinkenId] })).Total);
        Assert.Equal(0, (await store.SearchAsync(new SearchQuery("Markets") { ActorIds = [BlinkenId] })).Total);
        Assert.Equal(0, (await store.SearchAsync(new SearchQuery("Monday") { ActorIds = [] })).Total);
        Assert.Equal([second.ContentId], (await store.SearchAsync(new SearchQuery("Monday") { From = new DateOnly(2021, 9, 1) })).Hits.Select(h => h.ArticleId));
        Assert.Equal([first.ContentId], (await store.SearchAsync(new SearchQuery("Monday") { To = new DateOnly(2021, 8, 31) })).Hits.Select(h => h.ArticleId));
        // a phrase with each filter (on PostgreSQL a phrase goes through its pairs of words, but not with an actor)
        Assert.Equal(2, (await store.SearchAsync(new SearchQuery("\"safe passage\"") { ActorIds = [BlinkenId] })).Total);
        Assert.Equal([first.ContentId], (await store.SearchAsync(new SearchQuery("\"safe passage\"") { ActorIds = ["iso:AF-KAB"] })).Hits.Select(h => h.ArticleId));
        Assert.Equal([second.ContentId], (await store.SearchAsync(new SearchQuery("\"safe passage\"") { From = new DateOnly(2021, 9, 1) })).Hits.Select(h => h.ArticleId));
        Assert.Equal([first.ContentId], (await store.SearchAsync(new SearchQuery("\"safe passage\" Monday") { To = new DateOnly(2021, 8, 31) })).Hits.Select(h => h.ArticleId));

        var page = await store.SearchAsync(new SearchQuery("Monday") { Offset = 1, Limit = 1 });
        Assert.Equal(2, page.Total);
        Assert.Single(page.Hits);
    }

    /// <summary>
    /// Five articles on convoys stored in this order: the first says "convoy" four times, so it ranks
    /// best; the others once each. Their published dates run backwards, so the order they were stored
    /// in and the order of their dates differ.
    /// </summary>
    private async Task<(IArticleStore Store, List<Document> Stored)> StoreConvoyArticlesAsync()
    {
        var store = Open();
        var texts = new[]
        {
            "Convoy after convoy: the convoy left at dawn and a second convoy followed.",
            "A convoy of aid trucks crossed the border on Monday after long talks.",
            "Officials said the convoy would be checked at the crossing by inspectors.",
            "The talks stalled again; a convoy waited outside the city for news.",
            "Residents watched as the convoy passed the market without stopping there.",
        };
        var stored = new List<Document>();
        for (var i = 0; i < texts.Length; i++)
        {
            var document = TestDocuments.Plain(texts[i], $"wire-{i}.txt", new DateOnly(2021, 9, 10 - i), $"Convoy {i}");
            await store.StoreAsync(document);
            stored.Add(document);
        }
        return (store, stored);
    }

    [SkippableFact]
    public async Task Search_counts_exactly_up_to_the_count_limit_and_says_when_more_match()
    {
        var (store, _) = await StoreConvoyArticlesAsync();

        var exact = await store.SearchAsync(new SearchQuery("convoy") { CountLimit = 5 });
        Assert.Equal((5, false), (exact.Total, exact.TotalCapped));

        var capped = await store.SearchAsync(new SearchQuery("convoy") { CountLimit = 3 });
        Assert.Equal((3, true), (capped.Total, capped.TotalCapped));
        Assert.Equal(5, capped.Hits.Count); // the cap bounds the count, not what can be paged

        var filtered = await store.SearchAsync(new SearchQuery("convoy") { CountLimit = 1, From = new DateOnly(2021, 9, 9) });
        Assert.Equal((1, true), (filtered.Total, filtered.TotalCapped));
        var one = await store.SearchAsync(new SearchQuery("convoy") { CountLimit = 1, From = new DateOnly(2021, 9, 10) });
        Assert.Equal((1, false), (one.Total, one.TotalCapped));

        var none = await store.SearchAsync(new SearchQuery("tanker") { CountLimit = 0 });
        Assert.Equal((0, false), (none.Total, none.TotalCapped));
        Assert.Empty(none.Hits);
    }

    [SkippableFact]
    public async Task Search_ranks_by_relevance_when_few_match_and_lists_the_most_recently_stored_first_when_many_do()
    {
        var (store, stored) = await StoreConvoyArticlesAsync();

        var ranked = await store.SearchAsync(new SearchQuery("convoy") { RankLimit = 5 });
        Assert.Equal(SearchOrder.Relevance, ranked.Order);
        Assert.Equal(stored[0].ContentId, ranked.Hits[0].ArticleId); // four matches beat one, though stored first
        Assert.Equal(stored.Select(d => d.ContentId).Order(), ranked.Hits.Select(h => h.ArticleId).Order());

        var newest = await store.SearchAsync(new SearchQuery("convoy") { RankLimit = 4 });
        Assert.Equal(SearchOrder.Newest, newest.Order);
        Assert.Equal(stored.Select(d => d.ContentId).Reverse(), newest.Hits.Select(h => h.ArticleId));

        var capped = await store.SearchAsync(new SearchQuery("convoy") { CountLimit = 2, RankLimit = 10 });
        Assert.Equal(SearchOrder.Newest, capped.Order); // a capped count is not known to be few

        var filtered = await store.SearchAsync(new SearchQuery("convoy") { RankLimit = 2, To = new DateOnly(2021, 9, 8) });
        Assert.Equal(SearchOrder.Newest, filtered.Order);
        Assert.Equal([stored[4].ContentId, stored[3].ContentId, stored[2].ContentId], filtered.Hits.Select(h => h.ArticleId));
    }

    [SkippableFact]
    public async Task Search_pages_newest_first_with_every_hit_highlighted()
    {
        var (store, stored) = await StoreConvoyArticlesAsync();
        var order = stored.Select(d => d.ContentId).Reverse().ToList();

        var pages = new List<SearchHit>();
        for (var offset = 0; offset < 6; offset += 2)
        {
            var page = await store.SearchAsync(new SearchQuery("convoy") { RankLimit = 1, CountLimit = 3, Offset = offset, Limit = 2 });
            Assert.Equal((3, true, SearchOrder.Newest), (page.Total, page.TotalCapped, page.Order));
            pages.AddRange(page.Hits);
        }

        Assert.Equal(order, pages.Select(h => h.ArticleId));
        foreach (var hit in pages)
        {
            var document = stored.Single(d => d.ContentId == hit.ArticleId);
            Assert.Equal("convoy", hit.Match.ToLowerInvariant());
            Assert.Equal(hit.Match, document[hit.Span]);
            Assert.Equal(document.Text.IndexOf(hit.Match, StringComparison.Ordinal), hit.Span.Start);
        }
        Assert.Equal(4, pages.Single(h => h.ArticleId == stored[0].ContentId).Matches);
    }

    [SkippableTheory]
    [InlineData("")]
    [InlineData("  -- ")]
    [InlineData("\"")]
    public async Task A_query_without_words_finds_nothing_and_is_no_error(string text)
    {
        var (store, _, _, _) = await StoreLinkedArticlesAsync();

        Assert.Equal(new SearchResults(0, []), await store.SearchAsync(new SearchQuery(text)));
    }

    [SkippableTheory]
    [InlineData("Monday AND NOT", 0)]
    [InlineData("Monday OR", 0)]
    [InlineData("\"safe passage\"", 2)]
    [InlineData("\"passage safe\"", 0)]
    [InlineData("evacuat*", 2)]
    [InlineData("text:Monday", 0)]
    [InlineData("Monday)", 2)]
    public async Task Search_syntax_in_a_query_is_taken_as_words(string text, int total)
    {
        var (store, _, _, _) = await StoreLinkedArticlesAsync();

        Assert.Equal(total, (await store.SearchAsync(new SearchQuery(text))).Total);
    }

    // A phrase is its words in a row, whatever stands between them, with case, accents and hyphens
    // folded; a phrase of three words is not found where only its two pairs of words are.
    [SkippableTheory]
    [InlineData("\"al Qaeda leader\"", 1)]
    [InlineData("\"cafe owners\"", 1)]
    [InlineData("\"said the passage\"", 1)]
    [InlineData("\"leader met Café owners\"", 1)]
    [InlineData("\"ELYSEE officials\"", 1)]
    [InlineData("\"safe passage\" \"officials said\"", 0)]
    [InlineData("\"safe passage was\"", 0)]
    [InlineData("\"owners leader\"", 0)]
    public async Task A_phrase_matches_its_words_in_a_row_only(string text, int total)
    {
        var store = Open();
        await store.StoreAsync(TestDocuments.Plain("The al-Qaeda leader met café owners. Safe passage, they said; the passage was safe for all.", "a.txt"));
        await store.StoreAsync(TestDocuments.Plain("Élysée officials said the convoy left.", "b.txt"));

        Assert.Equal(total, (await store.SearchAsync(new SearchQuery(text))).Total);
    }

    // Every run of two or three words of an article, copied as written, finds it as a phrase,
    // whatever the words (hyphenated, possessive, with digits, accented, in capitals): on
    // PostgreSQL the index of neighbouring words only narrows the search and must never lose a match.
    [SkippableFact]
    public async Task Every_run_of_words_in_an_article_finds_it_as_a_phrase()
    {
        const string text = "The al-Qaeda leader's G7 talks on COVID19 in 2021 went on. Naïve Élysée staff met 3D printer makers; "
            + "O'Neill said 10th-floor offices were SAFE.";
        var store = Open();
        await store.StoreAsync(TestDocuments.Plain(text, "a.txt"));
        await store.StoreAsync(TestDocuments.Plain("Leader talks went nowhere on Monday, staff said.", "b.txt"));
        var words = text.Split(' ').Select(w => w.Trim('.', ',', ';')).ToList();

        for (var length = 2; length <= 3; length++)
            for (var i = 0; i + length <= words.Count; i++)
            {
                var phrase = "\"" + string.Join(' ', words.Skip(i).Take(length)) + "\"";
                Assert.True((await store.SearchAsync(new SearchQuery(phrase))).Total == 1, phrase);
            }
    }

    [SkippableFact]
    public async Task An_actor_is_found_by_id_name_alias_or_surname_case_ignored()
    {
        var (store, _, _, _) = await StoreLinkedArticlesAsync();

        Assert.Equal([BlinkenId], await store.FindActorIdsAsync(BlinkenId));
        Assert.Equal([BlinkenId], await store.FindActorIdsAsync("antony blinken"));
        Assert.Equal([BlinkenId], await store.FindActorIdsAsync("Anthony Brinken"));
        Assert.Equal([BlinkenId], await store.FindActorIdsAsync("tony blinken"));
        Assert.Equal([BlinkenId], await store.FindActorIdsAsync("BLINKEN"));
        // a surname counts for people only, and only when no name or alias is an exact match
        await store.SaveActorsAsync([new Actor("user:person:jen-psaki", "Jen Psaki", EntityType.Person, []), new Actor("user:org:psaki-fund", "Fund Psaki", EntityType.Org, [])]);
        Assert.Equal(["user:person:jen-psaki"], await store.FindActorIdsAsync("psaki"));
        Assert.Equal([TalibanId], await store.FindActorIdsAsync("taliban"));
        Assert.Empty(await store.FindActorIdsAsync("Antony"));
        Assert.Empty(await store.FindActorIdsAsync("%"));
        Assert.Empty(await store.FindActorIdsAsync(" "));
    }

    [SkippableFact]
    public async Task Quotes_list_newest_article_first_with_their_words_and_filter_by_actor_speaker_article_and_date()
    {
        var (store, first, second, _) = await StoreLinkedArticlesAsync();

        var all = await store.ListQuotesAsync(QuoteFilter.All, 0, 100);
        Assert.Equal(10, all.Count);
        Assert.Equal(second.ContentId, all[0].ArticleId);
        Assert.Equal("Later", all[0].ArticleTitle);
        Assert.Equal("the Taliban had promised safe passage", all[0].Text);
        Assert.Equal(("said", BlinkenId, "Antony Blinken", QuoteKind.Indirect, 0), (all[0].Cue, all[0].SpeakerActorId, all[0].SpeakerName, all[0].Kind, all[0].Index));
        Assert.All(all, q => Assert.Equal(q.ArticleId == first.ContentId ? first[q.Span] : second[q.Span], q.Text));

        var byActor = await store.ListQuotesAsync(new QuoteFilter { ActorIds = [BlinkenId] }, 0, 100);
        Assert.Equal(8, byActor.Count);
        Assert.All(byActor, q => Assert.Equal(BlinkenId, q.SpeakerActorId));

        var bySpeaker = await store.ListQuotesAsync(new QuoteFilter { SpeakerName = "A TALIBAN SPOKESMAN" }, 0, 100);
        Assert.Equal(2, bySpeaker.Count);
        Assert.All(bySpeaker, q => Assert.Null(q.SpeakerActorId));

        Assert.Empty(await store.ListQuotesAsync(new QuoteFilter { ActorIds = [] }, 0, 100));
        Assert.Equal(5, (await store.ListQuotesAsync(new QuoteFilter { ArticleId = first.ContentId }, 0, 100)).Count);
        Assert.All(await store.ListQuotesAsync(new QuoteFilter { To = new DateOnly(2021, 8, 31) }, 0, 100), q => Assert.Equal(first.ContentId, q.ArticleId));
        var page = await store.ListQuotesAsync(QuoteFilter.All, 3, 4);
        Assert.Equal(all.Skip(3).Take(4).Select(q => (q.ArticleId, q.Index)), page.Select(q => (q.ArticleId, q.Index)));
    }

    [SkippableFact]
    public async Task An_actor_reads_back_with_its_mentions_by_article_and_day_and_the_actors_alongside()
    {
        var (store, first, second, _) = await StoreLinkedArticlesAsync();

        var actor = await store.GetActorAsync(BlinkenId);
        Assert.NotNull(actor);
        Assert.Equal(("Antony Blinken", 2), (actor.Actor.Name, actor.Articles));
        Assert.Contains("Anthony Brinken", actor.Actor.Aliases);
        Assert.Null(await store.GetActorAsync("user:person:nobody"));

        var mentions = await store.ListMentionsAsync(BlinkenId, 0, 10);
        Assert.Equal([(second.ContentId, 2), (first.ContentId, 2)], mentions.Select(m => (m.Article.Id, m.Mentions)));
        Assert.Equal(5, mentions[0].Article.QuoteCount);
        Assert.Single(await store.ListMentionsAsync(BlinkenId, 1, 10));

        Assert.Equal([new DailyCount(new DateOnly(2021, 8, 30), 1), new DailyCount(new DateOnly(2021, 9, 2), 1)],
            await store.CountMentionsByDayAsync(BlinkenId));

        var alongside = await store.ListActorsAlongsideAsync(BlinkenId, 10);
        Assert.Equal([(TalibanId, 2), ("iso:AF-KAB", 1)], alongside.Select(a => (a.Id, a.SharedArticles)));
        Assert.Equal(EntityType.Org, alongside[0].Type);
        Assert.Single(await store.ListActorsAlongsideAsync(BlinkenId, 1));
    }

    [SkippableFact]
    public async Task Tracked_commitments_count_by_their_latest_verdict()
    {
        var store = Open();
        var promise = TrackingDocuments.Promise();
        await store.StoreAsync(promise, TrackingDocuments.PromiseTracking(promise));
        Assert.Equal(new Dictionary<CommitmentStatus, int> { [CommitmentStatus.NotYetRated] = 2 }, await store.CountCommitmentsByStatusAsync());

        var at = new DateTimeOffset(2021, 9, 10, 0, 0, 0, TimeSpan.Zero);
        await store.AddVerdictAsync("tc-promise", new CommitmentVerdict(CommitmentStatus.InTheWorks, "", "ana", at));
        await store.AddVerdictAsync("tc-promise", new CommitmentVerdict(CommitmentStatus.Broken, "", "ana", at.AddDays(1)));

        Assert.Equal(new Dictionary<CommitmentStatus, int> { [CommitmentStatus.NotYetRated] = 1, [CommitmentStatus.Broken] = 1 },
            await store.CountCommitmentsByStatusAsync());
    }

    [SkippableFact]
    public async Task Events_count_by_the_day_their_article_was_published_else_stored_and_by_type()
    {
        var store = Open();
        var promise = TrackingDocuments.Promise();
        var report = TrackingDocuments.Report();
        var undated = TrackingDocuments.Report("Undated.\n\n" + TrackingDocuments.ReportText);
        undated = undated with { Metadata = undated.Metadata with { Published = null, Id = null } };
        await store.StoreAsync(promise, TrackingDocuments.PromiseTracking(promise));
        await store.StoreAsync(report with { Events = [.. report.Events, report.Events[0] with { When = null, Type = EventType.Protest }] });
        await store.StoreAsync(undated);
        var stored = DateOnly.FromDateTime((await store.GetArticleAsync(undated.ContentId))!.IngestedAt.UtcDateTime);

        Assert.Equal(
            [
                new EventCount(new DateOnly(2021, 9, 1), EventType.Consult, 1),
                new EventCount(new DateOnly(2021, 9, 8), EventType.Protest, 1),
                new EventCount(new DateOnly(2021, 9, 8), EventType.Coerce, 1),
                new EventCount(stored, EventType.Coerce, 1),
            ],
            (await store.CountEventsByDayAsync(new EventQuery())).OrderBy(c => c.Day).ThenBy(c => c.Type == EventType.Coerce));
    }

    [SkippableFact]
    public async Task An_actor_has_the_commitments_it_made_and_those_it_received_with_their_tracked_status()
    {
        var store = Open();
        var promise = TrackingDocuments.Promise();
        // the promise is made to the United States: its beneficiary is entity e2
        promise = promise with { Commitments = promise.Commitments.SetItem(0, promise.Commitments[0] with { Beneficiary = "United States", BeneficiaryId = "e2" }) };
        await store.StoreAsync(promise, TrackingDocuments.PromiseTracking(promise));
        await store.AddVerdictAsync("tc-promise", new CommitmentVerdict(CommitmentStatus.Kept, "", "ana", DateTimeOffset.UtcNow));

        var taliban = await store.ListCommitmentsOfActorAsync(TrackingDocuments.TalibanActor, 10);
        var us = await store.ListCommitmentsOfActorAsync(TrackingDocuments.UnitedStatesActor, 10);

        var made = Assert.Single(taliban);
        Assert.Equal(("allow Afghans to leave the country", true, "tc-promise", (CommitmentStatus?)CommitmentStatus.Kept, CommitmentKind.Promise),
            (made.Text, made.Made, made.TrackedId, made.Status, made.Kind));
        Assert.Equal(promise.ContentId, made.Article.Id);
        Assert.Equal([("attack the Taliban", true), ("allow Afghans to leave the country", false)], us.Select(c => (c.Text, c.Made)).OrderBy(c => c.Item2 ? 0 : 1));
        Assert.Equal(CommitmentStatus.NotYetRated, us.Single(c => c.Made).Status);
        Assert.Empty(await store.ListCommitmentsOfActorAsync("nobody", 10));
        Assert.Single(await store.ListCommitmentsOfActorAsync(TrackingDocuments.UnitedStatesActor, 1));
    }
}
