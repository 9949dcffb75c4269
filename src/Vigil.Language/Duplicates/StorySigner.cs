using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
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
            if (Avx2.IsSupported)
                LowerMinima256(shingle, minima);
            else
                LowerMinima(shingle, minima);
        }
        return new StorySignature(ImmutableArray.Create(minima));
    }

    /// <summary>Each position's minimum lowered to the shingle's hash there, if that is lower.</summary>
    internal static void LowerMinima(ulong shingle, uint[] minima)
    {
        for (var k = 0; k < minima.Length; k++)
        {
            var value = (uint)(StorySignature.Mix(shingle ^ Seeds[k]) >> 32);
            if (value < minima[k])
                minima[k] = value;
        }
    }

    /// <summary>
    /// <see cref="LowerMinima"/> four positions at a time, the same values: the 128 mixes of every
    /// shingle were a tenth of an article's analysis. AVX2 has no 64-bit multiply, so each is made of
    /// three 32-bit ones (the high half of the high product drops out of a 64-bit result).
    /// </summary>
    internal static void LowerMinima256(ulong shingle, uint[] minima)
    {
        var x0 = Vector256.Create(shingle);
        ref var seeds = ref MemoryMarshal.GetArrayDataReference(Seeds);
        ref var mins = ref MemoryMarshal.GetArrayDataReference(minima);
        for (var k = 0; k < StorySignature.Length; k += Vector256<ulong>.Count)
        {
            var x = x0 ^ Vector256.LoadUnsafe(ref seeds, (nuint)k);
            x ^= Avx2.ShiftRightLogical(x, 30);
            x = Multiply(x, 0xBF58476D1CE4E5B9UL);
            x ^= Avx2.ShiftRightLogical(x, 27);
            x = Multiply(x, 0x94D049BB133111EBUL);
            x ^= Avx2.ShiftRightLogical(x, 31);
            // the high halves, as the four 32-bit values at the even places of eight
            var high = Avx2.ShiftRightLogical(x, 32).AsUInt32();
            var packed = Avx2.PermuteVar8x32(high, Vector256.Create(0u, 2, 4, 6, 0, 2, 4, 6)).GetLower();
            var current = Vector128.LoadUnsafe(ref mins, (nuint)k);
            Vector128.Min(current, packed).StoreUnsafe(ref mins, (nuint)k);
        }
    }

    private static Vector256<ulong> Multiply(Vector256<ulong> x, ulong constant)
    {
        var low = Vector256.Create(constant & 0xFFFF_FFFF).AsUInt32();
        var high = Vector256.Create(constant >> 32).AsUInt32();
        var cross = Avx2.Multiply(x.AsUInt32(), high) + Avx2.Multiply(Avx2.ShiftRightLogical(x, 32).AsUInt32(), low);
        return Avx2.Multiply(x.AsUInt32(), low) + Avx2.ShiftLeftLogical(cross, 32);
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
