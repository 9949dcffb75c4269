using Vigil.Documents;
using Vigil.Extraction.Actors;
using Xunit.Abstractions;

namespace Vigil.Extraction.Tests.Actors;

/// <summary>
/// Both kinds of resolution error on <c>similar-names.tsv</c>: distinct people with similar names
/// registered side by side, and names as articles write them. A false merge (a name resolved to
/// someone it is not) is worse than a missed one, so none is allowed; missed merges are counted
/// and reported in docs/quality.md.
/// </summary>
public sealed class SimilarNamesTests(ITestOutputHelper output)
{
    private sealed record Query(string Name, string? Title, string? Expected);

    private static (ActorRegistry Registry, List<Query> Queries) Load()
    {
        var actors = new List<Actor>();
        var queries = new List<Query>();
        var path = Path.Combine(AppContext.BaseDirectory, "Actors", "similar-names.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            string? Field(int i) => f[i] == "-" ? null : f[i];
            if (f[0] == "register")
                actors.Add(new Actor("test:" + actors.Count, f[1], EntityType.Person, []) { Role = Field(3), Origin = ActorOrigin.WatchList });
            else
                queries.Add(new Query(f[1], Field(2), Field(3)));
        }
        return (ActorRegistry.Create(actors), queries);
    }

    private static string? Resolve(ActorRegistry registry, Query q) => registry.Resolve(EntityType.Person, [q.Name], q.Title)?.Actor.Name;

    [Fact]
    public void No_name_is_resolved_to_a_different_person()
    {
        var (registry, queries) = Load();
        Assert.True(queries.Count >= 60, "the test set is complete");
        var falseMerges = queries.Select(q => (q, Got: Resolve(registry, q)))
            .Where(x => x.Got is not null && x.Got != x.q.Expected)
            .Select(x => $"{x.q.Name} ({x.q.Title ?? "no title"}) resolved to {x.Got}, expected {x.q.Expected ?? "nobody"}")
            .ToList();
        Assert.Empty(falseMerges);
    }

    [Fact]
    public void Damaged_names_of_registered_people_mostly_resolve()
    {
        var (registry, queries) = Load();
        var same = queries.Where(q => q.Expected is not null).ToList();
        var missed = same.Where(q => Resolve(registry, q) is null).Select(q => q.Name).ToList();
        var different = queries.Count(q => q.Expected is null);
        output.WriteLine($"{queries.Count} names: {same.Count} of registered people, {different} of others; " +
                         $"missed merges {missed.Count} ({string.Join(", ", missed)})");
        // a first name dropped ("Tayyip" for "Recep Tayyip") is not followed, for fear of fathers' names;
        // the rest of the set marks itself as beyond names alone: a nickname, a lone surname, a split Chinese given name
        Assert.Equal(["Tayyip Erdoğan", "Tony Blinken", "Michael Pompeo", "Xi Jin-ping", "Mullah Baradar"], missed);
    }

    [Fact]
    public void Against_the_bundled_lists_a_tolerant_match_finds_the_right_person_or_nobody()
    {
        var (_, queries) = Load();
        var bundled = ActorRegistry.Bundled;
        var wrong = new List<string>();
        var found = 0;
        foreach (var q in queries)
        {
            if (bundled.Resolve(EntityType.Person, [q.Name], q.Title) is not { Kind: MatchKind.Tolerant } match) continue;
            found++;
            // the person meant is the one the expected name itself resolves to, if any
            var meant = q.Expected is null ? null : bundled.Resolve(EntityType.Person, [q.Expected])?.Actor.Id;
            if (match.Actor.Id != meant) wrong.Add($"{q.Name} -> {match.Actor.Name} ({match.Actor.Id})");
        }
        output.WriteLine($"{found} tolerant matches against the bundled registry");
        Assert.True(found >= 3, "the sanctions lists and leaders hold some of the test set's people");
        Assert.Empty(wrong);
    }
}
