using System.Globalization;

namespace Vigil.Extraction.Entities.Tagging;

/// <summary>How <see cref="TaggerTrainer"/> trains: passes, shuffling seed, feature cut-offs, pruning.</summary>
public sealed record TrainingOptions
{
    public int Epochs { get; init; } = 10;

    public ulong Seed { get; init; } = 20260828;

    /// <summary>A feature seen fewer times than this in the training data gets no weight.</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Averaged weights smaller than this (in perceptron updates) are dropped from the model.</summary>
    public double PruneBelow { get; init; } = 0.05;

    /// <summary>One in this many sentences is also trained on in capitals, and one in as many in title case, as headlines are written.</summary>
    public int HeadlineEvery { get; init; } = 10;

    public bool DocumentFeatures { get; init; } = true;

    /// <summary>What the model file records about its training, for people reading it later.</summary>
    public string Description { get; init; } = "";
}

/// <summary>
/// Trains an <see cref="EntityTagger"/>: a structured averaged perceptron (Collins 2002) with
/// integer updates, so the same corpora, options and seed give the same model, bit for bit.
/// Corpora that do not label MISC are read as partly labelled: where they say O, the update
/// target may be O or MISC, whichever the current model prefers.
/// </summary>
public static class TaggerTrainer
{
    private const int N = BioTags.Count;

    private sealed class Sentence
    {
        public required SentenceFeatures Features;
        public required int[] Rows;      // feature rows, token-major
        public required int[] RowStart;  // per token, index into Rows; one extra at the end
        public required int[] Gold;
        public ushort[]? Allowed;        // partial labels: the tags each token may take
    }

    private sealed class Weights(int rows)
    {
        public int[] W = new int[rows * N];
        public long[] U = new long[rows * N];
        public int[] TransW = new int[(N + 1) * N];
        public long[] TransU = new long[(N + 1) * N];
        public long Clock = 1;

        public void Grow(int rows)
        {
            if (rows * N <= W.Length) return;
            var size = Math.Max(rows * N, W.Length * 2);
            Array.Resize(ref W, size);
            Array.Resize(ref U, size);
        }

        public void Update(int row, int tag, int delta)
        {
            W[row * N + tag] += delta;
            U[row * N + tag] += Clock * delta;
        }

        public void UpdateTransition(int from, int to, int delta)
        {
            TransW[from * N + to] += delta;
            TransU[from * N + to] += Clock * delta;
        }

        public double Average(int i) => W[i] - (double)U[i] / Clock;

        public double AverageTransition(int i) => TransW[i] - (double)TransU[i] / Clock;
    }

    /// <param name="afterEpoch">Called after every pass but the last with the model averaged so far, so that a caller can score it on held-out data.</param>
    public static EntityTagger Train(IReadOnlyList<LabelledDocument> corpus, Gazetteer gazetteer, TrainingOptions options, Action<string>? progress = null,
        Action<int, EntityTagger>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(options);
        var documents = WithHeadlines(corpus, options.HeadlineEvery);
        var keys = new ulong[SentenceFeatures.MaxPerToken];

        // pass 1: which features are frequent enough to learn
        var counts = new Dictionary<ulong, int>();
        var views = documents.Select(d => (Document: d, View: ToView(d))).ToList();
        foreach (var (_, view) in views)
            foreach (var f in view)
                for (var i = 0; i < f.Count; i++)
                {
                    var n = f.Extract(i, keys);
                    for (var k = 0; k < n; k++)
                        counts[keys[k]] = counts.GetValueOrDefault(keys[k]) + 1;
                }
        var rows = new Dictionary<ulong, int>();
        foreach (var (key, count) in counts)
            if (count >= options.MinFeatureCount)
                rows[key] = 0;
        counts = null;
        // row numbers in key order, so that they never depend on hashing order
        var ordered = rows.Keys.Order().ToList();
        for (var r = 0; r < ordered.Count; r++) rows[ordered[r]] = r;
        progress?.Invoke($"{documents.Count:N0} documents, {views.Sum(v => v.View.Sum(f => f.Count)):N0} tokens (headline copies included), {rows.Count:N0} features");

        // pass 2: every token's feature rows, kept for all epochs
        var training = views.Select(v => (Sentences: v.View.Select((f, s) => ToSentence(f, v.Document.Sentences[s].Tags, v.Document.LabelsMisc, rows, keys)).ToList(), v.Document.LabelsMisc)).ToList();

        var weights = new Weights(rows.Count);
        var random = new SplitMix64(options.Seed);
        var order = Enumerable.Range(0, training.Count).ToArray();
        for (var epoch = 1; epoch <= options.Epochs; epoch++)
        {
            Shuffle(order, random);
            int errors = 0, total = 0;
            foreach (var d in order)
            {
                var (sentences, _) = training[d];
                var (e, t) = TrainDocument(sentences, weights, rows, options.DocumentFeatures, keys);
                errors += e;
                total += t;
            }
            progress?.Invoke($"epoch {epoch}: {errors:N0} of {total:N0} tokens mistagged ({100.0 * errors / Math.Max(1, total):F2}%)");
            if (epoch < options.Epochs)
                afterEpoch?.Invoke(epoch, new EntityTagger(Finish(weights, rows, options), gazetteer));
        }
        return new EntityTagger(Finish(weights, rows, options), gazetteer);

        List<SentenceFeatures> ToView(LabelledDocument d)
        {
            var doc = TaggerDocument.FromTokens(d.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens));
            return doc.Sentences.Select(s => new SentenceFeatures(doc.Text, s, gazetteer)).ToList();
        }
    }

    private static Sentence ToSentence(SentenceFeatures f, ImmutableArray<int> gold, bool labelsMisc, Dictionary<ulong, int> rows, ulong[] keys)
    {
        var list = new List<int>(f.Count * 30);
        var start = new int[f.Count + 1];
        for (var i = 0; i < f.Count; i++)
        {
            start[i] = list.Count;
            var n = f.Extract(i, keys);
            for (var k = 0; k < n; k++)
                if (rows.TryGetValue(keys[k], out var r)) list.Add(r);
        }
        start[f.Count] = list.Count;
        ushort[]? allowed = null;
        if (!labelsMisc)
        {
            const ushort misc = (1 << BioTags.Outside) | (1 << 7) | (1 << 8);
            allowed = [.. gold.Select(g => g == BioTags.Outside ? misc : (ushort)(1 << g))];
        }
        return new Sentence { Features = f, Rows = [.. list], RowStart = start, Gold = [.. gold], Allowed = allowed };
    }

    /// <summary>Trains on one document: a first pass for document consistency, then per sentence an update without and with the document features.</summary>
    private static (int Errors, int Tokens) TrainDocument(List<Sentence> sentences, Weights w, Dictionary<ulong, int> rows, bool documentFeatures, ulong[] keys)
    {
        int errors = 0, tokens = 0;
        int[]? majority = null;
        if (documentFeatures)
        {
            var seen = new List<(ulong, bool, int)>();
            foreach (var s in sentences)
            {
                var e = Emissions(s, w);
                var tags = new int[s.Gold.Length];
                Viterbi.Decode(e, w.TransW, default, tags);
                for (var i = 0; i < tags.Length; i++) seen.Add((s.Features.FormOf(i), s.Features.IsNameLike(i), tags[i]));
            }
            majority = new int[seen.Count];
            DocumentConsistency.Majorities(seen, majority);
        }
        var at = 0;
        foreach (var s in sentences)
        {
            var n = s.Gold.Length;
            var emissions = Emissions(s, w);
            Step(s, emissions, null, w);
            if (majority is not null)
            {
                var docRows = new List<int>[n];
                for (var i = 0; i < n; i++, at++)
                {
                    if (majority[at] == DocumentConsistency.Unseen) continue;
                    var count = s.Features.ExtractDocument(i, majority[at], keys);
                    docRows[i] = [];
                    for (var k = 0; k < count; k++)
                    {
                        if (!rows.TryGetValue(keys[k], out var r))
                        {
                            rows[keys[k]] = r = rows.Count;
                            w.Grow(rows.Count);
                        }
                        docRows[i].Add(r);
                    }
                }
                emissions = Emissions(s, w);
                for (var i = 0; i < n; i++)
                    if (docRows[i] is { } extra)
                        foreach (var r in extra)
                            for (var t = 0; t < N; t++) emissions[i * N + t] += w.W[r * N + t];
                errors += Step(s, emissions, docRows, w);
            }
            else errors += Step(s, emissions, null, w);
            tokens += n;
            w.Clock++;
        }
        return (errors, tokens);
    }

    /// <summary>Decodes, and where the best sequence differs from the gold one, moves the weights toward gold.</summary>
    private static int Step(Sentence s, int[] emissions, List<int>[]? extraRows, Weights w)
    {
        var n = s.Gold.Length;
        var predicted = new int[n];
        Viterbi.Decode(emissions, w.TransW, default, predicted);
        var gold = s.Gold;
        if (s.Allowed is not null)
        {
            gold = new int[n];
            Viterbi.Decode(emissions, w.TransW, s.Allowed, gold);
        }
        var errors = 0;
        for (var i = 0; i < n; i++)
        {
            var prevGold = i == 0 ? N : gold[i - 1];
            var prevPred = i == 0 ? N : predicted[i - 1];
            if (gold[i] != predicted[i])
            {
                errors++;
                for (var k = s.RowStart[i]; k < s.RowStart[i + 1]; k++)
                {
                    w.Update(s.Rows[k], gold[i], +1);
                    w.Update(s.Rows[k], predicted[i], -1);
                }
                if (extraRows?[i] is { } extra)
                    foreach (var r in extra)
                    {
                        w.Update(r, gold[i], +1);
                        w.Update(r, predicted[i], -1);
                    }
            }
            if (gold[i] != predicted[i] || prevGold != prevPred)
            {
                w.UpdateTransition(prevGold, gold[i], +1);
                w.UpdateTransition(prevPred, predicted[i], -1);
            }
        }
        return errors;
    }

    private static int[] Emissions(Sentence s, Weights w)
    {
        var n = s.Gold.Length;
        var e = new int[n * N];
        for (var i = 0; i < n; i++)
            for (var k = s.RowStart[i]; k < s.RowStart[i + 1]; k++)
            {
                var r = s.Rows[k] * N;
                for (var t = 0; t < N; t++) e[i * N + t] += w.W[r + t];
            }
        return e;
    }

    /// <summary>Averages, prunes the weights that are nearly zero, and scales the rest to 16-bit integers.</summary>
    private static TaggerModel Finish(Weights w, Dictionary<ulong, int> rows, TrainingOptions options)
    {
        var max = 0.0;
        for (var i = 0; i < rows.Count * N; i++) max = Math.Max(max, Math.Abs(w.Average(i)));
        for (var i = 0; i < w.TransW.Length; i++) max = Math.Max(max, Math.Abs(w.AverageTransition(i)));
        var scale = max > 0 ? 32000 / max : 1;
        var byKey = new SortedDictionary<uint, int[]>();
        foreach (var (key, row) in rows.OrderBy(kv => kv.Key))
        {
            int[]? q = null;
            for (var t = 0; t < N; t++)
            {
                var a = w.Average(row * N + t);
                if (Math.Abs(a) < options.PruneBelow) continue;
                var v = (int)Math.Round(a * scale, MidpointRounding.AwayFromZero);
                if (v == 0) continue;
                q ??= new int[N];
                q[t] = v;
            }
            if (q is null) continue;
            var folded = FeatureHash.Fold(key);
            if (byKey.TryGetValue(folded, out var existing))
                for (var t = 0; t < N; t++) existing[t] += q[t];
            else byKey[folded] = q;
        }
        var features = byKey.Select(kv => (kv.Key, kv.Value.Select(v => (short)Math.Clamp(v, short.MinValue, short.MaxValue)).ToArray())).ToList();
        var transitions = new int[(N + 1) * N];
        for (var i = 0; i < transitions.Length; i++)
            transitions[i] = (int)Math.Round(w.AverageTransition(i) * scale, MidpointRounding.AwayFromZero);
        return new TaggerModel(features, transitions, SentenceFeatures.Version, options.Description);
    }

    /// <summary>
    /// Headlines are written in capitals or title case, which the corpora rarely are: one in
    /// <paramref name="every"/> sentences is added again in capitals, another in title case, right
    /// after itself so that the document's other sentences still say what its names are.
    /// </summary>
    private static List<LabelledDocument> WithHeadlines(IReadOnlyList<LabelledDocument> corpus, int every)
    {
        if (every <= 0) return [.. corpus];
        var k = 0;
        var result = new List<LabelledDocument>(corpus.Count);
        foreach (var d in corpus)
        {
            var sentences = ImmutableArray.CreateBuilder<LabelledSentence>();
            foreach (var s in d.Sentences)
            {
                sentences.Add(s);
                var pick = k++ % every;
                if (pick == 3) sentences.Add(s with { Tokens = [.. s.Tokens.Select(t => t.ToUpperInvariant())] });
                else if (pick == 7) sentences.Add(s with { Tokens = [.. s.Tokens.Select(TitleCase)] });
            }
            result.Add(d with { Sentences = sentences.ToImmutable() });
        }
        return result;
    }

    private static readonly FrozenSet<string> Small = new[] { "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "by", "as" }.ToFrozenSet();

    private static string TitleCase(string token) =>
        token.Length == 0 || !char.IsLower(token[0]) || Small.Contains(token) ? token
            : string.Concat(char.ToUpper(token[0], CultureInfo.InvariantCulture).ToString(), token.AsSpan(1));

    private static void Shuffle(int[] order, SplitMix64 random)
    {
        for (var i = order.Length - 1; i > 0; i--)
        {
            var j = (int)(random.Next() % (ulong)(i + 1));
            (order[i], order[j]) = (order[j], order[i]);
        }
    }

    /// <summary>A fixed, tiny generator, so that shuffling never changes with the runtime's Random.</summary>
    private sealed class SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
