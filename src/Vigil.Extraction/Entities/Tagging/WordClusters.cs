using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace Vigil.Extraction.Entities.Tagging;

/// <summary>
/// Which cluster of distributionally similar words a word falls in, at three granularities that
/// nest (1,024, 256 and 64 clusters): what lets the tagger treat a name no training sentence
/// showed like the names it did. Derived from the GloVe 6B vectors (public domain dedication) by
/// <c>tools/Vigil.DataBuilder word-clusters</c>; <c>tagger-word-clusters.tsv.gz</c>, attribution in NOTICE.
/// Looked up by the hash of the token's lower-case form, the one <see cref="SentenceFeatures"/>
/// already computes, so tagging builds no strings for it.
/// </summary>
internal static class WordClusters
{
    private const string Resource = "Vigil.Extraction.Resources.tagger-word-clusters.tsv.gz";

    private static readonly Lazy<ClusterTable> Table = new(Load);

    /// <summary>
    /// The word's clusters packed as fine (bits 0–11), middle (12–21) and coarse (22–31), each
    /// stored one above its number so that 0 means the word has none.
    /// </summary>
    public static uint Of(ulong lowerFormHash) => Table.Value.Find(lowerFormHash);

    /// <summary>Starts loading the table on the thread pool, for a caller that will need it soon.</summary>
    public static void LoadInBackground()
    {
        if (!Table.IsValueCreated) ThreadPool.QueueUserWorkItem(static _ => _ = Table.Value);
    }

    public static uint Fine(uint packed) => packed & 0xFFF;

    public static uint Middle(uint packed) => (packed >> 12) & 0x3FF;

    public static uint Coarse(uint packed) => packed >> 22;

    /// <summary>The key a word is stored under: the lower-case form's hash as the tagger computes it.</summary>
    public static ulong KeyOf(ReadOnlySpan<char> word) => SentenceFeatures.LowerHash(word);

    /// <summary>
    /// Parses the 4 MB of text straight from its bytes: 335,000 lines read as strings took most of
    /// a second on a busy machine, which start-up would pay on every run.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]   // one long loop, run once: tier-0 code would crawl through it
    private static ClusterTable Load()
    {
        byte[] bytes;
        using (var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is missing from the assembly"))
        using (var gzip = new GZipStream(stream, CompressionMode.Decompress))
        using (var buffer = new MemoryStream(capacity: 5 << 20))
        {
            gzip.CopyTo(buffer);
            bytes = buffer.ToArray();
        }
        var parents = new List<(uint Middle, uint Coarse)>(1024);
        var table = new ClusterTable(340_000);
        Span<char> word = stackalloc char[256];
        var rest = bytes.AsSpan();
        while (!rest.IsEmpty)
        {
            var newline = rest.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? [] : rest[(newline + 1)..];
            if (line.IsEmpty || line[0] == (byte)'#') continue;
            var tab = line.IndexOf((byte)'\t');
            if (line[0] == (byte)'=')
            {
                var fields = line[(tab + 1)..];
                var tab2 = fields.IndexOf((byte)'\t');
                parents.Add((Number(fields[..tab2]), Number(fields[(tab2 + 1)..])));
                continue;
            }
            var fine = Number(line[(tab + 1)..]);
            var (middle, coarse) = parents[(int)fine];
            var length = Encoding.UTF8.GetChars(line[..tab], word);
            // GloVe's first (most frequent) spelling of a key wins when two differ only in what the hash folds together
            table.AddIfAbsent(KeyOf(word[..length]), (fine + 1) | ((middle + 1) << 12) | ((coarse + 1) << 22));
        }
        return table;
    }

    private static uint Number(ReadOnlySpan<byte> digits)
    {
        uint n = 0;
        foreach (var d in digits) n = n * 10 + (uint)(d - '0');
        return n;
    }

    /// <summary>
    /// Open addressing over the word hashes, key and clusters side by side: every token is looked up,
    /// and a general dictionary's bucket-then-entry indirection cost two cache misses per token.
    /// </summary>
    private sealed class ClusterTable
    {
        private struct Slot
        {
            public ulong Key;
            public uint Clusters;
        }

        private readonly Slot[] _slots;
        private readonly int _mask;
        private readonly int _shift;

        public ClusterTable(int expected)
        {
            var bits = 4;
            while (1 << bits < expected * 3 / 2) bits++;
            _slots = new Slot[1 << bits];
            _mask = (1 << bits) - 1;
            _shift = 64 - bits;
        }

        // FNV's low bits are its weakest; the top bits of a multiply by the golden ratio spread them
        private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

        // clusters are never 0, so an empty slot is one whose clusters are 0
        public void AddIfAbsent(ulong key, uint clusters)
        {
            var i = Home(key);
            while (_slots[i].Clusters != 0)
            {
                if (_slots[i].Key == key) return;
                i = (i + 1) & _mask;
            }
            _slots[i] = new Slot { Key = key, Clusters = clusters };
        }

        public uint Find(ulong key)
        {
            var i = Home(key);
            while (true)
            {
                ref readonly var slot = ref _slots[i];
                if (slot.Clusters == 0) return 0;
                if (slot.Key == key) return slot.Clusters;
                i = (i + 1) & _mask;
            }
        }
    }
}
