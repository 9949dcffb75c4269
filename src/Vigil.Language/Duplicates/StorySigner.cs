using Vigil.Documents;
using Vigil.Pipeline;

namespace Vigil.Language.Duplicates;

/// <summary>
/// Gives the document its <see cref="StorySignature"/>: MinHash over the 5-word shingles of its
/// words and numbers outside boilerplate, lower-cased, so that the same story under another site's
/// captions, credits and "Related" links signs the same, and punctuation or case changes do not count.
/// </summary>
public sealed class StorySigner : IDocumentStage
{
    public string Name => "story signature";
    public AnnotationLayers Requires => AnnotationLayers.Tokens | AnnotationLayers.Boilerplate;
    public AnnotationLayers Provides => AnnotationLayers.Signature;

    // One seed per MinHash position, fixed so that signatures compare across runs, machines and versions.
    private static readonly ulong[] Seeds = CreateSeeds();

    public Document Process(Document document) => document with { Signature = Sign(document) };

    /// <summary>The signature of a document's story words; null when it has none outside boilerplate.</summary>
    public static StorySignature? Sign(Document document)
    {
        var words = StoryWords(document);
        if (words.Count == 0)
            return null;

        var minima = new uint[StorySignature.Length];
        Array.Fill(minima, uint.MaxValue);
        // A story shorter than one shingle is signed by all its words as one shingle.
        var shingles = Math.Max(1, words.Count - StorySignature.ShingleWords + 1);
        var width = Math.Min(StorySignature.ShingleWords, words.Count);
        for (var start = 0; start < shingles; start++)
        {
            var shingle = 0xCBF29CE484222325UL;
            for (var i = 0; i < width; i++)
                shingle = StorySignature.Mix(shingle ^ words[start + i]);
            for (var k = 0; k < minima.Length; k++)
            {
                var value = (uint)(StorySignature.Mix(shingle ^ Seeds[k]) >> 32);
                if (value < minima[k])
                    minima[k] = value;
            }
        }
        return new StorySignature(ImmutableArray.Create(minima));
    }

    /// <summary>A 64-bit hash per word or number token outside boilerplate, in text order.</summary>
    private static List<ulong> StoryWords(Document document)
    {
        var boilerplate = document.Boilerplate.Select(b => b.Span).OrderBy(s => s.Start).ToArray();
        var words = new List<ulong>(document.Tokens.Length);
        var next = 0;
        foreach (var token in document.Tokens)
        {
            if (token.Kind is not (TokenKind.Word or TokenKind.Number))
                continue;
            while (next < boilerplate.Length && boilerplate[next].End <= token.Start)
                next++;
            if (InAny(boilerplate, next, token.Span))
                continue;
            words.Add(HashWord(document.Slice(token.Span)));
        }
        return words;
    }

    private static bool InAny(TextSpan[] spans, int from, TextSpan token)
    {
        // Spans may nest or overlap, so look at every one that starts before the token ends.
        for (var i = from; i < spans.Length && spans[i].Start <= token.Start; i++)
            if (spans[i].Contains(token))
                return true;
        return false;
    }

    /// <summary>FNV-1a over the word lower-cased, with typographic apostrophes made straight.</summary>
    private static ulong HashWord(ReadOnlySpan<char> word)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in word)
        {
            var folded = c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c);
            hash = (hash ^ folded) * 0x100000001B3UL;
        }
        return hash;
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[StorySignature.Length];
        var state = 0x5EED_0F_5709_1E5UL;
        for (var i = 0; i < seeds.Length; i++)
            seeds[i] = StorySignature.Mix(state += 0x9E3779B97F4A7C15UL);
        return seeds;
    }
}
