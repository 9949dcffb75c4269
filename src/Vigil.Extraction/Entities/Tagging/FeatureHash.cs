using System.Runtime.CompilerServices;

namespace Vigil.Extraction.Entities.Tagging;

/// <summary>
/// Stable 64-bit hashes for feature keys. string.GetHashCode is randomised per process, and a
/// model must find the same keys in every process that loads it, so the tagger hashes by hand
/// (FNV-1a over characters, a MurmurHash3 finaliser to combine).
/// </summary>
/// <remarks>
/// The hashing steps are inlined by force: a sentence's features call <see cref="Combine(ulong, ulong)"/>
/// fifty times a token, more than the JIT's inlining budget takes on its own, and the calls it left
/// to <c>Finish</c> were 4.8% of the samples of a profile of the tagger alone.
/// </remarks>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Chars(ReadOnlySpan<char> s)
    {
        var h = Offset;
        foreach (var c in s)
        {
            h ^= c;
            h *= Prime;
        }
        return h;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Start() => Offset;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Add(ulong h, char c) => (h ^ c) * Prime;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b) => Finish(a * 0x9E3779B97F4A7C15UL ^ b);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Combine(ulong a, ulong b, ulong c, ulong d) => Combine(Combine(Combine(a, b), c), d);

    /// <summary>The 32-bit key a model stores: both halves folded in, and never 0, which marks an empty slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Fold(ulong h)
    {
        var k = (uint)(h ^ (h >> 32));
        return k == 0 ? 1u : k;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Finish(ulong h)
    {
        h ^= h >> 33;
        h *= 0xFF51AFD7ED558CCDUL;
        h ^= h >> 33;
        h *= 0xC4CEB9FE1A85EC53UL;
        h ^= h >> 33;
        return h;
    }
}
