using System.Reflection;
using Vigil.Documents;
using Vigil.Language.Tokens;

namespace Vigil.Extraction.Entities.Tagging;

/// <summary>
/// A statistical name tagger: an averaged perceptron over hashed token features, BIO2 tags over
/// PER/ORG/LOC/MISC, Viterbi decoding over valid tag sequences, and a second pass that reads what
/// the first pass found elsewhere in the article (document consistency). Trained by
/// <see cref="TaggerTrainer"/>; the bundled model is <see cref="Default"/>. Immutable and safe to
/// share between threads.
/// </summary>
public sealed class EntityTagger
{
    internal const string ResourceName = "Vigil.Extraction.Resources.entity-tagger.bin";

    private static readonly Lazy<EntityTagger> LazyDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TaggerModel _model;
    private readonly Gazetteer _gazetteer;

    internal EntityTagger(TaggerModel model, Gazetteer gazetteer)
    {
        if (model.FeatureVersion != SentenceFeatures.Version)
            throw new InvalidDataException($"entity tagger model has features of version {model.FeatureVersion}; this Vigil computes version {SentenceFeatures.Version} (retrain with vigil train-ner)");
        _model = model;
        _gazetteer = gazetteer;
    }

    /// <summary>
    /// The tagger trained on the corpora of ../shared/data/ner and embedded in this assembly (see the
    /// Entities README for its licence), or the model file named by <see cref="ModelVariable"/>.
    /// </summary>
    public static EntityTagger Default => LazyDefault.Value;

    /// <summary>
    /// An environment variable naming a model file written by <c>vigil train-ner</c>, used instead of
    /// the bundled one: how a model trained on other corpora (without the share-alike ones, or with
    /// the dev files held out to be scored) runs in the whole pipeline without rebuilding Vigil.
    /// </summary>
    public const string ModelVariable = "VIGIL_ENTITY_MODEL";

    /// <summary>
    /// Starts loading <see cref="Default"/> on the thread pool: a program about to build its actor
    /// registry on one core loads the model on the other, instead of at the first article.
    /// </summary>
    public static void LoadInBackground()
    {
        if (!LazyDefault.IsValueCreated) ThreadPool.QueueUserWorkItem(static _ => _ = LazyDefault.Value);
    }

    /// <summary>How the model was trained (corpora, epochs, seed), as the trainer recorded it.</summary>
    public string Description => _model.Description;

    public int FeatureCount => _model.FeatureCount;

    public static EntityTagger Load(Stream stream, Gazetteer gazetteer) => new(TaggerModel.Load(stream), gazetteer);

    public void Save(Stream stream) => _model.Save(stream);

    /// <summary>The names in a document, sentence by sentence, in text order.</summary>
    public ImmutableArray<TaggedName> Tag(TaggerDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences;
        var features = new SentenceFeatures[sentences.Length];
        var emissions = new int[sentences.Length][];
        var tags = new int[sentences.Length][];
        var allowed = new ushort[]?[sentences.Length];
        var keys = new ulong[SentenceFeatures.MaxPerToken];
        var tokens = new List<(ulong, bool, int)>(document.TokenCount);
        for (var s = 0; s < sentences.Length; s++)
        {
            var f = features[s] = new SentenceFeatures(document.Text, sentences[s], _gazetteer);
            var e = emissions[s] = new int[f.Count * BioTags.Count];
            for (var i = 0; i < f.Count; i++)
            {
                var n = f.Extract(i, keys);
                _model.AddAll(keys.AsSpan(0, n), e.AsSpan(i * BioTags.Count, BioTags.Count));
            }
            tags[s] = new int[f.Count];
            allowed[s] = AddressesOutside(document.Text, sentences[s]);
            Viterbi.Decode(e, _model.Transitions, allowed[s], tags[s]);
            for (var i = 0; i < f.Count; i++)
                tokens.Add((f.FormOf(i), f.IsNameLike(i), tags[s][i]));
        }

        var majority = new int[tokens.Count];
        DocumentConsistency.Majorities(tokens, majority);
        var names = ImmutableArray.CreateBuilder<TaggedName>();
        var at = 0;
        for (var s = 0; s < sentences.Length; s++)
        {
            var f = features[s];
            var e = emissions[s];
            var changed = false;
            for (var i = 0; i < f.Count; i++, at++)
            {
                if (majority[at] == DocumentConsistency.Unseen) continue;
                var n = f.ExtractDocument(i, majority[at], keys);
                var scores = e.AsSpan(i * BioTags.Count, BioTags.Count);
                for (var k = 0; k < n; k++)
                    _model.AddTo(FeatureHash.Fold(keys[k]), scores);
                changed = true;
            }
            if (changed)
                Viterbi.Decode(e, _model.Transitions, allowed[s], tags[s]);
            foreach (var (first, end, cls) in BioTags.Spans(tags[s]))
                names.Add(new TaggedName(s, first, end, cls));
        }
        return names.DrainToImmutable();
    }

    /// <summary>
    /// Tag masks that keep web and e-mail addresses out of names (the corpora hardly show one, so
    /// the model may run a name into "c.l.h.warwick@durham.ac.uk"); null when the sentence has none.
    /// </summary>
    private static ushort[]? AddressesOutside(string text, ImmutableArray<TextSpan> sentence)
    {
        ushort[]? allowed = null;
        for (var i = 0; i < sentence.Length; i++)
        {
            var token = text.AsSpan(sentence[i].Start, sentence[i].Length);
            if (token.Length < 5 || !Tokenizer.IsAddress(token)) continue;
            if (allowed is null)
            {
                allowed = new ushort[sentence.Length];
                allowed.AsSpan().Fill((1 << BioTags.Count) - 1);
            }
            allowed[i] = 1 << BioTags.Outside;
        }
        return allowed;
    }

    private static EntityTagger LoadEmbedded()
    {
        // the word clusters load beside the model, on the other core, rather than on the first sentence tagged
        WordClusters.LoadInBackground();
        if (Environment.GetEnvironmentVariable(ModelVariable) is { Length: > 0 } path)
        {
            using var file = File.OpenRead(path);
            return Load(file, Gazetteer.Default);
        }
        var assembly = typeof(EntityTagger).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded entity tagger model is missing from {assembly.GetName().Name}; build it with 'vigil train-ner'.");
        return Load(stream, Gazetteer.Default);
    }
}
