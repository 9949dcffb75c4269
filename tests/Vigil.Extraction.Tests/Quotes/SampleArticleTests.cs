using System.Text.Json;
using Vigil.Documents;
using static Vigil.Extraction.Tests.Quotes.QuoteFixture;

namespace Vigil.Extraction.Tests.Quotes;

/// <summary>
/// The sample article against its gold quotes (../shared/eval/seed), matched as the project's
/// scorer matches them: a prediction covers at least 30% of a gold quote and lies at least half
/// inside it. Guards the bar (F1 ≥ 0.85, speaker accuracy ≥ 0.85) against regressions.
/// </summary>
public sealed class SampleArticleTests
{
    [Fact]
    public void Quotes_and_speakers_on_the_sample_meet_the_bar()
    {
        var gold = SharedFile("eval/seed/gold-quotes.jsonl");
        var sample = SharedFile("samples/seed-article.txt");
        using var json = JsonDocument.Parse(File.ReadLines(gold).First());
        var text = File.ReadAllText(sample);
        var document = Analyze(text);

        var goldQuotes = json.RootElement.GetProperty("quotes").EnumerateArray()
            .Select(q => (Span: new TextSpan(q.GetProperty("start").GetInt32(), q.GetProperty("end").GetInt32()),
                          Speaker: q.GetProperty("speaker").GetString()!,
                          Aliases: q.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToArray()))
            .ToArray();
        var candidates =
            from g in goldQuotes.Select((q, i) => (q, i))
            from p in document.Quotes.Select((q, i) => (q, i))
            let covered = p.q.Span.OverlapLength(g.q.Span)
            where covered >= 0.3 * g.q.Span.Length && covered >= 0.5 * p.q.Span.Length
            orderby (double)covered / g.q.Span.Length descending
            select (Gold: g.i, Predicted: p.i);
        var usedGold = new HashSet<int>();
        var usedPredicted = new HashSet<int>();
        var pairs = new List<(int Gold, int Predicted)>();
        foreach (var c in candidates)
            if (usedGold.Add(c.Gold) && usedPredicted.Add(c.Predicted)) pairs.Add(c);

        var precision = (double)pairs.Count / document.Quotes.Length;
        var recall = (double)pairs.Count / goldQuotes.Length;
        var f1 = 2 * precision * recall / (precision + recall);
        Assert.True(f1 >= 0.85, $"F1 {f1:0.000} (precision {precision:0.000}, recall {recall:0.000})");

        var named = pairs.Where(p => char.IsUpper(goldQuotes[p.Gold].Speaker.Replace("an ", "").Replace("a ", "")[0])).ToArray();
        var right = named.Count(p => SamePerson(document.Quotes[p.Predicted].SpeakerName, goldQuotes[p.Gold].Speaker, goldQuotes[p.Gold].Aliases));
        Assert.True(right >= 0.85 * named.Length, $"speaker accuracy {right}/{named.Length}");
    }

    private static bool SamePerson(string? predicted, string gold, string[] aliases)
    {
        if (predicted is null) return false;
        var surname = predicted.Split(' ')[^1];
        return new[] { gold }.Concat(aliases).Any(a => a == predicted || a.Split(' ')[^1].Equals(surname, StringComparison.OrdinalIgnoreCase));
    }

    internal static string SharedFile(string relative, [System.Runtime.CompilerServices.CallerFilePath] string thisFile = "")
    {
        // from the source tree, not the build output, which may live elsewhere (ArtifactsPath)
        var directory = new DirectoryInfo(Path.GetDirectoryName(thisFile)!);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Vigil.slnx"))) directory = directory.Parent;
        Assert.NotNull(directory);
        var path = Path.Combine(directory.FullName, "..", "shared", relative);
        Assert.True(File.Exists(path), $"the shared folder must sit beside the repository: {path} is missing");
        return path;
    }
}
