using Vigil.Documents;

namespace Vigil.Storage.Tests;

/// <summary>Documents built by hand, with spans found in their own text so that offsets are right by construction.</summary>
public static class TestDocuments
{
    public const string FullText =
        "Taliban promise safe passage, Blinken says\n" +
        "\n" +
        "KABUL — U.S. Secretary of State Anthony Brinken said on Monday that the Taliban had promised safe passage. " +
        "“No promises were made,” Blinken told reporters, adding that they would be judged “by their deeds” alone.\n" +
        "\n" +
        "He said talks would go on. A Taliban spokesman said the group would honour the agreement 😀.\n" +
        "\n" +
        "Photo: Afghan women wait at the airport. © Reuters\n" +
        "\n" +
        "Source link";

    /// <summary>A document with every stored layer populated, and metadata in every field.</summary>
    public static Document Full(string text = FullText, ArticleMetadata? metadata = null)
    {
        var blinken = new Entity(
            "e1", "Antony Blinken", EntityType.Person,
            ["Anthony Brinken", "Blinken"],
            [Find(text, "Anthony Brinken"), Find(text, "Blinken", 2)],
            [Find(text, "He")])
        { Title = "Secretary of State" };
        var taliban = new Entity("e2", "Taliban", EntityType.Org, [], [Find(text, "Taliban", 1), Find(text, "Taliban", 2), Find(text, "Taliban", 3)], [Find(text, "the group")]);
        var kabul = new Entity("e3", "Kabul", EntityType.Gpe, ["KABUL"], [Find(text, "KABUL")], []);

        return new Document(text, metadata ?? FullMetadata)
        {
            Layers = AnnotationLayers.Paragraphs | AnnotationLayers.Boilerplate | AnnotationLayers.Entities | AnnotationLayers.Quotes,
            Paragraphs = [new Paragraph(new TextSpan(0, 42))],
            Boilerplate =
            [
                new BoilerplateSpan(Find(text, "Photo: Afghan women wait at the airport."), BoilerplateKind.Caption),
                new BoilerplateSpan(Find(text, "© Reuters"), BoilerplateKind.Credit),
                new BoilerplateSpan(Find(text, "Source link"), BoilerplateKind.Trailer),
            ],
            Entities = [blinken, taliban, kabul],
            Quotes =
            [
                new Quote(Find(text, "the Taliban had promised safe passage"), QuoteKind.Indirect)
                {
                    Cue = Find(text, "said"), Source = Find(text, "Anthony Brinken"), SpeakerId = "e1", SpeakerName = "Antony Blinken",
                },
                new Quote(Find(text, "“No promises were made,”"), QuoteKind.Direct)
                {
                    Cue = Find(text, "told"), Source = Find(text, "Blinken", 2), SpeakerId = "e1", SpeakerName = "Antony Blinken",
                },
                new Quote(Find(text, "they would be judged “by their deeds” alone"), QuoteKind.Mixed)
                {
                    Cue = Find(text, "adding"), SpeakerId = "e1", SpeakerName = "Antony Blinken",
                },
                new Quote(Find(text, "talks would go on"), QuoteKind.Indirect)
                {
                    Cue = Find(text, "said", 2), Source = Find(text, "He"), SpeakerId = "e1", SpeakerName = "Antony Blinken",
                },
                new Quote(Find(text, "the group would honour the agreement 😀"), QuoteKind.Indirect)
                {
                    Cue = Find(text, "said", 3), Source = Find(text, "A Taliban spokesman"), SpeakerName = "a Taliban spokesman",
                },
            ],
        };
    }

    public static readonly ArticleMetadata FullMetadata = new("samples/blinken.txt")
    {
        Id = "article-1",
        Title = "Taliban promise safe passage, Blinken says",
        Published = new DateOnly(2021, 8, 30),
        Url = "https://example.org/news/blinken",
        Author = "A. Reporter",
    };

    /// <summary>A document with text and metadata only, as a pipeline without extraction stages produces it.</summary>
    public static Document Plain(string text, string source = "plain.txt", DateOnly? published = null, string? title = null) =>
        new(text, new ArticleMetadata(source) { Published = published, Title = title });

    /// <summary>A small document with one quote whose speaker name is <paramref name="speakerName"/>.</summary>
    public static Document WithQuote(string text, string speakerName, string source = "quote.txt")
    {
        var quoted = text.IndexOf('“');
        var closing = text.IndexOf('”', quoted + 1);
        return new Document(text, new ArticleMetadata(source))
        {
            Layers = AnnotationLayers.Entities | AnnotationLayers.Quotes,
            Entities = [new Entity("e1", speakerName, EntityType.Person, [], [], [])],
            Quotes = [new Quote(new TextSpan(quoted, closing + 1), QuoteKind.Direct) { SpeakerId = "e1", SpeakerName = speakerName }],
        };
    }

    /// <summary>The span of the <paramref name="occurrence"/>-th (1-based) appearance of <paramref name="needle"/>.</summary>
    public static TextSpan Find(string text, string needle, int occurrence = 1)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            if (at < 0)
                throw new ArgumentException($"'{needle}' occurs fewer than {occurrence} times");
        }
        return new TextSpan(at, at + needle.Length);
    }
}
