using System.IO.Compression;
using System.Runtime.CompilerServices;

namespace Vigil.Extraction.Entities.Tagging;

[InlineArray(BioTags.Count)]
internal struct TagWeights
{
    private short _first;

    /// <summary>
    /// Adds the nine weights to <paramref name="scores"/>. Reads them through <see cref="Unsafe"/>
    /// rather than the inline array's indexer: in ahead-of-time (ReadyToRun) code that indexer is a call
    /// into the framework that cannot be inlined, and a method such as <see cref="EntityTagger.Tag"/>,
    /// called once per article, may run that code for much of a run: 4% of the processor samples of
    /// `vigil analyze` over the PolNeAR texts were that call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly void AddTo(Span<int> scores)
    {
        ref var first = ref Unsafe.AsRef(in _first);
        for (var t = 0; t < BioTags.Count; t++)
            scores[t] += Unsafe.Add(ref first, t);
    }
}

/// <summary>
/// The weights of a trained tagger: per feature key, one small integer per BIO tag, and the tag
/// transition weights. Held in one open-addressing table whose slots carry the key and its nine
/// weights together, so that a feature costs one memory access; immutable once loaded.
/// </summary>
internal sealed class TaggerModel
{
    private const string Magic = "VIGILNER";
    private const int FormatVersion = 1;

    private struct Slot
    {
        public uint Key;
        public TagWeights Weights;
    }

    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Transition weights, row <c>from</c> (with row <see cref="BioTags.Count"/> for the sentence start), column <c>to</c>.</summary>
    public int[] Transitions { get; }

    public int FeatureCount { get; }

    public int FeatureVersion { get; }

    public string Description { get; }

    public TaggerModel(IReadOnlyList<(uint Key, short[] Weights)> features, int[] transitions, int featureVersion, string description)
        : this(features.Count, transitions, featureVersion, description)
    {
        foreach (var (key, weights) in features)
            Put(key, weights);
    }

    /// <summary>An empty table sized for <paramref name="featureCount"/> features, filled by <see cref="Put"/>.</summary>
    private TaggerModel(int featureCount, int[] transitions, int featureVersion, string description)
    {
        if (transitions.Length != (BioTags.Count + 1) * BioTags.Count)
            throw new ArgumentException("one transition weight per pair of tags, and per tag from the start", nameof(transitions));
        Transitions = transitions;
        FeatureVersion = featureVersion;
        Description = description;
        FeatureCount = featureCount;
        var capacity = 16;
        while (capacity < featureCount * 5 / 3) capacity <<= 1;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
    }

    private void Put(uint key, ReadOnlySpan<short> weights)
    {
        var i = (int)(Scramble(key) & (uint)_mask);
        while (_slots[i].Key != 0)
        {
            if (_slots[i].Key == key) throw new ArgumentException($"feature key {key} given twice");
            i = (i + 1) & _mask;
        }
        _slots[i].Key = key;
        weights.CopyTo(_slots[i].Weights);
    }

    /// <summary>
    /// Adds the weights of every feature to <paramref name="scores"/>. The slots are first touched
    /// all at once: their loads do not depend on one another, so the processor fetches them from
    /// memory together instead of waiting for each probe in turn — the table is larger than the
    /// cache, and waiting on it was most of the tagger's time.
    /// </summary>
    public void AddAll(ReadOnlySpan<ulong> features, Span<int> scores)
    {
        Span<uint> keys = stackalloc uint[features.Length];
        Span<int> at = stackalloc int[features.Length];
        Span<uint> found = stackalloc uint[features.Length];
        for (var k = 0; k < features.Length; k++)
        {
            var key = keys[k] = FeatureHash.Fold(features[k]);
            var i = at[k] = (int)(Scramble(key) & (uint)_mask);
            found[k] = _slots[i].Key;
        }
        for (var k = 0; k < keys.Length; k++)
        {
            // most probes end at the first slot: the feature is there, or the slot is empty and it is nowhere
            if (found[k] == 0) continue;
            var i = at[k];
            if (found[k] != keys[k])
            {
                do
                {
                    i = (i + 1) & _mask;
                    if (_slots[i].Key == 0) break;
                } while (_slots[i].Key != keys[k]);
                if (_slots[i].Key == 0) continue;
            }
            _slots[i].Weights.AddTo(scores);
        }
    }

    /// <summary>Adds a feature's weights to the nine tag scores; an unknown feature adds nothing.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTo(uint key, Span<int> scores)
    {
        var i = (int)(Scramble(key) & (uint)_mask);
        while (true)
        {
            ref readonly var slot = ref _slots[i];
            if (slot.Key == key)
            {
                slot.Weights.AddTo(scores);
                return;
            }
            if (slot.Key == 0) return;
            i = (i + 1) & _mask;
        }
    }

    public IEnumerable<(uint Key, short[] Weights)> Features()
    {
        foreach (var slot in _slots)
        {
            if (slot.Key == 0) continue;
            var w = new short[BioTags.Count];
            for (var t = 0; t < BioTags.Count; t++) w[t] = slot.Weights[t];
            yield return (slot.Key, w);
        }
    }

    // keys are hashes already; the multiply spreads sequential low bits over the table
    private static uint Scramble(uint key) => key * 0x9E3779B1u;

    /// <summary>
    /// Writes the model compactly: features sorted by key, keys as gaps, and per feature a mask of
    /// its non-zero weights followed by those weights, all gzipped. Same model, same bytes.
    /// </summary>
    public void Save(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gzip, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic.ToCharArray());
        w.Write(FormatVersion);
        w.Write(FeatureVersion);
        w.Write(BioTags.Count);
        w.Write(Description);
        foreach (var t in Transitions) w.Write(t);
        var sorted = Features().OrderBy(f => f.Key).ToList();
        w.Write(sorted.Count);
        uint previous = 0;
        foreach (var (key, weights) in sorted)
        {
            w.Write7BitEncodedInt((int)(key - previous));
            previous = key;
            ushort mask = 0;
            for (var t = 0; t < BioTags.Count; t++)
                if (weights[t] != 0) mask |= (ushort)(1 << t);
            w.Write(mask);
            for (var t = 0; t < BioTags.Count; t++)
                if (weights[t] != 0) w.Write7BitEncodedInt((weights[t] << 1) ^ (weights[t] >> 31));
        }
    }

    public static TaggerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var r = new BinaryReader(buffered, System.Text.Encoding.UTF8, leaveOpen: true);
        if (new string(r.ReadChars(Magic.Length)) != Magic)
            throw new InvalidDataException("not a Vigil entity tagger model");
        var format = r.ReadInt32();
        if (format != FormatVersion)
            throw new InvalidDataException($"entity tagger model format {format}; this Vigil reads format {FormatVersion}");
        var featureVersion = r.ReadInt32();
        if (r.ReadInt32() != BioTags.Count)
            throw new InvalidDataException("entity tagger model has a different tag set");
        var description = r.ReadString();
        var transitions = new int[(BioTags.Count + 1) * BioTags.Count];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = r.ReadInt32();
        var count = r.ReadInt32();
        if (count < 0) throw new InvalidDataException("entity tagger model has a negative feature count");
        // straight into the table: a list of 180,000 little weight arrays first was half the load time
        var model = new TaggerModel(count, transitions, featureVersion, description);
        Span<short> weights = stackalloc short[BioTags.Count];
        uint key = 0;
        for (var f = 0; f < count; f++)
        {
            key += (uint)r.Read7BitEncodedInt();
            var mask = r.ReadUInt16();
            weights.Clear();
            for (var t = 0; t < BioTags.Count; t++)
            {
                if ((mask & (1 << t)) == 0) continue;
                var z = r.Read7BitEncodedInt();
                weights[t] = (short)((z >>> 1) ^ -(z & 1));
            }
            model.Put(key, weights);
        }
        return model;
    }
}
