using Vigil.Documents;

namespace Vigil.Storage.Tests;

/// <summary>
/// What every <see cref="IArticleStore"/> must do, written once: SQLite and PostgreSQL run the same
/// tests by deriving from this class. Each test gets a fresh, empty database. The tests are skippable
/// because a store whose server is absent skips them, saying why (<see cref="TestPostgres"/>).
/// </summary>
public abstract partial class ArticleStoreContract : IAsyncLifetime
{
    private readonly List<IArticleStore> _opened = [];

    /// <summary>Opens the test's database (created empty for the test on first call).</summary>
    protected abstract IArticleStore CreateStore();

    /// <summary>Makes the database itself reject, mid-transaction, any quote whose speaker name is <paramref name="speakerName"/>.</summary>
    protected abstract Task MakeQuoteWritesFailAsync(string speakerName);

    protected IArticleStore Open()
    {
        var store = CreateStore();
        _opened.Add(store);
        return store;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public virtual async Task DisposeAsync()
    {
        foreach (var store in _opened)
            await store.DisposeAsync();
    }

    [SkippableFact]
    public async Task A_document_with_every_layer_reads_back_field_by_field()
    {
        // ImmutableArray compares by reference, so every layer below is compared as an array of values.
        var store = Open();
        var original = TestDocuments.Full();
        var before = DateTimeOffset.UtcNow;

        Assert.Equal(StoreOutcome.Added, await store.StoreAsync(original));
        var stored = await store.GetArticleAsync(original.ContentId);

        Assert.NotNull(stored);
        Assert.Equal(original.ContentId, stored.Id);
        Assert.InRange(stored.IngestedAt, before.AddSeconds(-1), DateTimeOffset.UtcNow.AddSeconds(1));
        var copy = stored.Document;
        Assert.Equal(original.Text, copy.Text);
        Assert.Equal(original.ContentHash, copy.ContentHash);
        Assert.Equal(original.Metadata, copy.Metadata);
        Assert.Equal(AnnotationLayers.Boilerplate | AnnotationLayers.Entities | AnnotationLayers.Quotes, copy.Layers);
        Assert.Equal(original.Boilerplate.ToArray(), copy.Boilerplate.ToArray());
        Assert.Equal(original.Quotes.ToArray(), copy.Quotes.ToArray());
        Assert.Equal(original.Entities.Length, copy.Entities.Length);
        for (var i = 0; i < original.Entities.Length; i++)
        {
            var expected = original.Entities[i];
            var actual = copy.Entities[i];
            Assert.Equal(expected.Id, actual.Id);
            Assert.Equal(expected.Name, actual.Name);
            Assert.Equal(expected.Type, actual.Type);
            Assert.Equal(expected.Title, actual.Title);
            Assert.Equal(expected.Aliases.ToArray(), actual.Aliases.ToArray());
            Assert.Equal(expected.Mentions.ToArray(), actual.Mentions.ToArray());
            Assert.Equal(expected.References.ToArray(), actual.References.ToArray());
        }
    }

    [SkippableFact]
    public async Task A_document_without_annotations_reads_back_with_empty_layers()
    {
        var store = Open();
        var original = TestDocuments.Plain("Just a line of text.", published: null, title: null);

        await store.StoreAsync(original);
        var copy = (await store.GetArticleAsync(original.ContentId))!.Document;

        Assert.Equal(original.Text, copy.Text);
        Assert.Equal(original.Metadata, copy.Metadata);
        Assert.Equal(AnnotationLayers.None, copy.Layers);
        Assert.Empty(copy.Boilerplate);
        Assert.Empty(copy.Entities);
        Assert.Empty(copy.Quotes);
    }

    [SkippableFact]
    public async Task An_unknown_id_finds_nothing()
    {
        var store = Open();
        await store.StoreAsync(TestDocuments.Full());

        Assert.Null(await store.GetArticleAsync("0123456789abcdef"));
        Assert.Null(await store.GetArticleAsync("not even an id' OR 1=1 --"));
    }

    [SkippableFact]
    public async Task A_text_is_known_as_stored_by_its_content_hash_once_its_article_is()
    {
        var store = Open();
        var stored = TestDocuments.Full();
        var other = TestDocuments.Plain("Another text, never stored.");
        Assert.False(await store.IsStoredAsync(stored.ContentHash));

        await store.StoreAsync(stored);

        Assert.True(await store.IsStoredAsync(stored.ContentHash));
        Assert.False(await store.IsStoredAsync(other.ContentHash));
        Assert.False(await store.IsStoredAsync(stored.ContentId)); // the short id is not the hash
    }

    [SkippableFact]
    public async Task The_same_text_is_stored_once_even_with_other_metadata()
    {
        var store = Open();
        var first = TestDocuments.Full();
        var copy = TestDocuments.Full(metadata: new ArticleMetadata("mirror/copy.html") { Title = "A syndicated copy", Url = "https://mirror.example/x" });

        Assert.Equal(StoreOutcome.Added, await store.StoreAsync(first));
        Assert.Equal(StoreOutcome.AlreadyStored, await store.StoreAsync(copy));
        Assert.Equal(StoreOutcome.AlreadyStored, await store.StoreAsync(first));

        var counts = await store.CountAsync();
        Assert.Equal(1, counts.Articles);
        Assert.Equal(first.Quotes.Length, counts.Quotes);
        Assert.Equal(first.Metadata, (await store.GetArticleAsync(first.ContentId))!.Document.Metadata);
    }

    [SkippableFact]
    public async Task Texts_that_differ_by_one_character_are_two_articles()
    {
        var store = Open();

        await store.StoreAsync(TestDocuments.Plain("The minister said the talks failed."));
        await store.StoreAsync(TestDocuments.Plain("The minister said the talks failed!"));

        Assert.Equal(2, (await store.CountAsync()).Articles);
    }

    [SkippableFact]
    public async Task Two_writers_storing_the_same_articles_at_once_store_each_once()
    {
        var first = Open();
        var second = Open();
        var documents = Enumerable.Range(0, 15).Select(i => TestDocuments.Full(TestDocuments.FullText + $"\n\nUpdate {i}.")).ToList();

        async Task<List<StoreOutcome>> StoreAll(IArticleStore store)
        {
            var outcomes = new List<StoreOutcome>();
            foreach (var document in documents)
                outcomes.Add(await store.StoreAsync(document));
            return outcomes;
        }

        var results = await Task.WhenAll(Task.Run(() => StoreAll(first)), Task.Run(() => StoreAll(second)));

        for (var i = 0; i < documents.Count; i++)
            Assert.Equal(1, results.Count(outcomes => outcomes[i] == StoreOutcome.Added));
        var counts = await first.CountAsync();
        Assert.Equal(documents.Count, counts.Articles);
        Assert.Equal(documents.Count * documents[0].Quotes.Length, counts.Quotes);
    }

    [SkippableFact]
    public async Task A_failure_in_the_middle_of_an_article_leaves_nothing_of_it()
    {
        var store = Open();
        var kept = TestDocuments.WithQuote("“We stay,” she said.", "Jane Roe", "kept.txt");
        await store.StoreAsync(kept);
        await MakeQuoteWritesFailAsync("Failing Speaker");
        // Quotes are written after the article row, its boilerplate and its entities, so those were already in the transaction.
        var failing = TestDocuments.WithQuote("Intro.\n\n“We leave,” he said.", "Failing Speaker", "failing.txt")
            with { Boilerplate = [new BoilerplateSpan(new TextSpan(0, 6), BoilerplateKind.Other)] };

        await Assert.ThrowsAsync<StorageException>(() => store.StoreAsync(failing));

        Assert.Null(await store.GetArticleAsync(failing.ContentId));
        Assert.Equal(new StoreCounts(1, 1, 1, 0, 0) { Stories = 1 }, await store.CountAsync());
        Assert.Single(await store.ListArticlesAsync(0, 10));
        Assert.Equal(StoreOutcome.Added, await store.StoreAsync(TestDocuments.WithQuote("“Later,” he said.", "John Doe", "after.txt")));
        Assert.Equal(2, (await store.CountAsync()).Articles);
    }

    [SkippableFact]
    public async Task A_document_with_spans_outside_its_text_is_refused_whole()
    {
        var store = Open();
        var broken = TestDocuments.Full() with
        {
            Quotes = [new Quote(new TextSpan(5, TestDocuments.FullText.Length + 10), QuoteKind.Direct)],
        };

        var error = await Assert.ThrowsAsync<StorageException>(() => store.StoreAsync(broken));

        Assert.Contains("quote 1", error.Message);
        Assert.Contains("outside the text", error.Message);
        Assert.Equal(0, (await store.CountAsync()).Articles);
    }

    [SkippableFact]
    public async Task A_quote_whose_speaker_is_not_an_entity_is_refused()
    {
        var store = Open();
        var broken = TestDocuments.Full() with { Entities = [] };

        var error = await Assert.ThrowsAsync<StorageException>(() => store.StoreAsync(broken));

        Assert.Contains("'e1'", error.Message);
        Assert.Equal(0, (await store.CountAsync()).Articles);
    }

    [SkippableFact]
    public async Task A_cancelled_store_writes_nothing()
    {
        var store = Open();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.StoreAsync(TestDocuments.Full(), cancelled.Token));

        Assert.Equal(0, (await store.CountAsync()).Articles);
    }

    [SkippableFact]
    public async Task Counts_add_up_entities_and_quotes_over_all_articles()
    {
        var store = Open();
        Assert.Equal(new StoreCounts(0, 0, 0, 0, 0), await store.CountAsync());

        var full = TestDocuments.Full();
        await store.StoreAsync(full);
        await store.StoreAsync(TestDocuments.WithQuote("“Fine,” she said.", "Jane Roe"));
        await store.StoreAsync(TestDocuments.Plain("Nothing to see."));

        Assert.Equal(new StoreCounts(3, full.Entities.Length + 1, full.Quotes.Length + 1, 0, 0) { Stories = 3 }, await store.CountAsync());
    }

    [SkippableFact]
    public async Task The_list_is_newest_first_with_undated_articles_last_and_pages()
    {
        var store = Open();
        await store.StoreAsync(TestDocuments.Plain("Oldest.", "a.txt", new DateOnly(2021, 8, 1), "Oldest"));
        await store.StoreAsync(TestDocuments.Plain("Undated.", "b.txt", null, null));
        await store.StoreAsync(TestDocuments.Plain("Newest.", "c.txt", new DateOnly(2021, 8, 30), "Newest"));
        await store.StoreAsync(TestDocuments.Plain("Middle.", "d.txt", new DateOnly(2021, 8, 15), "Middle"));
        await store.StoreAsync(TestDocuments.Full());

        var all = await store.ListArticlesAsync(0, 10);
        var firstPage = await store.ListArticlesAsync(0, 2);
        var lastPage = await store.ListArticlesAsync(4, 2);

        // The full document is also dated 2021-08-30 and was stored after "Newest", so it comes first.
        Assert.Equal(["Taliban promise safe passage, Blinken says", "Newest", "Middle", "Oldest", null], all.Select(a => a.Title));
        Assert.Equal(all.Take(2), firstPage);
        Assert.Equal(all.Skip(4), lastPage);
        Assert.Empty(await store.ListArticlesAsync(5, 2));

        var full = all[0];
        Assert.Equal(TestDocuments.Full().ContentId, full.Id);
        Assert.Equal("samples/blinken.txt", full.Source);
        Assert.Equal(new DateOnly(2021, 8, 30), full.Published);
        Assert.Equal(TestDocuments.Full().Quotes.Length, full.QuoteCount);
        Assert.Equal(0, all[1].QuoteCount);
    }

    [SkippableFact]
    public async Task A_reader_sees_whole_articles_while_another_store_writes()
    {
        var writer = Open();
        var reader = Open();
        var documents = Enumerable.Range(0, 40).Select(i => TestDocuments.Full(TestDocuments.FullText + $"\n\nCorrection {i}.")).ToList();
        var quotesPerArticle = documents[0].Quotes.Length;

        var writing = Task.Run(async () =>
        {
            foreach (var document in documents)
                await writer.StoreAsync(document);
        });

        long lastCount = 0;
        var reads = 0;
        while (!writing.IsCompleted || reads == 0)
        {
            var counts = await reader.CountAsync();
            Assert.True(counts.Articles >= lastCount, "the article count went backwards");
            Assert.Equal(counts.Articles * quotesPerArticle, counts.Quotes);
            lastCount = counts.Articles;

            foreach (var summary in await reader.ListArticlesAsync(0, 5))
            {
                Assert.Equal(quotesPerArticle, summary.QuoteCount);
                var article = await reader.GetArticleAsync(summary.Id);
                Assert.Equal(quotesPerArticle, article!.Document.Quotes.Length);
            }
            reads++;
        }
        await writing;

        Assert.Equal(documents.Count, (await reader.CountAsync()).Articles);
    }

    [SkippableFact]
    public async Task Actors_are_stored_once_by_id_and_gain_the_aliases_they_lacked()
    {
        var store = Open();
        var blinken = new Actor("user:person:antony-blinken", "Antony Blinken", EntityType.Person, ["Tony Blinken"])
        {
            Origin = ActorOrigin.WatchList,
            Role = "Secretary of State",
            Country = "US",
        };
        var taliban = new Actor("ofac:6636", "Taliban", EntityType.Org, ["Taleban"]) { Origin = ActorOrigin.Registry };
        Assert.Equal(2, await store.SaveActorsAsync([blinken, taliban]));
        Assert.Equal(0, await store.SaveActorsAsync([blinken with { Aliases = ["Blinken"] }]));

        var actors = await store.ListActorsAsync();
        Assert.Equal(["Antony Blinken", "Taliban"], actors.Select(a => a.Actor.Name));
        var stored = actors[0].Actor;
        Assert.Equal((blinken.Id, EntityType.Person, ActorOrigin.WatchList, "Secretary of State", "US"),
            (stored.Id, stored.Type, stored.Origin, stored.Role, stored.Country));
        Assert.Equal(["Blinken", "Tony Blinken"], stored.Aliases.ToArray());
        Assert.Equal(0, actors[0].Articles);
    }

    [SkippableFact]
    public async Task A_watch_list_renames_a_stored_actor_and_keeps_its_old_name_as_an_alias()
    {
        var store = Open();
        await store.SaveActorsAsync([new Actor("un:TAi.024", "Abdul Ghani Baradar", EntityType.Person, []) { Origin = ActorOrigin.Registry }]);
        await store.SaveActorsAsync([new Actor("un:TAi.024", "Mullah Baradar", EntityType.Person, []) { Origin = ActorOrigin.WatchList }]);
        var actor = Assert.Single(await store.ListActorsAsync()).Actor;
        Assert.Equal(("Mullah Baradar", ActorOrigin.WatchList), (actor.Name, actor.Origin));
        Assert.Contains("Abdul Ghani Baradar", actor.Aliases);
    }

    [SkippableFact]
    public async Task Entities_link_to_their_actors_which_collect_every_spelling_across_articles()
    {
        var store = Open();
        await store.SaveActorsAsync([new Actor("user:person:antony-blinken", "Antony Blinken", EntityType.Person, []) { Origin = ActorOrigin.WatchList }]);
        var first = TestDocuments.Full();
        first = first with
        {
            Entities = [first.Entities[0] with { ActorId = "user:person:antony-blinken", Confidence = 0.85 },
                        first.Entities[1] with { ActorId = "seen:org:taliban", Confidence = 1.0 }, first.Entities[2]],
        };
        // another article (another text) naming him as Blinken
        var second = TestDocuments.Full(TestDocuments.FullText + " Blinken left.");
        second = second with { Entities = second.Entities.SetItem(0, second.Entities[0] with { Aliases = ["Blinken"], ActorId = "user:person:antony-blinken", Confidence = 1.0 }) };
        await store.StoreAsync(first);
        await store.StoreAsync(second);

        var copy = (await store.GetArticleAsync(first.ContentId))!.Document;
        Assert.Equal(("user:person:antony-blinken", 0.85), (copy.Entities[0].ActorId, copy.Entities[0].Confidence));
        Assert.Equal(("seen:org:taliban", (double?)1.0), (copy.Entities[1].ActorId, copy.Entities[1].Confidence));
        Assert.Equal((null, null), (copy.Entities[2].ActorId, copy.Entities[2].Confidence));

        var actors = (await store.ListActorsAsync()).ToDictionary(a => a.Actor.Id);
        Assert.Equal(2, actors["user:person:antony-blinken"].Articles);
        Assert.Equal(["Anthony Brinken", "Blinken"], actors["user:person:antony-blinken"].Actor.Aliases.ToArray());
        // an id no one stored becomes an actor seen in that article, under the entity's name
        var seen = actors["seen:org:taliban"];
        Assert.Equal(("Taliban", EntityType.Org, ActorOrigin.Seen, 1), (seen.Actor.Name, seen.Actor.Type, seen.Actor.Origin, seen.Articles));
        Assert.Equal(2, (await store.CountAsync()).Articles);
    }

    [SkippableFact]
    public async Task Actors_without_an_id_or_name_are_refused_and_none_of_the_batch_is_stored()
    {
        var store = Open();
        var good = new Actor("user:org:x", "X", EntityType.Org, []);
        await Assert.ThrowsAsync<StorageException>(() => store.SaveActorsAsync([good, new Actor(" ", "Y", EntityType.Org, [])]));
        Assert.Empty(await store.ListActorsAsync());
    }
}
