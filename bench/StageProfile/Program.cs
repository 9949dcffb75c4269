using System.Diagnostics;
using System.Globalization;
using Vigil.Cli.Output;
using Vigil.Documents;
using Vigil.Extraction;
using Vigil.Extraction.Actors;
using Vigil.Reading;

// Where `vigil analyze` spends its time: start-up work (registry, pipeline), reading, each stage of
// the default pipeline and the JSON line, timed per article on one thread, with the bytes each
// allocates. A sampling of stages by timing, because a sampling profiler is not always to hand.
//   bench/stage-profile.sh [FOLDER] [ROUNDS]
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: StageProfile FOLDER [ROUNDS]");
    return 2;
}
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var process = Process.GetCurrentProcess();

var clock = Stopwatch.StartNew();
var registry = ActorRegistry.Bundled;
var registryTime = clock.Elapsed;
clock.Restart();
var pipeline = VigilPipeline.CreateDefault(registry);
var pipelineTime = clock.Elapsed;

clock.Restart();
var documents = new ArticleReader().Read(args[0]).OfType<ArticleRead>().Select(r => r.Document).ToList();
var readTime = clock.Elapsed;
var words = documents.Sum(d => CountWords(d.Text));

var names = pipeline.Stages.Select(s => s.Name).Append("JSON line").ToArray();
var ticks = new long[names.Length];
var bytes = new long[names.Length];
var firstRound = new long[names.Length];   // the cold round: JIT, lazy indexes, caches
double bestCpu = double.MaxValue, bestWall = double.MaxValue;
for (var round = 0; round <= rounds; round++)
{
    Array.Clear(ticks);
    Array.Clear(bytes);
    process.Refresh();
    var cpu = process.TotalProcessorTime;
    var wall = Stopwatch.StartNew();
    foreach (var original in documents)
    {
        var document = original;
        for (var i = 0; i < pipeline.Stages.Length; i++)
        {
            var stage = pipeline.Stages[i];
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            var start = Stopwatch.GetTimestamp();
            document = stage.Process(document);
            document = document with { Layers = document.Layers | stage.Provides };
            ticks[i] += Stopwatch.GetTimestamp() - start;
            bytes[i] += GC.GetAllocatedBytesForCurrentThread() - allocated;
        }
        var allocatedJson = GC.GetAllocatedBytesForCurrentThread();
        var startJson = Stopwatch.GetTimestamp();
        _ = ContractJsonWriter.ToJsonLine(document);
        ticks[^1] += Stopwatch.GetTimestamp() - startJson;
        bytes[^1] += GC.GetAllocatedBytesForCurrentThread() - allocatedJson;
    }
    process.Refresh();
    if (round == 0)
    {
        Array.Copy(ticks, firstRound, ticks.Length);
        continue;
    }
    bestWall = Math.Min(bestWall, wall.Elapsed.TotalSeconds);
    bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
}

double Ms(long t) => t * 1000.0 / Stopwatch.Frequency;
Console.WriteLine($"input:     {args[0]}: {documents.Count:N0} articles, {words:N0} words (read in {readTime.TotalMilliseconds:F0} ms)");
Console.WriteLine($"start-up:  actor registry {registryTime.TotalMilliseconds:F0} ms, pipeline {pipelineTime.TotalMilliseconds:F0} ms");
Console.WriteLine($"analysis:  {words / bestWall:N0} words/s by the wall clock, {words / bestCpu:N0} per second of processor time (one thread, best of {rounds} rounds after a cold one)");
Console.WriteLine();
Console.WriteLine("| stage | time (last round) | share | allocated | first (cold) round |");
Console.WriteLine("|---|---|---|---|---|");
var total = ticks.Sum();
for (var i = 0; i < names.Length; i++)
    Console.WriteLine($"| {names[i]} | {Ms(ticks[i]):N0} ms | {100.0 * ticks[i] / total:F1}% | {bytes[i] / 1048576.0:N0} MB | {Ms(firstRound[i]):N0} ms |");
Console.WriteLine($"| total | {Ms(total):N0} ms | | {bytes.Sum() / 1048576.0:N0} MB | {Ms(firstRound.Sum()):N0} ms |");
return 0;

static int CountWords(string text)
{
    // as `wc -w` counts: runs of non-space characters
    var count = 0;
    var inWord = false;
    foreach (var c in text)
    {
        var space = char.IsWhiteSpace(c);
        if (!space && !inWord) count++;
        inWord = !space;
    }
    return count;
}
