using System.Security.Cryptography;
using System.Text;
using Vigil.Collections;
using Vigil.Storage;

namespace Vigil.Tracking.Embeddings;

/// <summary>
/// The vectors of the texts the tracker compares, embedded once: kept in memory for a while and in
/// the store across runs, keyed there by the SHA-256 of the text. <see cref="EnsureAsync"/> embeds
/// every missing text of a batch in one call to the model; <see cref="TakeUnsaved"/> hands the new
/// ones over to be stored with the article they were computed for.
/// </summary>
/// <remarks>
/// Memory holds two generations of at most <paramref name="memoryCapacity"/> vectors each: when the
/// newer is full it becomes the older and the older is dropped, and a text met again moves back to
/// the newer. A long ingest keeps the vectors it keeps using without holding every text it ever
/// met; one that comes back later is read from the store, not embedded again.
/// </remarks>
public sealed class SentenceVectors(ISentenceEmbedder embedder, IArticleStore store, int memoryCapacity = 20_000)
{
    private readonly RecentlyUsed<float[]> _memory = new(memoryCapacity);
    private Dictionary<string, float[]> _unsaved = new(StringComparer.Ordinal);

    /// <summary>How many texts the model has embedded in this run (the rest came from memory or the store).</summary>
    public int Embedded { get; private set; }

    /// <summary>How many vectors are held in memory now.</summary>
    public int InMemory => _memory.Count;

    /// <summary>Makes the vectors of <paramref name="texts"/> available to <see cref="Similarity"/> until the next call.</summary>
    public async Task EnsureAsync(IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        // Turned over only here, so that every text of this call stays in memory until the next one.
        _memory.TurnOverIfFull();
        var missing = new List<string>();
        foreach (var text in texts.Distinct(StringComparer.Ordinal))
            if (!_memory.TryGet(text, out _))
                missing.Add(text);
        if (missing.Count == 0)
            return;
        var keys = missing.ToDictionary(t => t, Key, StringComparer.Ordinal);
        var stored = await store.GetVectorsAsync(embedder.Model, [.. keys.Values], cancellationToken);
        var toEmbed = new List<string>();
        foreach (var text in missing)
        {
            if (stored.TryGetValue(keys[text], out var vector)) _memory.Set(text, vector);
            else toEmbed.Add(text);
        }
        if (toEmbed.Count == 0)
            return;
        var vectors = embedder.Embed(toEmbed, cancellationToken);
        for (var i = 0; i < toEmbed.Count; i++)
        {
            _memory.Set(toEmbed[i], vectors[i]);
            _unsaved[keys[toEmbed[i]]] = vectors[i];
        }
        Embedded += toEmbed.Count;
    }

    /// <summary>
    /// The vectors embedded since the last call, by text hash, for the store to cache
    /// (<see cref="ArticleTracking.Vectors"/>); null when there are none. Until they are stored,
    /// a vector that has left memory is embedded again when met.
    /// </summary>
    public SentenceVectorBatch? TakeUnsaved()
    {
        if (_unsaved.Count == 0)
            return null;
        var taken = new SentenceVectorBatch(embedder.Model, _unsaved);
        _unsaved = new Dictionary<string, float[]>(StringComparer.Ordinal);
        return taken;
    }

    /// <summary>The cosine similarity of two texts passed to the last call of <see cref="EnsureAsync"/>, or met since the memory last turned over.</summary>
    public double Similarity(string a, string b) => Cosine(Vector(a), Vector(b));

    private float[] Vector(string text) =>
        _memory.TryPeek(text, out var vector)
            ? vector
            : throw new InvalidOperationException($"no vector for '{text}': pass it to EnsureAsync first");

    /// <summary>The vectors are unit length, so the dot product is the cosine; the norms guard against a model that does not normalise.</summary>
    public static double Cosine(float[] a, float[] b)
    {
        double dot = 0, na = 0, nb = 0;
        for (var i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.Sqrt(na * nb);
    }

    private static string Key(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
