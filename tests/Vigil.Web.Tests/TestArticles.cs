using Vigil.Documents;

namespace Vigil.Web.Tests;

/// <summary>Articles for the web tests, with spans found in their own text so that offsets are right by construction.</summary>
public static class TestArticles
{
    public const string BlinkenText =
        "KABUL — Secretary of State Anthony Brinken said on Monday that the Taliban had promised safe passage.\n" +
        "\n" +
        "“No promises were made,” Blinken told reporters.\n" +
        "\n" +
        "Photo: Afghan women wait at the airport. © Reuters\n" +
        "\n" +
        "Source link";

    public const string BlinkenActor = "user:person:antony-blinken";
    public const string TalibanActor = "seen:org:taliban";

    public static Document Blinken()
    {
        var text = BlinkenText;
        return new Document(text, new ArticleMetadata("samples/blinken.txt")
        {
            Title = "Taliban promise safe passage, Blinken says",
            Published = new DateOnly(2021, 8, 30),
            Url = "https://example.org/news/blinken",
            Author = "A. Reporter",
        })
        {
            Layers = AnnotationLayers.Boilerplate | AnnotationLayers.Entities | AnnotationLayers.Quotes,
            Boilerplate =
            [
                new BoilerplateSpan(Find(text, "Photo: Afghan women wait at the airport. © Reuters"), BoilerplateKind.Caption),
                new BoilerplateSpan(Find(text, "Source link"), BoilerplateKind.Trailer),
            ],
            Entities =
            [
                new Entity("e1", "Antony Blinken", EntityType.Person, ["Anthony Brinken", "Blinken"], [Find(text, "Anthony Brinken"), Find(text, "Blinken")], [])
                    { Title = "Secretary of State", ActorId = BlinkenActor, Confidence = 0.9 },
                new Entity("e2", "Taliban", EntityType.Org, [], [Find(text, "Taliban")], []) { ActorId = TalibanActor, Confidence = 1 },
            ],
            Quotes =
            [
                new Quote(Find(text, "the Taliban had promised safe passage"), QuoteKind.Indirect)
                    { Cue = Find(text, "said"), Source = Find(text, "Anthony Brinken"), SpeakerId = "e1", SpeakerName = "Antony Blinken" },
                new Quote(Find(text, "“No promises were made,”"), QuoteKind.Direct)
                    { Cue = Find(text, "told"), Source = Find(text, "Blinken"), SpeakerId = "e1", SpeakerName = "Antony Blinken" },
            ],
        };
    }

    public const string HostileText =
        "Breaking: <script>alert(1)</script> was posted.\n\n" +
        "“<img src=x onerror=alert(2)>,” the attacker said & left.";

    /// <summary>An article whose every field carries markup that must reach the page as text.</summary>
    public static Document Hostile()
    {
        var text = HostileText;
        return new Document(text, new ArticleMetadata("<b>feed</b>")
        {
            Title = "\"><script>alert(3)</script>",
            Url = "javascript:alert(4)",
            Author = "<img src=x onerror=alert(5)>",
            Published = new DateOnly(2021, 8, 1),
        })
        {
            Entities = [new Entity("e1", "<svg onload=alert(6)>", EntityType.Person, ["<i>alias</i>"], [Find(text, "the attacker")], [])],
            Quotes =
            [
                new Quote(Find(text, "“<img src=x onerror=alert(2)>,”"), QuoteKind.Direct)
                    { Cue = Find(text, "said"), SpeakerId = "e1", SpeakerName = "\"><script>alert(7)</script>" },
            ],
            Boilerplate = [new BoilerplateSpan(Find(text, "<script>alert(1)</script>"), BoilerplateKind.Other)],
        };
    }

    public static Document Plain(string text, DateOnly? published = null, string? title = null) =>
        new(text, new ArticleMetadata("plain.txt") { Published = published, Title = title });

    public static TextSpan Find(string text, string needle)
    {
        var at = text.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
            throw new ArgumentException($"'{needle}' is not in the text");
        return new TextSpan(at, at + needle.Length);
    }
}
