using Vigil.Documents;
using Vigil.Extraction.Actors;
using static Vigil.Extraction.Tests.Entities.EntityFixture;

namespace Vigil.Extraction.Tests.Actors;

/// <summary>The sample article resolved against the bundled registry, and against it with a small watch list.</summary>
public sealed class SampleArticleActorTests
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(SharedFile("samples/seed-article.txt")));

    private static Document Analyze(ActorRegistry registry) =>
        VigilPipeline.CreateDefault(registry).Process(new Document(Text.Value, new ArticleMetadata("seed-article.txt")));

    private static readonly Lazy<Document> WithBundled = new(() => Analyze(ActorRegistry.Bundled));

    private static readonly Lazy<Document> WithWatchList = new(() => Analyze(ActorRegistry.Bundled.With(WatchList.Parse(new StringReader(
        "name,type,aliases\nAntony Blinken,PERSON,\nJake Sullivan,PERSON,\nKenneth McKenzie,PERSON,\nRudra Chaudhuri,PERSON,\n")))));

    [Fact]
    public void With_the_bundled_registry_the_ten_people_are_found_and_Baradal_is_the_sanctioned_Baradar()
    {
        var people = WithBundled.Value.Entities.Where(e => e.Type == EntityType.Person).ToList();
        Assert.Equal(10, people.Count);
        var baradar = Assert.Single(people, p => p.Aliases.Contains("Abdul Ghani Baradal"));
        Assert.Equal("Abdul Ghani Baradar", baradar.Name);
        Assert.Equal(ActorRegistry.Bundled.Actors.Single(a => a.Name == "Abdul Ghani Baradar").Id, baradar.ActorId);
        Assert.InRange(baradar.Confidence ?? 0, 0.65, 0.95);
        // people the bundled lists lack keep the article's spelling and no actor; a shared given name is no link
        Assert.Null(Assert.Single(people, p => p.Name == "Anthony Brinken").ActorId);
        Assert.NotEqual(baradar.ActorId, Assert.Single(people, p => p.Name == "Ashraf Ghani").ActorId);
        Assert.All(people.Where(p => p.ActorId is not null), p => Assert.Equal(ActorRegistry.Bundled.FindById(p.ActorId!)!.Name, p.Name));
    }

    [Fact]
    public void With_a_watch_list_the_damaged_names_resolve_to_the_listed_people_keeping_the_articles_spellings()
    {
        var entities = WithWatchList.Value.Entities.Where(e => e.Type == EntityType.Person).ToDictionary(e => e.Name);
        Assert.Equal(["Anthony Brinken"], entities["Antony Blinken"].Aliases.ToArray());
        Assert.Equal(["Jack Sullivan"], entities["Jake Sullivan"].Aliases.ToArray());
        Assert.Equal(["Kenneth MacKenzie", "Mackenzie"], entities["Kenneth McKenzie"].Aliases.ToArray());
        Assert.Equal(["Rudra Chowdhury", "Chowdhury"], entities["Rudra Chaudhuri"].Aliases.ToArray());
        Assert.All(new[] { "Antony Blinken", "Jake Sullivan", "Kenneth McKenzie", "Rudra Chaudhuri" },
            n => Assert.StartsWith("user:person:", entities[n].ActorId));
        // the names' spans are still the article's words, without titles
        var text = WithWatchList.Value.Text;
        Assert.Equal(["Kenneth MacKenzie", "Mackenzie"], entities["Kenneth McKenzie"].Mentions.Select(m => text[m.Start..m.End]));
    }

    [Fact]
    public void Quotes_of_watched_people_carry_their_canonical_names()
    {
        var document = WithWatchList.Value;
        var speakers = document.Quotes.Where(q => q.SpeakerId is not null)
            .Select(q => (q.SpeakerName, Entity: document.Entities.Single(e => e.Id == q.SpeakerId).Name)).ToList();
        Assert.All(speakers, s => Assert.Equal(s.Entity, s.SpeakerName));
        var names = speakers.Select(s => s.SpeakerName).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Antony Blinken", "Jake Sullivan", "Kenneth McKenzie", "Rudra Chaudhuri" }, names);
        Assert.DoesNotContain("Anthony Brinken", names);
    }

    [Theory]
    [InlineData("President Recep Tayyip Erdogan said the talks would go on.", "Recep Tayyip Erdogan")]
    [InlineData("President Recep Tayyip Erdoğan said the talks would go on.", "Recep Tayyip Erdoğan")]
    public void A_registered_name_is_written_with_the_accents_the_article_writes(string text, string name)
    {
        var (document, person) = RegisteredPersonIn(text);
        Assert.Equal(name, person.Name);
        Assert.Equal(name, Assert.Single(document.Quotes).SpeakerName);
    }

    [Theory]
    [InlineData("Osama bin Laden said the attacks would continue.", "Osama bin Laden")]
    [InlineData("Former President Viktor Yanukovych said the talks would continue.", "Viktor Yanukovych")]
    public void A_registered_person_is_named_by_the_shorter_listed_form_the_article_writes(string text, string name)
    {
        var (_, person) = RegisteredPersonIn(text);
        Assert.Equal(name, person.Name);
        Assert.NotEqual(name, ActorRegistry.Bundled.FindById(person.ActorId!)!.Name);
    }

    /// <summary>A one-person text through the whole pipeline with the bundled registry, and the person, linked to a registered actor.</summary>
    private static (Document Document, Entity Person) RegisteredPersonIn(string text)
    {
        var document = VigilPipeline.CreateDefault(ActorRegistry.Bundled).Process(new Document(text, new ArticleMetadata("test")));
        var person = Assert.Single(document.Entities, e => e.Type == EntityType.Person);
        Assert.NotNull(person.ActorId);
        return (document, person);
    }
}
