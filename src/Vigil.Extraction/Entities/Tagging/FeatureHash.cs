namespace Vigil.Extraction.Entities.Tagging;

/// <summary>
/// Stable 64-bit hashes for feature keys. string.GetHashCode is randomised per process, and a
/// model must find the same keys in every process that loads it, so the tagger hashes by hand
/// (FNV-1a over characters, a MurmurHash3 finaliser to combine).
/// </summary>
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

    public static ulong Start() => Offset;

    public static ulong Add(ulong h, char c) => (h ^ c) * Prime;

    public static ulong Combine(ulong a, ulong b) => Finish(a * 0x9E3779B97F4A7C15UL ^ b);

    public static ulong Combine(ulong a, ulong b, ulong c) => Combine(Combine(a, b), c);

    public static ulong Combine(ulong a, ulong b, ulong c, ulong d) => Combine(Combine(Combine(a, b), c), d);

    /// <summary>The 32-bit key a model stores: both halves folded in, and never 0, which marks an empty slot.</summary>
    public static uint Fold(ulong h)
    {
        var k = (uint)(h ^ (h >> 32));
        return k == 0 ? 1u : k;
    }

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
