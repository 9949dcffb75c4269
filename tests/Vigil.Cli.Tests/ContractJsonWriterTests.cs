using System.Text;
using System.Text.Json;
using Vigil.Cli.Output;
using Vigil.Documents;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

public sealed class ContractJsonWriterTests
{
    // An emoji (two UTF-16 units) and accented letters before the spans: a writer that counted code
    // points or bytes instead of UTF-16 units would put every span after them in the wrong place.
    private const string Text = "😀 Café talks\n\n“We will reopen,” said Zoë Brandt, the owner. She added more.";

    [Fact]
    public void Writes_every_contract_field_in_order_with_spans_in_utf16_units()
    {
        var document = Annotated();

        var line = Encoding.UTF8.GetString(ContractJsonWriter.ToJsonLine(document));

        Assert.EndsWith("}\n", line);
        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var article = ContractAssert.ParseLine(line);
        ContractAssert.Article(article);
        Assert.Equal(
            ["source", "id", "title", "published", "url", "author", "text", "boilerplate", "entities", "quotes", "commitments", "events"],
            article.EnumerateObject().Select(p => p.Name).ToList());
        Assert.Equal("wire-7", article.GetProperty("id").GetString());
        Assert.Equal("2024-03-05", article.GetProperty("published").GetString());
        var quote = article.GetProperty("quotes")[0];
        Assert.Equal("“We will reopen,”", quote.GetProperty("text").GetString());
        Assert.Equal("direct", quote.GetProperty("kind").GetString());
        Assert.Equal("e1", quote.GetProperty("speaker").GetString());
        Assert.Equal("Zoë Brandt", quote.GetProperty("source").GetProperty("text").GetString());
        Assert.Equal("said", quote.GetProperty("cue").GetProperty("text").GetString());
        var entity = article.GetProperty("entities")[0];
        Assert.Equal("PERSON", entity.GetProperty("type").GetString());
        Assert.Equal("She", entity.GetProperty("references")[0].GetProperty("text").GetString());
        Assert.Equal("caption", article.GetProperty("boilerplate")[0].GetProperty("kind").GetString());
        Assert.Contains("Zoë", line);   // non-ASCII stays readable
    }

    [Fact]
    public void Absent_values_are_null_or_empty_never_missing_and_the_id_falls_back_to_the_content_id()
    {
        var document = new Document("Plain text.", new ArticleMetadata("in.txt"));

        var article = ContractAssert.ParseLine(Encoding.UTF8.GetString(ContractJsonWriter.ToJsonLine(document)));

        ContractAssert.Article(article);
        Assert.Equal(document.ContentId, article.GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("title").ValueKind);
        Assert.Equal(JsonValueKind.Null, article.GetProperty("published").ValueKind);
        Assert.Equal(0, article.GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public void A_lone_surrogate_gives_valid_json_and_moves_no_offset()
    {
        var text = "ab\ud800cd “quoted”";
        var document = new Document(text, new ArticleMetadata("odd.jsonl:1"))
        {
            Quotes = [new Quote(new TextSpan(6, text.Length), QuoteKind.Direct)],
        };

        var article = ContractAssert.ParseLine(Encoding.UTF8.GetString(ContractJsonWriter.ToJsonLine(document)));

        var written = article.GetProperty("text").GetString()!;
        Assert.Equal(text.Length, written.Length);
        Assert.Equal("ab\ufffdcd “quoted”", written);
        Assert.Equal("“quoted”", article.GetProperty("quotes")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void A_span_outside_the_text_is_refused_with_a_plain_reason()
    {
        var document = new Document("short", new ArticleMetadata("x.txt"))
        {
            Boilerplate = [new BoilerplateSpan(new TextSpan(2, 40), BoilerplateKind.Trailer)],
        };

        var error = Assert.Throws<InvalidOperationException>(() => ContractJsonWriter.ToJsonLine(document));
        Assert.Contains("outside the text", error.Message);
    }

    private static Document Annotated()
    {
        var name = Span("Zoë Brandt");
        return new Document(Text, new ArticleMetadata("wire.jsonl:7")
        {
            Id = "wire-7",
            Title = "Café talks",
            Published = new DateOnly(2024, 3, 5),
        })
        {
            Boilerplate = [new BoilerplateSpan(Span("😀"), BoilerplateKind.Caption)],
            Entities =
            [
                new Entity("e1", "Zoë Brandt", EntityType.Person, ["Zoë Brandt"], [name], [Span("She")]),
            ],
            Quotes =
            [
                new Quote(Span("“We will reopen,”"), QuoteKind.Direct)
                {
                    Cue = Span("said"),
                    Source = name,
                    SpeakerId = "e1",
                    SpeakerName = "Zoë Brandt",
                },
            ],
        };
    }

    private static TextSpan Span(string part)
    {
        var start = Text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }
}
