using System.Text;

namespace Vigil.Reading.Tests;

public sealed class JsonLinesTests
{
    [Fact]
    public void Each_line_is_an_article_with_its_fields()
    {
        using var folder = new TestFolder();
        var path = folder.Write("feed.jsonl",
            """
            {"id": "a1", "title": "First", "text": "First article text.", "url": "https://example.com/1", "published": "2021-08-31"}

            {"id": 42, "text": "Second article text.", "published": "2021-09-01T23:15:00-05:00"}
            {"text": "Third article text.", "extra": {"ignored": true}}
            """);

        var outcomes = Reading.ReadAll(path, new ReadOptions { DefaultPublished = new DateOnly(2000, 1, 1) });

        Assert.Equal(3, outcomes.Count);
        var first = Assert.IsType<ArticleRead>(outcomes[0]).Document;
        Assert.Equal("First article text.", first.Text);
        Assert.Equal("a1", first.Metadata.Id);
        Assert.Equal("First", first.Metadata.Title);
        Assert.Equal("https://example.com/1", first.Metadata.Source);
        Assert.Equal("https://example.com/1", first.Metadata.Url);
        Assert.Equal(new DateOnly(2021, 8, 31), first.Metadata.Published);

        var second = Assert.IsType<ArticleRead>(outcomes[1]).Document;
        Assert.Equal("42", second.Metadata.Id);
        Assert.Equal(path, second.Metadata.Source); // no url: the file
        Assert.Equal(new DateOnly(2021, 9, 1), second.Metadata.Published);

        var third = Assert.IsType<ArticleRead>(outcomes[2]).Document;
        Assert.Null(third.Metadata.Id);
        Assert.Null(third.Metadata.Title);
        Assert.Equal(new DateOnly(2000, 1, 1), third.Metadata.Published);
    }

    [Fact]
    public void A_broken_line_fails_alone_and_names_its_line_number()
    {
        using var folder = new TestFolder();
        var path = folder.Write("feed.jsonl",
            "{\"text\": \"Good one.\"}\n{\"text\": \"unterminated\n\n{\"text\": \"Good two.\"}\r\n");

        var outcomes = Reading.ReadAll(path);

        Assert.Equal(3, outcomes.Count);
        Assert.Equal("Good one.", Assert.IsType<ArticleRead>(outcomes[0]).Document.Text);
        var broken = Assert.IsType<ReadFailure>(outcomes[1]);
        Assert.Equal($"{path}:2", broken.Source);
        Assert.StartsWith("malformed JSON", broken.Reason);
        Assert.Equal("Good two.", Assert.IsType<ArticleRead>(outcomes[2]).Document.Text);
    }

    [Theory]
    [InlineData("""{"title": "No body"}""", "no \"text\" or \"html\" field")]
    [InlineData("""{"text": 12}""", "\"text\" must be a string")]
    [InlineData("""{"text": "ok", "id": [1]}""", "\"id\" must be a string or a number")]
    [InlineData("""{"text": "ok", "published": "last Tuesday"}""", "\"published\" is not a date (YYYY-MM-DD or an ISO 8601 date-time): \"last Tuesday\"")]
    // a reason is one line, whatever the value it quotes holds
    [InlineData("""{"text": "ok", "published": "in\n\t2026"}""", "\"published\" is not a date (YYYY-MM-DD or an ISO 8601 date-time): \"in  2026\"")]
    [InlineData("""{"text": "   "}""", "empty article")]
    [InlineData("""["text", "in an array"]""", "line is not a JSON object")]
    [InlineData("""{"text": "a" """, "malformed JSON at byte 13 of the line")]
    public void A_line_of_the_wrong_shape_says_what_is_wrong(string line, string reason)
    {
        using var folder = new TestFolder();
        var path = folder.Write("feed.jsonl", line + "\n");

        var failure = Reading.SingleFailure(path);

        Assert.Equal($"{path}:1", failure.Source);
        Assert.Equal(reason, failure.Reason);
    }

    [Fact]
    public void Invalid_utf8_on_a_line_names_the_byte_in_that_line()
    {
        using var folder = new TestFolder();
        byte[] bad = [.. "{\"text\": \"ab"u8.ToArray(), 0xFF, .. "\"}\n"u8.ToArray()];
        var path = folder.Write("feed.jsonl", [.. "{\"text\": \"fine\"}\n"u8.ToArray(), .. bad]);

        var outcomes = Reading.ReadAll(path);

        Assert.IsType<ArticleRead>(outcomes[0]);
        Assert.Equal(new ReadFailure($"{path}:2", "not valid UTF-8 at byte 12 of the line"), outcomes[1]);
    }

    [Fact]
    public void An_html_field_goes_through_html_extraction()
    {
        using var folder = new TestFolder();
        var line = System.Text.Json.JsonSerializer.Serialize(new { id = "p1", html = HtmlTests.Page, url = "https://example.com/p1" });
        var path = folder.Write("pages.jsonl", line + "\n");

        var document = Reading.SingleArticle(path).Document;

        Assert.StartsWith("US relies on the Taliban\n\nZalmay Khalilzad", document.Text);
        Assert.Equal("p1", document.Metadata.Id);
        Assert.Equal("https://example.com/p1", document.Metadata.Source);
        Assert.Equal(new DateOnly(2021, 8, 31), document.Metadata.Published); // from the page, since the line has none
        Assert.Single(document.Boilerplate);
    }

    [Fact]
    public void A_byte_order_mark_before_the_first_line_is_ignored()
    {
        using var folder = new TestFolder();
        var path = folder.Write("bom.jsonl", [0xEF, 0xBB, 0xBF, .. "{\"text\": \"With a mark.\"}\n"u8.ToArray()]);

        Assert.Equal("With a mark.", Reading.SingleArticle(path).Document.Text);
    }

    [Fact]
    public void Utf16_json_lines_with_a_byte_order_mark_are_read()
    {
        using var folder = new TestFolder();
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var path = folder.Write("wide.jsonl", [.. encoding.GetPreamble(), .. encoding.GetBytes("{\"text\": \"Käse ✓\"}\n{\"text\": \"Two\"}\n")]);

        var outcomes = Reading.ReadAll(path);

        Assert.Equal(["Käse ✓", "Two"], outcomes.Select(o => Assert.IsType<ArticleRead>(o).Document.Text));
    }

    [Fact]
    public void A_file_of_blank_lines_is_empty()
    {
        using var folder = new TestFolder();
        var path = folder.Write("blank.jsonl", "\n  \n\r\n");

        Assert.Equal(new ReadFailure(path, "empty file"), Reading.SingleFailure(path));
    }

    [Fact]
    public void A_binary_file_named_jsonl_is_binary()
    {
        using var folder = new TestFolder();
        var path = folder.Write("photo.jsonl", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3]);

        Assert.Equal("binary file, not text (PNG data)", Reading.SingleFailure(path).Reason);
    }
}
