namespace Vigil.Documents;

/// <summary>
/// A MinHash signature of a story's words (5-word shingles of the text outside boilerplate), so
/// that copies of one story — the same text under other page furniture, or lightly edited — can be
/// found among millions of articles without comparing texts. Two signatures agree at a position
/// with probability equal to the Jaccard similarity of the two shingle sets.
/// </summary>
/// <remarks>
/// Locality-sensitive hashing: the <see cref="Length"/> = 128 minima are cut into <see cref="BandCount"/>
/// = 32 bands of <see cref="RowsPerBand"/> = 4; articles sharing any band hash are candidates, and a
/// candidate is a copy when the estimated Jaccard similarity reaches <see cref="CopyThreshold"/> = 0.7.
/// With 32 × 4 a pair at Jaccard 0.7 becomes a candidate with probability 1 − (1 − 0.7⁴)³² ≈ 0.9998,
/// and a pair at 0.2 with about 0.05 (then rejected by the estimate), so the bands miss almost no
/// copy and the threshold alone decides. 0.7 rather than 0.8: one changed word removes up to five
/// shingles, so a 300-word story with a dozen scattered edits is already near 0.75; distinct stories
/// on one topic share few five-word runs and sit far below 0.3.
/// </remarks>
public sealed record StorySignature
{
    public const int Length = 128;
    public const int BandCount = 32;
    public const int RowsPerBand = Length / BandCount;
    public const int ShingleWords = 5;
    public const double CopyThreshold = 0.7;

    public StorySignature(ImmutableArray<uint> minHashes)
    {
        if (minHashes.Length != Length)
            throw new ArgumentException($"A story signature has {Length} values, not {minHashes.Length}.", nameof(minHashes));
        MinHashes = minHashes;
    }

    public ImmutableArray<uint> MinHashes { get; }

    /// <summary>The share of positions where the two signatures agree: an estimate of the Jaccard similarity of the two stories' shingles.</summary>
    public double Similarity(StorySignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var same = 0;
        for (var i = 0; i < Length; i++)
            if (MinHashes[i] == other.MinHashes[i])
                same++;
        return (double)same / Length;
    }

    public bool IsCopyOf(StorySignature other) => Similarity(other) >= CopyThreshold;

    /// <summary>One hash per band, the band's number mixed in, so equal rows in different bands never collide. Stable across runs and machines.</summary>
    public long[] BandHashes()
    {
        var hashes = new long[BandCount];
        for (var band = 0; band < BandCount; band++)
        {
            var h = Mix(0x9E3779B97F4A7C15UL * (ulong)(band + 1));
            for (var row = 0; row < RowsPerBand; row++)
                h = Mix(h ^ MinHashes[band * RowsPerBand + row]);
            hashes[band] = unchecked((long)h);
        }
        return hashes;
    }

    /// <summary>The signature as bytes (little-endian), for storage.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Length * sizeof(uint)];
        for (var i = 0; i < Length; i++)
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), MinHashes[i]);
        return bytes;
    }

    public static StorySignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length * sizeof(uint))
            throw new FormatException($"a story signature is {Length * sizeof(uint)} bytes, not {bytes.Length}");
        var values = new uint[Length];
        for (var i = 0; i < Length; i++)
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * sizeof(uint))..]);
        return new StorySignature(ImmutableArray.Create(values));
    }

    public bool Equals(StorySignature? other) =>
        other is not null && MinHashes.AsSpan().SequenceEqual(other.MinHashes.AsSpan());

    public override int GetHashCode() => MinHashes.IsDefaultOrEmpty ? 0 : HashCode.Combine(MinHashes[0], MinHashes[^1]);

    /// <summary>SplitMix64's finaliser: a fast, well-spread 64-bit mix.</summary>
    public static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
