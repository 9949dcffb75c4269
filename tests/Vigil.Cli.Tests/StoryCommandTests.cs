using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

/// <summary>Copies of one story, ingested from text and HTML, count as one story; another report of the same event does not.</summary>
public sealed class StoryCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public static string Stories => Path.Combine(Repo.Root, "tests", "Vigil.Cli.Tests", "Articles", "stories");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Three_copies_of_one_story_and_another_report_are_four_articles_and_two_stories()
    {
        var db = _folder.File("vigil.db");

        var ingest = VigilProgram.Run("ingest", "--db", db, Stories);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());

        var json = VigilProgram.Run("stats", "--db", db, "--format", "json");
        Assert.Contains("\"articles\": 4,", json.Stdout);
        var text = VigilProgram.Run("stats", "--db", db);
        Assert.Matches(@"stories \(copies once\)\s*│\s*2\s*│", text.Stdout);
    }
}
