using System.Text;
using Vigil.Documents;

namespace Vigil.Reading.Tests;

public sealed class PlainTextTests
{
    private const string Article = "Taliban promise safe passage\r\n\r\nThe group said on Sunday that foreigners could leave.  \r\nOfficials were sceptical.\n";

    [Fact]
    public void Text_is_the_file_content_exactly()
    {
        using var folder = new TestFolder();
        var path = folder.Write("a.txt", Article);

        var read = Reading.SingleArticle(path);

        Assert.Equal(Article, read.Document.Text);
        Assert.Equal(path, read.Source);
        Assert.Equal(path, read.Document.Metadata.Source);
        Assert.Null(read.Document.Metadata.Id);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_dropped_and_nothing_else()
    {
        using var folder = new TestFolder();
        var path = folder.Write("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Article)]);

        Assert.Equal(Article, Reading.SingleArticle(path).Document.Text);
    }

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_with_a_byte_order_mark_is_decoded(string name)
    {
        using var folder = new TestFolder();
        var encoding = name == "utf-16le" ? new UnicodeEncoding(false, true) : new UnicodeEncoding(true, true);
        var text = "Kabul — “we will keep our promises,” he said. Ünïcödé ✓\n";
        var path = folder.Write("wide.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

        Assert.Equal(text, Reading.SingleArticle(path).Document.Text);
    }

    [Fact]
    public void Invalid_utf8_names_the_offset_of_the_bad_byte()
    {
        using var folder = new TestFolder();
        var bytes = Encoding.UTF8.GetBytes("Twelve bytes").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes(" more")).ToArray();
        var path = folder.Write("bad.txt", bytes);

        var failure = Reading.SingleFailure(path);

        Assert.Equal(path, failure.Source);
        Assert.Equal("not valid UTF-8 at byte 12", failure.Reason);
    }

    [Fact]
    public void Invalid_utf8_after_a_byte_order_mark_counts_the_mark_in_the_offset()
    {
        using var folder = new TestFolder();
        var path = folder.Write("bad.txt", [0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b', 0xFF]);

        Assert.Equal("not valid UTF-8 at byte 5", Reading.SingleFailure(path).Reason);
    }

    [Fact]
    public void A_lone_surrogate_in_utf16_is_a_failure_not_an_exception()
    {
        using var folder = new TestFolder();
        // "ab" then a high surrogate (D800) followed by "c": not decodable.
        var path = folder.Write("lone.txt", [0xFF, 0xFE, (byte)'a', 0, (byte)'b', 0, 0x00, 0xD8, (byte)'c', 0]);

        var failure = Reading.SingleFailure(path);

        Assert.Equal("not valid UTF-16LE at byte 6", failure.Reason);
    }

    [Fact]
    public void A_lone_low_surrogate_in_utf16be_and_an_odd_final_byte_are_found_where_they_are()
    {
        using var folder = new TestFolder();
        var lowFirst = folder.Write("low.txt", [0xFE, 0xFF, 0, (byte)'a', 0xDC, 0x00, 0, (byte)'b']);
        var odd = folder.Write("odd.txt", [0xFF, 0xFE, (byte)'a', 0, (byte)'b', 0, (byte)'c']);

        Assert.Equal("not valid UTF-16BE at byte 4", Reading.SingleFailure(lowFirst).Reason);
        Assert.Equal("not valid UTF-16LE at byte 6", Reading.SingleFailure(odd).Reason);
    }

    [Fact]
    public void Nul_bytes_mean_a_binary_file()
    {
        using var folder = new TestFolder();
        var path = folder.Write("data.txt", [(byte)'a', (byte)'b', 0, 1, 2, 3, (byte)'c']);

        Assert.Equal("binary file, not text", Reading.SingleFailure(path).Reason);
    }

    [Fact]
    public void A_binary_magic_number_means_a_binary_file_even_without_nul_bytes()
    {
        using var folder = new TestFolder();
        var path = folder.Write("scan.txt", [.. "%PDF-1.7\n"u8.ToArray(), .. "Some text that is not really text"u8.ToArray()]);

        Assert.Equal("binary file, not text (PDF data)", Reading.SingleFailure(path).Reason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \r\n\t\n  ")]
    public void Empty_or_blank_is_an_empty_file(string content)
    {
        using var folder = new TestFolder();
        var path = folder.Write("empty.txt", content);

        Assert.Equal("empty file", Reading.SingleFailure(path).Reason);
    }

    [Fact]
    public void A_named_file_with_an_unknown_ending_is_read_as_plain_text()
    {
        using var folder = new TestFolder();
        var path = folder.Write("notes.md", "# Heading\n\nBody.");

        Assert.Equal("# Heading\n\nBody.", Reading.SingleArticle(path).Document.Text);
    }

    [Fact]
    public void The_default_publication_date_applies_to_plain_text()
    {
        using var folder = new TestFolder();
        var path = folder.Write("a.txt", Article);
        var options = new ReadOptions { DefaultPublished = new DateOnly(2021, 8, 31) };

        Assert.Equal(new DateOnly(2021, 8, 31), Reading.SingleArticle(path, options).Document.Metadata.Published);
    }

    [Theory]
    [InlineData("Taliban promise safe passage\n\nBody text.", "Taliban promise safe passage")]
    [InlineData("\n\nTitle after blank lines\r\n\r\nBody.", "Title after blank lines")]
    [InlineData("The group said it would leave.\n\nBody.", null)]       // a sentence, not a headline
    [InlineData("Will the Taliban keep their word?\n\nBody.", null)]    // ends with sentence punctuation
    [InlineData("He said: \"No.\"\n\nBody.", null)]                     // full stop inside closing quotes
    [InlineData("A first line\nrunning straight into the second.", null)] // no blank line after it
    [InlineData("Only one line", null)]
    public void The_title_of_plain_text_is_a_short_first_line_set_off_by_a_blank_line(string text, string? title)
    {
        Assert.Equal(title, PlainTextArticle.FindTitle(text));
    }

    [Fact]
    public void A_first_line_longer_than_200_characters_is_not_a_title()
    {
        var longLine = new string('x', 201);
        Assert.Null(PlainTextArticle.FindTitle(longLine + "\n\nBody."));
        Assert.Equal(new string('x', 200), PlainTextArticle.FindTitle(new string('x', 200) + "\n\nBody."));
    }

    [Fact]
    public void A_path_that_does_not_exist_is_a_failure()
    {
        using var folder = new TestFolder();
        var missing = folder.PathOf("nothing-here.txt");

        var failure = Reading.SingleFailure(missing);

        Assert.Equal(missing, failure.Source);
        Assert.Equal("no such file or folder", failure.Reason);
    }

    [Fact]
    public void Reading_is_lazy_and_in_the_order_given()
    {
        using var folder = new TestFolder();
        var first = folder.Write("z.txt", "Zed article.");
        var second = folder.Write("a.txt", "A article.");
        var reader = new ArticleReader(new ReadOptions());

        using var outcomes = reader.Read([first, "missing.txt", second]).GetEnumerator();

        Assert.True(outcomes.MoveNext());
        Assert.Equal(first, outcomes.Current.Source);
        File.Delete(second); // read lazily: a file removed before its turn is missing when reached
        Assert.True(outcomes.MoveNext());
        Assert.Equal("missing.txt", outcomes.Current.Source);
        Assert.True(outcomes.MoveNext());
        Assert.Equal(new ReadFailure(second, "no such file or folder"), outcomes.Current);
        Assert.False(outcomes.MoveNext());
    }
}
