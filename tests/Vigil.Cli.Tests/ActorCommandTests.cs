using System.Text.Json;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

/// <summary>Watch lists on analyze and ingest, <c>actors add</c> and <c>actors list</c>, on the real program.</summary>
public sealed class ActorCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WatchList(string csv)
    {
        var path = _folder.File($"actors-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, csv);
        return path;
    }

    [NeedsSharedFact]
    public void A_watch_list_of_four_gives_their_quotes_and_entities_canonical_names_and_keeps_the_articles_spellings()
    {
        var csv = WatchList("name,type,aliases\nAntony Blinken,PERSON,\nJake Sullivan,PERSON,\nKenneth McKenzie,PERSON,\nRudra Chaudhuri,PERSON,\n");
        var result = VigilProgram.Run("analyze", "--format", "jsonl", "--actors", csv, Path.Combine(Repo.Shared!, "samples", "seed-article.txt"));
        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var root = json.RootElement;
        var text = root.GetProperty("text").GetString()!;
        var entities = root.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);

        var expected = new Dictionary<string, string[]>
        {
            ["Antony Blinken"] = ["Anthony Brinken"],
            ["Jake Sullivan"] = ["Jack Sullivan"],
            ["Kenneth McKenzie"] = ["MacKenzie", "Mackenzie"],
            ["Rudra Chaudhuri"] = ["Chowdhury"],
        };
        foreach (var (name, spellings) in expected)
        {
            var entity = Assert.Single(entities.Values, e => e.GetProperty("name").GetString() == name);
            var aliases = entity.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).ToList();
            Assert.All(spellings, s => Assert.Contains(aliases, a => a.Contains(s, StringComparison.Ordinal)));
            Assert.StartsWith("user:person:", entity.GetProperty("actor").GetString());
            // mentions are the names alone, never a title ("Kenneth MacKenzie", not "General Kenneth MacKenzie")
            foreach (var m in entity.GetProperty("mentions").EnumerateArray())
            {
                var span = text[m.GetProperty("start").GetInt32()..m.GetProperty("end").GetInt32()];
                Assert.Equal(m.GetProperty("text").GetString(), span);
                Assert.Contains(span, aliases);
            }
            var quotes = root.GetProperty("quotes").EnumerateArray()
                .Where(q => q.GetProperty("speaker").GetString() == entity.GetProperty("id").GetString()).ToList();
            Assert.NotEmpty(quotes);
            Assert.All(quotes, q => Assert.Equal(name, q.GetProperty("speakerName").GetString()));
        }
        Assert.DoesNotContain(root.GetProperty("quotes").EnumerateArray(),
            q => q.GetProperty("speakerName").GetString() is "Anthony Brinken" or "Jack Sullivan" or "Rudra Chowdhury" or "Kenneth MacKenzie");
    }

    [Theory]
    [InlineData("", "line 1: the file is empty")]
    [InlineData("name,kind,aliases\nTaliban,ORG,\n", "line 1: unknown column 'kind'")]
    [InlineData("name,type\nTaliban,ORG\n", "line 1: the header lacks the column 'aliases'")]
    [InlineData("name,type,aliases\nTaliban,ORG,\nHamas,GROUP,\n", "line 3: unknown type 'GROUP'")]
    [InlineData("name,type,aliases\nTaliban,ORG\n", "line 2: expected 3 fields as in the header, found 2")]
    [InlineData("name,type,aliases\n,PERSON,x\n", "line 2: the name is empty")]
    [InlineData("name,type,aliases\n\"Taliban,ORG,\n", "line 2: a quoted field is not closed")]
    [InlineData("name,type,aliases\nTaliban,ORG,\ntaliban,ORG,\n", "line 3: 'taliban' (ORG) is listed twice")]
    public void A_bad_watch_list_is_one_line_naming_the_file_and_line_and_nothing_is_analysed(string csv, string why)
    {
        var path = WatchList(csv);
        var result = VigilProgram.Run("analyze", "--format", "jsonl", "--actors", path, Repo.SeedSample);
        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.Stdout);
        var line = Assert.Single(result.StderrLines);
        Assert.StartsWith($"vigil: {path}: {why}", line);
    }

    [Fact]
    public void A_missing_watch_list_fails_ingest_before_anything_is_stored()
    {
        var db = _folder.File("vigil.db");
        var missing = _folder.File("nope.csv");
        var result = VigilProgram.Run("ingest", "--db", db, "--actors", missing, Repo.SeedSample);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"vigil: {missing}: no such file", Assert.Single(result.StderrLines));
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Actors_added_to_the_database_resolve_later_ingests_and_are_listed_with_the_spellings_seen()
    {
        var db = _folder.File("vigil.db");
        var csv = WatchList("name,type,aliases\nAntony Blinken,PERSON,Tony Blinken\nTaliban,ORG,Islamic Emirate\n");
        var add = VigilProgram.Run("actors", "add", "--file", csv, "--db", db);
        Assert.True(add.ExitCode == 0, add.ToString());
        Assert.Equal($"2 actors from {csv}: 2 new, 0 updated", Assert.Single(add.StdoutLines));

        var ingest = VigilProgram.Run("ingest", "--db", db, Repo.SeedSample);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var again = VigilProgram.Run("actors", "add", "--file", csv, "--db", db);
        Assert.Equal($"2 actors from {csv}: 0 new, 2 updated", Assert.Single(again.StdoutLines));

        var list = VigilProgram.Run("actors", "list", "--db", db, "--format", "json");
        Assert.True(list.ExitCode == 0, list.ToString());
        var actors = list.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var blinken = Assert.Single(actors, a => a.GetProperty("name").GetString() == "Antony Blinken");
        Assert.Equal("watchlist", blinken.GetProperty("origin").GetString());
        Assert.Equal(1, blinken.GetProperty("articles").GetInt32());
        var aliases = blinken.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ToList();
        Assert.Contains("Anthony Brinken", aliases);
        Assert.Contains("Tony Blinken", aliases);
        // the listed Taliban is the bundled one (its sanctions-list id), under the user's name
        var taliban = Assert.Single(actors, a => a.GetProperty("name").GetString() == "Taliban");
        Assert.StartsWith("ofac:", taliban.GetProperty("id").GetString());
        // the sanctioned Baradar came from the bundled lists with the article; people no list holds were seen
        Assert.Contains(actors, a => a.GetProperty("name").GetString() == "Abdul Ghani Baradar" && a.GetProperty("origin").GetString() == "registry");
        Assert.Contains(actors, a => a.GetProperty("id").GetString() == "seen:person:jen-psaki" && a.GetProperty("origin").GetString() == "seen");
        Assert.DoesNotContain(actors, a => a.GetProperty("name").GetString() == "Mackenzie");

        var text = VigilProgram.Run("actors", "list", "--db", db);
        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("Antony Blinken", text.Stdout);
    }

    [Fact]
    public void The_same_unregistered_name_in_two_articles_is_one_actor_and_a_similar_one_is_not()
    {
        var db = _folder.File("vigil.db");
        var first = _folder.File("a.txt");
        var second = _folder.File("b.txt");
        File.WriteAllText(first, "Talks resumed on Monday.\n\n“We will not give up,” said Halvard Brekkestad, the union leader.\n");
        File.WriteAllText(second, "The strike went on.\n\n“Nothing has changed,” Halvard Brekkestad told reporters. Halvard Brekkestadt, his cousin, disagreed.\n");
        var ingest = VigilProgram.Run("ingest", "--db", db, first, second);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        var actors = VigilProgram.Run("actors", "list", "--db", db, "--format", "json").StdoutLines
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(2, Assert.Single(actors, a => a.GetProperty("name").GetString() == "Halvard Brekkestad").GetProperty("articles").GetInt32());
        Assert.Equal(1, Assert.Single(actors, a => a.GetProperty("name").GetString() == "Halvard Brekkestadt").GetProperty("articles").GetInt32());
    }
}
