namespace Vigil.Extraction.Entities.Tagging;

/// <summary>
/// The best tag sequence under per-token scores and tag transition weights, over valid BIO
/// sequences only (an I follows a B or I of its class). Optionally restricted to the tags a
/// partly labelled sentence allows, which is how training reads corpora that do not label MISC.
/// </summary>
internal static class Viterbi
{
    private const int N = BioTags.Count;

    /// <param name="emissions">n × 9 scores, token-major.</param>
    /// <param name="transitions">10 × 9: from each tag, and from the start (row 9).</param>
    /// <param name="allowed">Optional per-token bit masks of the tags allowed.</param>
    /// <param name="tags">Receives the n tags.</param>
    public static void Decode(ReadOnlySpan<int> emissions, ReadOnlySpan<int> transitions, ReadOnlySpan<ushort> allowed, Span<int> tags)
    {
        var n = tags.Length;
        if (n == 0) return;
        Span<long> score = stackalloc long[N];
        Span<long> next = stackalloc long[N];
        Span<byte> back = n * N <= 4096 ? stackalloc byte[n * N] : new byte[n * N];
        for (var t = 0; t < N; t++)
            score[t] = BioTags.Allowed(-1, t) && Permits(allowed, 0, t) ? emissions[t] + transitions[N * N + t] : long.MinValue;
        for (var i = 1; i < n; i++)
        {
            for (var t = 0; t < N; t++)
            {
                var best = long.MinValue;
                var arg = 0;
                if (Permits(allowed, i, t))
                {
                    foreach (var p in Predecessors[t])
                    {
                        if (score[p] == long.MinValue) continue;
                        var s = score[p] + transitions[p * N + t];
                        if (s > best) { best = s; arg = p; }
                    }
                }
                next[t] = best == long.MinValue ? long.MinValue : best + emissions[i * N + t];
                back[i * N + t] = (byte)arg;
            }
            next.CopyTo(score);
        }
        var last = 0;
        for (var t = 1; t < N; t++)
            if (score[t] > score[last]) last = t;
        tags[n - 1] = last;
        for (var i = n - 1; i > 0; i--)
            tags[i - 1] = back[i * N + tags[i]];
    }

    /// <summary>
    /// Per tag, the tags that may come before it, in ascending order (so ties go to the lowest, as a
    /// scan of all nine would): an I has two, where checking all nine was a fifth of the decoding.
    /// </summary>
    private static readonly int[][] Predecessors = CreatePredecessors();

    private static int[][] CreatePredecessors()
    {
        var lists = new int[N][];
        for (var t = 0; t < N; t++)
            lists[t] = [.. Enumerable.Range(0, N).Where(p => BioTags.Allowed(p, t))];
        return lists;
    }

    private static bool Permits(ReadOnlySpan<ushort> allowed, int i, int tag) =>
        allowed.IsEmpty || (allowed[i] & (1 << tag)) != 0;
}

/// <summary>
/// Document consistency: the class the other occurrences of a word in the article were tagged
/// with on the first pass, so that a name tagged PERSON once is read as PERSON elsewhere (a headline
/// in capitals, a lone surname, a sentence-initial name).
/// </summary>
internal static class DocumentConsistency
{
    /// <summary>No other occurrence of the word in the article: no document feature.</summary>
    public const int Unseen = -1;

    /// <summary>
    /// For each name-like token, the majority class of the same word's other name-like
    /// occurrences: 0 when they were never part of a name, 1 + class otherwise, or <see cref="Unseen"/>.
    /// </summary>
    public static void Majorities(IReadOnlyList<(ulong Form, bool NameLike, int Tag)> tokens, Span<int> majority)
    {
        var counts = new Dictionary<ulong, ClassCounts>();
        foreach (var (form, nameLike, tag) in tokens)
        {
            if (!nameLike) continue;
            ref var c = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, form, out _);
            c[tag == BioTags.Outside ? 0 : 1 + (int)BioTags.ClassOf(tag)]++;
        }
        for (var i = 0; i < tokens.Count; i++)
        {
            var (form, nameLike, tag) = tokens[i];
            majority[i] = Unseen;
            if (!nameLike) continue;
            var c = counts[form];
            var own = tag == BioTags.Outside ? 0 : 1 + (int)BioTags.ClassOf(tag);
            int best = 0, bestCount = 0, total = 0;
            for (var k = 0; k < 5; k++)
            {
                var n = c[k] - (k == own ? 1 : 0);
                total += n;
                if (k > 0 && n > bestCount) { best = k; bestCount = n; }
            }
            if (total > 0) majority[i] = best;
        }
    }

    [System.Runtime.CompilerServices.InlineArray(5)]
    private struct ClassCounts
    {
        private int _o;
    }
}
