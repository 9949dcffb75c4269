using System.Text;

namespace Vigil.Reading.Tests;

public sealed class StandardInputTests
{
    [Fact]
    public void Json_lines_on_standard_input_are_recognised_by_their_first_brace()
    {
        var options = Reading.StandardInput("\n  {\"id\": 1, \"text\": \"One.\"}\n{\"id\": 2, \"text\": \"Two.\"}\n"u8.ToArray());

        var outcomes = new ArticleReader(options).Read("-").ToList();

        Assert.Equal(["1", "2"], outcomes.Select(o => Assert.IsType<ArticleRead>(o).Document.Metadata.Id));
        Assert.All(outcomes, o => Assert.Equal("-", o.Source));
    }

    [Fact]
    public void A_broken_line_on_standard_input_is_named_by_its_line()
    {
        var options = Reading.StandardInput("{\"text\": \"One.\"}\nnot json\n"u8.ToArray());

        var outcomes = new ArticleReader(options).Read("-").ToList();

        Assert.Equal("-:2", Assert.IsType<ReadFailure>(outcomes[1]).Source);
    }

    [Fact]
    public void Html_on_standard_input_is_recognised_by_its_first_angle_bracket()
    {
        var options = Reading.StandardInput(Encoding.UTF8.GetBytes("   " + HtmlTests.Page));

        var document = Assert.IsType<ArticleRead>(Assert.Single(new ArticleReader(options).Read("-"))).Document;

        Assert.StartsWith("US relies on the Taliban\n\nZalmay", document.Text);
        Assert.Equal("-", document.Metadata.Source);
    }

    [Fact]
    public void Anything_else_on_standard_input_is_plain_text_kept_exactly()
    {
        const string text = "\nHeadline here\n\nBody with a < sign and a { brace.\n";
        var options = Reading.StandardInput([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var document = Assert.IsType<ArticleRead>(Assert.Single(new ArticleReader(options).Read("-"))).Document;

        Assert.Equal(text, document.Text);
        Assert.Equal("Headline here", document.Metadata.Title);
    }

    [Fact]
    public void Gzipped_standard_input_is_decompressed()
    {
        var options = Reading.StandardInput(TestFolder.Gzip("{\"text\": \"Compressed.\"}\n"u8.ToArray()));

        Assert.Equal("Compressed.", Assert.IsType<ArticleRead>(Assert.Single(new ArticleReader(options).Read("-"))).Document.Text);
    }

    [Fact]
    public void The_first_article_of_a_stream_is_read_before_the_next_line_arrives()
    {
        var stream = new StillWritingStream("{\"text\": \"First.\"}\n"u8.ToArray());
        var options = new ReadOptions { OpenStandardInput = () => stream };

        var first = new ArticleReader(options).Read("-").First();

        Assert.Equal("First.", Assert.IsType<ArticleRead>(first).Document.Text);
    }

    [Fact]
    public void Empty_standard_input_is_an_empty_file()
    {
        var options = Reading.StandardInput([]);

        Assert.Equal(new ReadFailure("-", "empty file"), Assert.Single(new ArticleReader(options).Read("-")));
    }

    /// <summary>A producer that has written one line and not yet the next: reading past it would wait forever.</summary>
    private sealed class StillWritingStream(byte[] written) : ReadOnlyStream(null)
    {
        private readonly MemoryStream _written = new(written);

        public override int Read(Span<byte> buffer)
        {
            var n = _written.Read(buffer);
            return n > 0 ? n : throw new InvalidOperationException("read past what the producer has written");
        }
    }
}
