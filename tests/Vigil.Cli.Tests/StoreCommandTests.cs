using System.Text.RegularExpressions;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

/// <summary>ingest and stats over a real SQLite file.</summary>
public sealed partial class StoreCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingesting_the_same_articles_twice_stores_them_once()
    {
        var db = _folder.File("vigil.db");

        var first = VigilProgram.Run("ingest", "--db", db, Repo.Samples);
        Assert.True(first.ExitCode == 0, first.ToString());
        var firstSummary = Summary().Match(Assert.Single(first.StdoutLines));
        Assert.True(firstSummary.Success, first.Stdout);
        Assert.Equal("7", firstSummary.Groups["total"].Value);
        Assert.Equal("7", firstSummary.Groups["new"].Value);
        Assert.Equal("0", firstSummary.Groups["failed"].Value);
        var countsAfterFirst = Stats(db);
        Assert.Matches(StatsJson(), countsAfterFirst);
        Assert.Contains("\"articles\": 7,", countsAfterFirst);

        var second = VigilProgram.Run("ingest", "--db", db, Repo.Samples);
        Assert.True(second.ExitCode == 0, second.ToString());
        var secondSummary = Summary().Match(Assert.Single(second.StdoutLines));
        Assert.True(secondSummary.Success, second.Stdout);
        Assert.Equal("0", secondSummary.Groups["new"].Value);
        Assert.Equal("7", secondSummary.Groups["stored"].Value);

        Assert.Equal(countsAfterFirst, Stats(db));
    }

    [Fact]
    public void Ingest_stores_the_good_articles_reports_the_bad_and_exits_non_zero()
    {
        var db = _folder.File("vigil.db");
        var empty = _folder.File("empty.txt");
        File.WriteAllBytes(empty, []);

        var result = VigilProgram.Run("ingest", "--db", db, Repo.SeedSample, empty);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("ingested 1 article: 1 new, 0 already stored, 1 failed", Assert.Single(result.StdoutLines));
        Assert.StartsWith($"vigil: {empty}: ", Assert.Single(result.StderrLines));
        Assert.Contains("\"articles\": 1,", Stats(db));
    }

    [Fact]
    public void Stats_on_a_new_database_counts_nothing_and_has_a_text_table()
    {
        var db = _folder.File("new.db");

        Assert.Equal("""{"articles": 0, "entities": 0, "quotes": 0, "commitments": 0, "events": 0}""", Stats(db));
        var text = VigilProgram.Run("stats", "--db", db);
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("articles", text.Stdout);
        Assert.Contains("commitments", text.Stdout);
    }

    [Fact]
    public void The_database_defaults_to_vigil_db_in_the_current_directory()
    {
        var result = VigilProgram.Run(["ingest", Repo.SeedSample], workingDirectory: _folder.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(_folder.File("vigil.db")));
    }

    private static string Stats(string db)
    {
        var result = VigilProgram.Run("stats", "--db", db, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        return Assert.Single(result.StdoutLines);
    }

    [GeneratedRegex(@"^ingested (?<total>\d+) articles?: (?<new>\d+) new, (?<stored>\d+) already stored, (?<failed>\d+) failed$")]
    private static partial Regex Summary();

    [GeneratedRegex(@"^\{""articles"": \d+, ""entities"": \d+, ""quotes"": \d+, ""commitments"": \d+, ""events"": \d+\}$")]
    private static partial Regex StatsJson();
}
