using System.IO.Compression;

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

    private static readonly Lazy<Dictionary<ulong, uint>> Table = new(Load);

    /// <summary>
    /// The word's clusters packed as fine (bits 0–11), middle (12–21) and coarse (22–31), each
    /// stored one above its number so that 0 means the word has none.
    /// </summary>
    public static uint Of(ulong lowerFormHash) => Table.Value.GetValueOrDefault(lowerFormHash);

    public static uint Fine(uint packed) => packed & 0xFFF;

    public static uint Middle(uint packed) => (packed >> 12) & 0x3FF;

    public static uint Coarse(uint packed) => packed >> 22;

    /// <summary>The key a word is stored under: the lower-case form's hash as the tagger computes it.</summary>
    public static ulong KeyOf(ReadOnlySpan<char> word) => SentenceFeatures.LowerHash(word);

    private static Dictionary<ulong, uint> Load()
    {
        using var stream = typeof(WordClusters).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"{Resource} is missing from the assembly");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var parents = new List<(uint Middle, uint Coarse)>();
        var table = new Dictionary<ulong, uint>(350_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var span = line.AsSpan();
            var tab = span.IndexOf('\t');
            if (span[0] == '=')
            {
                var rest = span[(tab + 1)..];
                var tab2 = rest.IndexOf('\t');
                parents.Add((uint.Parse(rest[..tab2]), uint.Parse(rest[(tab2 + 1)..])));
                continue;
            }
            var fine = uint.Parse(span[(tab + 1)..]);
            var (middle, coarse) = parents[(int)fine];
            // GloVe's first (most frequent) spelling of a key wins when two differ only in what the hash folds together
            table.TryAdd(KeyOf(span[..tab]), (fine + 1) | ((middle + 1) << 12) | ((coarse + 1) << 22));
        }
        return table;
    }
}
