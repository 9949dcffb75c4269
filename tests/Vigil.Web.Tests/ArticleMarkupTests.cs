using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Vigil.Documents;
using Vigil.Web.Rendering;

namespace Vigil.Web.Tests;

public sealed class ArticleMarkupTests
{
    private static readonly ArticleMarkup Markup = new(HtmlEncoder.Create(UnicodeRanges.All));

    private static string Render(Document document) => Markup.Render(document).ToString()!;

    /// <summary>The rendered paragraphs as XML: parsing fails on any unbalanced or crossed tag.</summary>
    private static XElement Parse(string html) => XElement.Parse("<root>" + html + "</root>", LoadOptions.PreserveWhitespace);

    [Fact]
    public void Text_without_annotations_becomes_encoded_paragraphs()
    {
        var html = Render(TestArticles.Plain("First line & more.\r\n\r\n  Second <line>.  \nThird"));

        Assert.Equal("<p>First line &amp; more.</p>\n<p>Second &lt;line&gt;.</p>\n<p>Third</p>\n", html);
    }

    [Fact]
    public void A_mention_inside_a_quote_nests_inside_the_quote_mark()
    {
        const string text = "He said the Taliban would leave.";
        var document = TestArticles.Plain(text) with
        {
            Entities = [new Entity("e1", "Taliban", EntityType.Org, [], [TestArticles.Find(text, "Taliban")], [])],
            Quotes = [new Quote(TestArticles.Find(text, "the Taliban would leave"), QuoteKind.Indirect) { SpeakerName = "Jane Roe", Cue = TestArticles.Find(text, "said") }],
        };

        var html = Render(document);

        Assert.Equal(
            "<p>He <span class=\"cue\" title=\"Cue of the quote by Jane Roe\">said</span> " +
            "<mark id=\"quote-1\" class=\"quote quote-indirect\" title=\"Jane Roe (indirect quote)\"><span class=\"speaker-label\">Jane Roe</span>" +
            "the <span class=\"mention mention-org\" title=\"Taliban (ORG)\">Taliban</span> would leave</mark>.</p>\n",
            html);
    }

    [Fact]
    public void A_quote_over_two_paragraphs_is_marked_in_each_with_one_label()
    {
        const string text = "“We will stay.\n\nWe will not leave,” she said.";
        var document = TestArticles.Plain(text) with
        {
            Quotes = [new Quote(TestArticles.Find(text, "“We will stay.\n\nWe will not leave,”"), QuoteKind.Direct) { SpeakerName = "Jane Roe" }],
        };

        var root = Parse(Render(document));

        var marks = root.Descendants("mark").ToList();
        Assert.Equal(2, marks.Count);
        Assert.Equal(2, root.Elements("p").Count());
        Assert.Single(root.Descendants("span"), s => (string?)s.Attribute("class") == "speaker-label");
        Assert.Equal("quote-1", (string?)marks[0].Attribute("id"));
        Assert.Null(marks[1].Attribute("id"));
        Assert.Equal("We will not leave,”", marks[1].Value);
    }

    [Fact]
    public void Crossing_spans_are_split_so_that_tags_still_nest()
    {
        const string text = "aaaa bbbb cccc dddd";
        var document = TestArticles.Plain(text) with
        {
            Boilerplate = [new BoilerplateSpan(new TextSpan(5, 14), BoilerplateKind.Other)],
            Quotes = [new Quote(new TextSpan(0, 9), QuoteKind.Direct), new Quote(new TextSpan(2, 19), QuoteKind.Indirect)],
        };

        var root = Parse(Render(document));

        Assert.Equal(text, string.Concat(root.Elements("p").DescendantNodes().OfType<XText>().Where(t => !IsLabel(t)).Select(t => t.Value)));
        string ClassesAt(int offset) => string.Join(" ", ElementsAround(root, offset).Select(e => (string?)e.Attribute("class")));
        Assert.Equal("quote quote-direct", ClassesAt(0));
        Assert.Equal("quote quote-direct quote quote-indirect", ClassesAt(3));
        Assert.Equal("boilerplate boilerplate-other quote quote-direct quote quote-indirect", ClassesAt(6));
        Assert.Equal("boilerplate boilerplate-other quote quote-indirect", ClassesAt(12));
        Assert.Equal("quote quote-indirect", ClassesAt(17));
    }

    [Fact]
    public void Spans_outside_the_text_are_ignored()
    {
        const string text = "Short text.";
        var document = TestArticles.Plain(text) with
        {
            Boilerplate = [new BoilerplateSpan(new TextSpan(-5, 3), BoilerplateKind.Other)],
            Quotes = [new Quote(new TextSpan(4, 400), QuoteKind.Direct), new Quote(new TextSpan(6, 2), QuoteKind.Direct)],
        };

        Assert.Equal("<p>Short text.</p>\n", Render(document));
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(RandomArticles)])]
    public void Any_spans_give_well_formed_markup_that_keeps_every_paragraph_text(Document document)
    {
        var root = Parse(Render(document));

        var paragraphs = TextParagraphs.Split(document.Text);
        var rendered = root.Elements("p").ToList();
        Assert.Equal(paragraphs.Length, rendered.Count);
        for (var i = 0; i < paragraphs.Length; i++)
        {
            var shown = string.Concat(rendered[i].DescendantNodes().OfType<XText>().Where(t => !IsLabel(t)).Select(t => t.Value));
            Assert.Equal(document[paragraphs[i]], shown);
        }
        var labels = root.Descendants("span").Count(s => (string?)s.Attribute("class") == "speaker-label");
        Assert.True(labels <= document.Quotes.Length);
    }

    private static bool IsLabel(XText text) =>
        text.Parent is { } parent && (string?)parent.Attribute("class") == "speaker-label";

    /// <summary>The elements enclosing the character at <paramref name="offset"/> of the text, outermost first.</summary>
    private static IEnumerable<XElement> ElementsAround(XElement root, int offset)
    {
        var seen = 0;
        foreach (var node in root.Elements("p").DescendantNodes().OfType<XText>().Where(t => !IsLabel(t)))
        {
            if (offset < seen + node.Value.Length)
                return node.Ancestors().Reverse().Where(e => e.Name != "root" && e.Name != "p");
            seen += node.Value.Length;
        }
        return [];
    }

    /// <summary>Texts full of characters HTML cares about, with spans that overlap, cross lines or fall outside.</summary>
    public static class RandomArticles
    {
        private static readonly string[] Pieces = ["a", "b", "c", " ", " ", "\n", "\n\n", "\r\n", "<", ">", "&", "\"", "'", "“", "”", "😀", "é", "\t"];
        private static readonly string?[] Speakers = ["Jane Roe", "<b>Mallory</b>", "\"quoted\" & co", null];

        public static Arbitrary<Document> Documents() =>
            Gen.Elements(Pieces).ListOf()
                .Select(pieces => string.Concat(pieces))
                .SelectMany(text => Gen.Zip(Spans(text.Length).ListOf(), Gen.Elements(Speakers).ListOf()), (text, spans) => Build(text, spans.Item1, spans.Item2))
                .ToArbitrary();

        private static Gen<(int Layer, TextSpan Span)> Spans(int length) =>
            from layer in Gen.Choose(0, 4)
            from start in Gen.Choose(-2, length + 2)
            from spanLength in Gen.Choose(-1, length + 2)
            select (layer, new TextSpan(start, start + spanLength));

        private static Document Build(string text, IReadOnlyList<(int Layer, TextSpan Span)> spans, IReadOnlyList<string?> speakers)
        {
            var document = TestArticles.Plain(text);
            var mentions = spans.Where(s => s.Layer == 3).Select(s => s.Span).ToImmutableArray();
            var references = spans.Where(s => s.Layer == 4).Select(s => s.Span).ToImmutableArray();
            return document with
            {
                Boilerplate = [.. spans.Where(s => s.Layer == 0).Select(s => new BoilerplateSpan(s.Span, BoilerplateKind.Caption))],
                Quotes = [.. spans.Where(s => s.Layer is 1 or 2).Select((s, i) => new Quote(s.Span, QuoteKind.Mixed)
                {
                    SpeakerName = speakers.Count == 0 ? null : speakers[i % speakers.Count],
                    Cue = s.Layer == 2 ? new TextSpan(s.Span.Start / 2, s.Span.Start) : null,
                })],
                Entities = [new Entity("e1", "<Someone>", EntityType.Person, [], mentions, references)],
            };
        }
    }
}
