using Vigil.Documents;

namespace Vigil.Storage.Tests;

/// <summary>
/// Copies of one story: the store keeps each article's signature and puts it in the story of its most
/// similar stored copy. Signatures are made here with a known share of equal positions, so the tests
/// check the store's matching, not the shingling (tests/Vigil.Language.Tests checks that on texts).
/// </summary>
public abstract partial class ArticleStoreContract
{
    [SkippableFact]
    public async Task A_copy_joins_the_story_of_the_article_it_copies_and_a_different_story_does_not()
    {
        var store = Open();
        var original = Signed("The original report.", Signature(seed: 1));
        var copy = Signed("The copy, with another site's furniture.", Changed(Signature(seed: 1), changed: 20, salt: 7));
        var other = Signed("Another story entirely.", Signature(seed: 2));

        foreach (var document in new[] { original, copy, other })
            Assert.Equal(StoreOutcome.Added, await store.StoreAsync(document));

        var story = await store.GetStoryAsync(copy.ContentId);
        Assert.NotNull(story);
        Assert.Equal(original.ContentId, story.Id);
        Assert.Equal([original.ContentId, copy.ContentId], story.Copies.Select(c => c.Article.Id));
        Assert.Equal(1.0, story.Copies[0].Similarity);
        Assert.Equal(108.0 / 128, story.Copies[1].Similarity, precision: 6);
        Assert.Equal(story, await store.GetStoryAsync(original.ContentId), StoryComparer.Instance);

        var alone = await store.GetStoryAsync(other.ContentId);
        Assert.Equal([other.ContentId], alone!.Copies.Select(c => c.Article.Id));

        var counts = await store.CountAsync();
        Assert.Equal(3, counts.Articles);
        Assert.Equal(2, counts.Stories);
    }

    [SkippableFact]
    public async Task An_article_below_the_copy_threshold_starts_its_own_story()
    {
        var store = Open();
        var first = Signed("First.", Signature(seed: 3));
        // 40 of 128 changed leaves 0.69 agreeing: just under 0.7
        var similar = Signed("Second.", Changed(Signature(seed: 3), changed: 40, salt: 1));

        await store.StoreAsync(first);
        await store.StoreAsync(similar);

        Assert.Single((await store.GetStoryAsync(similar.ContentId))!.Copies);
        Assert.Equal(2, (await store.CountAsync()).Stories);
    }

    [SkippableFact]
    public async Task A_copy_of_a_copy_joins_the_first_story_even_when_too_far_from_its_first_article()
    {
        var store = Open();
        var a = Signature(seed: 4);
        var b = Changed(a, changed: 30, salt: 1, from: 0);     // positions 0..29 differ from a
        var c = Changed(b, changed: 30, salt: 2, from: 30);    // and 30..59 from b: 0.77 to b, 0.53 to a
        foreach (var (text, signature) in new[] { ("a", a), ("b", b), ("c", c) })
            await store.StoreAsync(Signed($"Article {text}.", signature));

        var story = await store.GetStoryAsync(Signed("Article c.", c).ContentId);

        Assert.Equal(3, story!.Copies.Length);
        Assert.Equal(Signed("Article a.", a).ContentId, story.Id);
        Assert.Equal(1, (await store.CountAsync()).Stories);
    }

    [SkippableFact]
    public async Task Articles_without_a_signature_are_stories_of_their_own_and_unknown_ids_have_none()
    {
        var store = Open();
        var plain = TestDocuments.Plain("No signature here.", published: null, title: null);
        await store.StoreAsync(plain);
        await store.StoreAsync(TestDocuments.Plain("Nor here.", published: null, title: null));

        var story = await store.GetStoryAsync(plain.ContentId);

        Assert.Equal(plain.ContentId, story!.Id);
        Assert.Single(story.Copies);
        Assert.Null(await store.GetStoryAsync("0000000000000000"));
        Assert.Equal(2, (await store.CountAsync()).Stories);
    }

    [SkippableFact]
    public async Task The_same_text_stored_again_adds_no_copy()
    {
        var store = Open();
        var document = Signed("Once.", Signature(seed: 5));

        await store.StoreAsync(document);
        Assert.Equal(StoreOutcome.AlreadyStored, await store.StoreAsync(document with { Metadata = document.Metadata with { Source = "elsewhere" } }));

        Assert.Single((await store.GetStoryAsync(document.ContentId))!.Copies);
    }

    private static Document Signed(string text, StorySignature signature) =>
        TestDocuments.Plain(text, published: null, title: null) with { Signature = signature, Layers = AnnotationLayers.Signature };

    private static StorySignature Signature(int seed)
    {
        var random = new Random(seed);
        return new StorySignature([.. Enumerable.Range(0, StorySignature.Length).Select(_ => (uint)random.NextInt64(uint.MaxValue))]);
    }

    /// <summary>The signature with <paramref name="changed"/> positions, from <paramref name="from"/> on, given new values.</summary>
    private static StorySignature Changed(StorySignature signature, int changed, int salt, int from = -1)
    {
        var values = signature.MinHashes.ToArray();
        var random = new Random(salt);
        var positions = from >= 0
            ? Enumerable.Range(from, changed)
            : Enumerable.Range(0, StorySignature.Length).OrderBy(_ => random.Next()).Take(changed).ToList();
        foreach (var i in positions)
            values[i] = unchecked(values[i] + 1 + (uint)random.Next(1000));
        return new StorySignature([.. values]);
    }

    private sealed class StoryComparer : IEqualityComparer<Story?>
    {
        public static readonly StoryComparer Instance = new();

        public bool Equals(Story? x, Story? y) =>
            x is not null && y is not null && x.Id == y.Id && x.Copies.SequenceEqual(y.Copies);

        public int GetHashCode(Story? story) => story?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;
    }
}
