using Vigil.Documents;
using Vigil.Extraction.Actors;

namespace Vigil.Extraction.Tests.Actors;

/// <summary>Names no registry holds become actors shared across the articles of an ingest, in bounded memory.</summary>
public sealed class SeenActorsTests
{
    private static Document Naming(params (string Name, string[] Aliases)[] people) =>
        new Document("text", new ArticleMetadata("a.txt")) with
        {
            Entities = [.. people.Select((p, i) => new Entity($"e{i}", p.Name, EntityType.Person, [.. p.Aliases], [], []))],
        };

    private static string? ActorOf(SeenActors seen, string name, params string[] aliases) =>
        seen.Link(Naming((name, aliases))).Document.Entities[0].ActorId;

    [Fact]
    public void A_name_or_alias_met_again_joins_the_actor_and_a_surname_alone_joins_none()
    {
        var seen = new SeenActors();
        var baradar = ActorOf(seen, "Abdul Ghani Baradar", "Mullah Baradar");

        Assert.Equal("seen:person:abdul-ghani-baradar", baradar);
        Assert.Equal(baradar, ActorOf(seen, "Mullah Baradar"));
        Assert.Equal(baradar, ActorOf(seen, "ABDUL GHANI BARADAR"));
        Assert.Null(ActorOf(seen, "Baradar"));
        Assert.Equal("seen:person:jake-sullivan", ActorOf(seen, "Jake Sullivan"));
    }

    [Fact]
    public void A_long_ingest_remembers_a_bounded_number_of_names_and_keeps_those_still_in_use()
    {
        var seen = new SeenActors(capacity: 10);
        var baradar = ActorOf(seen, "Abdul Ghani Baradar", "Mullah Baradar");
        var forgotten = ActorOf(seen, "Rudra Chaudhuri", "Rudra Chowdhury");
        for (var i = 0; i < 1_000; i++)
        {
            ActorOf(seen, $"Person Number{i}");
            if (i % 5 == 0) Assert.Equal(baradar, ActorOf(seen, "Mullah Baradar"));   // in use: kept
            Assert.True(seen.Count <= 2 * 10 + 2);
        }

        Assert.Equal(baradar, ActorOf(seen, "Mullah Baradar"));
        // not named for 1,000 articles: met again by its alias, it is an actor of its own, as in a new ingest
        Assert.NotEqual(forgotten, ActorOf(seen, "Rudra Chowdhury"));
        Assert.Equal(forgotten, ActorOf(seen, "Rudra Chaudhuri"));
    }
}
