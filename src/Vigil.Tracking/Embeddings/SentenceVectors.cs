using System.Security.Cryptography;
using System.Text;
using Vigil.Storage;

namespace Vigil.Tracking.Embeddings;

/// <summary>
/// The vectors of the texts the tracker compares, embedded once: kept in memory for the run and in
/// the store across runs, keyed by the SHA-256 of the text. <see cref="EnsureAsync"/> embeds every
/// missing text of a batch in one call to the model.
/// </summary>
public sealed class SentenceVectors(ISentenceEmbedder embedder, IArticleStore store)
{
    private readonly Dictionary<string, float[]> _byKey = new(StringComparer.Ordinal);

    /// <summary>How many texts the model has embedded in this run (the rest came from memory or the store).</summary>
    public int Embedded { get; private set; }

    public async Task EnsureAsync(IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        var missing = texts.Distinct(StringComparer.Ordinal).Where(t => !_byKey.ContainsKey(Key(t))).ToList();
        if (missing.Count == 0)
            return;
        var stored = await store.GetVectorsAsync(embedder.Model, missing.Select(Key).ToList(), cancellationToken);
        foreach (var (key, vector) in stored)
            _byKey[key] = vector;
        var toEmbed = missing.Where(t => !_byKey.ContainsKey(Key(t))).ToList();
        if (toEmbed.Count == 0)
            return;
        var vectors = embedder.Embed(toEmbed, cancellationToken);
        var fresh = new Dictionary<string, float[]>(StringComparer.Ordinal);
        for (var i = 0; i < toEmbed.Count; i++)
            fresh[Key(toEmbed[i])] = _byKey[Key(toEmbed[i])] = vectors[i];
        Embedded += toEmbed.Count;
        await store.SaveVectorsAsync(embedder.Model, fresh, cancellationToken);
    }

    /// <summary>The cosine similarity of two texts already passed to <see cref="EnsureAsync"/>.</summary>
    public double Similarity(string a, string b) => Cosine(Vector(a), Vector(b));

    private float[] Vector(string text) =>
        _byKey.TryGetValue(Key(text), out var vector)
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
