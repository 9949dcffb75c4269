// Time against size for hostile inputs: each shape is built at sizes n, 2n, 4n, 8n, read through
// the real reader (from bytes, as a file would be) and run through every stage of the default
// pipeline on one thread. Each stage's time per doubling is printed; a ratio near 2 is linear,
// near 4 quadratic. The command exits 1 when a stage that takes long enough to measure grows
// faster than MaxRatio per doubling at the largest size.
//
//   bench/hostile-scaling.sh [BASE_WORDS]     (default 20000: 20k, 40k, 80k, 160k words)
using System.Diagnostics;
using System.Text;
using Vigil.Documents;
using Vigil.Extraction;
using Vigil.Reading;

const double MaxRatio = 3.0;
const long MinMeasurableMs = 150;

var baseWords = args.Length > 0 ? int.Parse(args[0]) : 20_000;
var shapes = new (string Name, string Extension, Func<int, string> Build)[]
{
    ("run-on sentence (quotes, names, promises)", ".txt", n => Repeat("“We will attack Kabul on Monday,” he said, and Obama promised to meet Putin in Geneva and killed 10 people, ", n)),
    ("quotation marks only", ".txt", n => Repeat("\" ", n)),
    ("a quote that never closes", ".txt", n => "“" + Repeat("Taliban spokesman Zabihullah Mujahid said the word ", n)),
    ("capitalised words, no punctuation", ".txt", n => Repeat("Abdul Ghani Baradar Kabul Airport Biden Blinken ", n)),
    ("datelines, scorecards and lone words read as people", ".txt", n => Repeat("KHASAVYURT , Russia 1996-08-31\nFighting continued as Western allies met Zaporizhzhia officials . A. Stewart c Moin Khan b Waqar Younis 44\nBowling : Lewis 12-1-64-0 , Cork 23-5-71-1\n8 - Alfonso ( Betis ) , Milo Kendric ( Real Madrid )\n", n)),
    ("headlines in capitals over a body that names them, descriptions as subjects", ".txt", n => Repeat("SCHUMACHER WINS BELGIAN GRAND PRIX FOR FERRARI AS YANKEES LOSE\nMichael Schumacher won the Belgian Grand Prix for Ferrari . The Yankees lost . The Australian said the senator would win .\nTOKYO STOCKS END LOWER\nTokyo stocks ended lower as the London Metal Exchange said LME stocks fell and the opposition Social Democrats watched the WTA Tour Championships .\n", n)),
    ("results tables, names written whole and through particles", ".txt", n => Repeat("PSV Eindhoven 3 ( Nilis 12 , Van der Meer 45 ) Utrecht 1\nSlavia Prague ( Czech Republic ) 2 Valencia ( Spain ) 1\nFerrari 's Michael Schumacher beat Mika Hakkinen of McLaren as Nikolaus van der Pas said Judicial Watch stated Barcelona beat Valencia 3-2 for the Liberation of Congo-Zaire .\nTRUMP : Judicial Watch Executive said so\n", n)),
    ("one word, no spaces", ".txt", n => new string('x', n * 6)),
    // Short paragraphs made to make the boilerplate patterns backtrack: each is at most 400 characters,
    // so the stage stays linear in their number whatever a pattern does, but a pattern that gives
    // characters back cost milliseconds a paragraph here (BoilerplateMarker's remarks).
    ("short paragraphs that bait the boilerplate patterns", ".txt", n => Repeat("More on" + new string(' ', 360) + ", x\ny\n\nRelated" + new string(' ', 370) + "x\ny\n\nDownload the" + string.Concat(Enumerable.Repeat(" app", 80)) + "\nx\n\n", n)),
    // Nesting past 512 elements is refused by the reader (HostileRegressionTests); what is left to time
    // is markup that never closes without nesting: each <p> and <li> ends the one before.
    ("unclosed HTML (paragraphs, list items, quotes)", ".html", n => "<html><body><ul>" + Repeat("<li><p>Mr. Smith said “no ", n)),
};

var pipeline = VigilPipeline.CreateDefault();
// Warm up: load the tagger and the gazetteer, JIT the stages.
pipeline.Process(new Document("“We will go,” Mr. Ali said in Kabul.", new ArticleMetadata("warm-up")));

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}; .NET {Environment.Version}");
var failed = false;
foreach (var (name, extension, build) in shapes)
{
    Console.WriteLine($"\n## {name}");
    Console.WriteLine($"{"words",9} {"chars",10} {"read",8} " + string.Join(' ', pipeline.Stages.Select(s => $"{s.Name,12}")) + $" {"total",9}");
    long[]? previous = null;
    for (var words = baseWords; words <= baseWords * 8; words *= 2)
    {
        var text = build(words);
        var times = new long[pipeline.Stages.Length + 2];
        var clock = Stopwatch.StartNew();
        var document = Read(text, extension);
        times[0] = clock.ElapsedMilliseconds;
        for (var i = 0; i < pipeline.Stages.Length; i++)
        {
            clock.Restart();
            document = pipeline.Stages[i].Process(document);
            document = document with { Layers = document.Layers | pipeline.Stages[i].Provides };
            times[i + 1] = clock.ElapsedMilliseconds;
        }
        times[^1] = times[..^1].Sum();
        Console.WriteLine($"{words,9} {text.Length,10} " + string.Join(' ', times.Select((t, i) => i == 0 ? $"{t,8}" : i == times.Length - 1 ? $"{t,9}" : $"{t,12}")));
        if (previous is not null && words == baseWords * 8)
            for (var i = 0; i < times.Length; i++)
                if (times[i] >= MinMeasurableMs && previous[i] > 0 && (double)times[i] / previous[i] > MaxRatio)
                {
                    var stage = i == 0 ? "read" : i == times.Length - 1 ? "total" : pipeline.Stages[i - 1].Name;
                    Console.WriteLine($"SUPER-LINEAR: {stage} went from {previous[i]} ms to {times[i]} ms when the input doubled");
                    failed = true;
                }
        previous = times;
    }
}
Console.WriteLine(failed ? "\nresult: a stage grows faster than linear" : "\nresult: every stage stays linear (each doubling at most ×" + MaxRatio + ")");
return failed ? 1 : 0;

static string Repeat(string unit, int words)
{
    var unitWords = Math.Max(1, unit.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
    var text = new StringBuilder();
    for (var n = 0; n < words; n += unitWords) text.Append(unit);
    return text.ToString();
}

static Document Read(string text, string extension)
{
    var folder = Directory.CreateTempSubdirectory("vigil-bench-");
    try
    {
        var path = Path.Combine(folder.FullName, "input" + extension);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        var outcome = new ArticleReader(new ReadOptions()).Read(path).Single();
        return outcome switch
        {
            ArticleRead read => read.Document,
            ReadFailure failure => throw new InvalidOperationException($"the reader refused the input: {failure.Reason}"),
            _ => throw new InvalidOperationException("unknown outcome"),
        };
    }
    finally
    {
        folder.Delete(recursive: true);
    }
}
