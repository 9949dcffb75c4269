using System.Text.Json;
using Vigil.Documents;
using Vigil.Extraction.Entities;
using static Vigil.Extraction.Tests.Entities.EntityFixture;

namespace Vigil.Extraction.Tests.Entities;

/// <summary>
/// The sample article against the 31 entities of ../shared/eval/seed/gold-quotes.jsonl. A gold
/// entity is found when one entity of its type has one of the gold names or aliases among its own
/// (the gold's canonical names such as "Antony Blinken" need the registry of a later issue).
/// </summary>
public sealed class SampleArticleEntityTests
{
    private static readonly Lazy<Document> Sample = new(() => Analyze(File.ReadAllText(SharedFile("samples/seed-article.txt"))));

    public static TheoryData<string, string, string[]> GoldEntities()
    {
        var data = new TheoryData<string, string, string[]>();
        var line = File.ReadLines(SharedFile("eval/seed/gold-quotes.jsonl")).First();
        foreach (var e in JsonDocument.Parse(line).RootElement.GetProperty("entities").EnumerateArray())
            data.Add(e.GetProperty("name").GetString()!, e.GetProperty("type").GetString()!,
                [.. e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!)]);
        return data;
    }

    [Theory]
    [MemberData(nameof(GoldEntities))]
    public void Every_gold_entity_is_found_with_its_type(string name, string type, string[] aliases)
    {
        var wanted = aliases.Append(name).Select(Normal).ToHashSet();
        var found = Sample.Value.Entities.Where(e => e.Aliases.Append(e.Name).Any(a => wanted.Contains(Normal(a)))).ToList();
        Assert.True(found.Count > 0, $"{name} ({type}) not found");
        Assert.Contains(found, e => e.Type == Gazetteer.ParseType(type));
    }

    [Fact]
    public void The_people_of_the_sample_are_one_entity_each_with_their_spellings()
    {
        var people = Sample.Value.Entities.Where(e => e.Type == EntityType.Person).ToDictionary(e => e.Name, e => e.Aliases.ToArray());
        Assert.Equal(10, people.Count);
        Assert.Equal(["Kenneth MacKenzie", "Mackenzie"], people["Kenneth MacKenzie"]);
        Assert.Equal(["Zalmay Khalilzad", "Khalilzad"], people["Zalmay Khalilzad"]);
        Assert.Equal(["Rudra Chowdhury", "Chowdhury"], people["Rudra Chowdhury"]);
        // the bundled registry (the UN sanctions list) knows the name the translation damaged
        Assert.Equal(["Abdul Ghani Baradal"], people["Abdul Ghani Baradar"]);
    }

    private static string Normal(string s) => s.Replace('’', '\'').ToLowerInvariant();
}
