using System.Diagnostics;
using Vigil.Extraction.Entities;
using Vigil.Extraction.Entities.Tagging;

// Single-core speed of the bundled entity tagger: how long the model takes to load, and tokens
// tagged per second (both passes, features, Viterbi) on the tokens of a token-per-line corpus.
//   dotnet run -c Release --project bench/TaggerThroughput -- FILE.bio [ROUNDS]

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: TaggerThroughput FILE.bio [ROUNDS]");
    return 2;
}
var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5;

var clock = Stopwatch.StartNew();
var gazetteer = Gazetteer.Default;
var gazetteerTime = clock.Elapsed;
// the word clusters load beside the model when a program starts; timed apart here
var self = Process.GetCurrentProcess();
var before = self.TotalProcessorTime;
clock.Restart();
WordClusters.Of(0);
var clustersTime = clock.Elapsed;
self.Refresh();
var clustersCpu = self.TotalProcessorTime - before;
clock.Restart();
var tagger = EntityTagger.Default;
var loadTime = clock.Elapsed;

List<LabelledDocument> corpus;
using (var reader = new StreamReader(args[0]))
    corpus = BioCorpus.Read(reader, labelsMisc: true, args[0]);
var documents = corpus.Select(d => TaggerDocument.FromTokens(d.Sentences.Select(s => (IReadOnlyList<string>)s.Tokens))).ToList();
var tokens = documents.Sum(d => d.TokenCount);

foreach (var d in documents) tagger.Tag(d);   // warm-up: JIT tiers, caches
// wall time, and the thread's processor time, which other processes sharing the cores do not inflate
var best = double.MaxValue;
var bestCpu = double.MaxValue;
var names = 0;
var process = Process.GetCurrentProcess();
for (var r = 0; r < rounds; r++)
{
    process.Refresh();
    var cpu = process.TotalProcessorTime;
    clock.Restart();
    names = 0;
    foreach (var d in documents) names += tagger.Tag(d).Length;
    best = Math.Min(best, clock.Elapsed.TotalSeconds);
    process.Refresh();
    bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
}
Console.WriteLine($"model:      {tagger.FeatureCount:N0} features; loaded in {loadTime.TotalMilliseconds:F0} ms (gazetteer before it: {gazetteerTime.TotalMilliseconds:F0} ms; word clusters, loaded beside the model in a program: {clustersTime.TotalMilliseconds:F0} ms, {clustersCpu.TotalMilliseconds:F0} ms of processor time)");
Console.WriteLine($"input:      {args[0]}: {documents.Count:N0} documents, {tokens:N0} tokens, {names:N0} names found");
Console.WriteLine($"tokens/s:   {tokens / best:N0} by the wall clock, {tokens / bestCpu:N0} per second of processor time (best of {rounds} rounds, one thread, {best:F3} s a round)");
return 0;
