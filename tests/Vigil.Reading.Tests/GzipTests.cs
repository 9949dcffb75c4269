using System.Text;

namespace Vigil.Reading.Tests;

public sealed class GzipTests
{
    [Fact]
    public void Gzipped_text_html_and_json_lines_read_like_their_plain_forms()
    {
        using var folder = new TestFolder();
        var text = folder.WriteGzip("a.txt.gz", "Headline\n\nBody of the article.");
        var html = folder.WriteGzip("b.html.gz", HtmlTests.Page);
        var lines = folder.WriteGzip("c.jsonl.gz", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");

        Assert.Equal("Headline\n\nBody of the article.", Reading.SingleArticle(text).Document.Text);
        Assert.Equal("Headline", Reading.SingleArticle(text).Document.Metadata.Title);
        Assert.StartsWith("US relies on the Taliban\n\n", Reading.SingleArticle(html).Document.Text);
        Assert.Equal(["One.", "Two."], Reading.ReadAll(lines).Select(o => Assert.IsType<ArticleRead>(o).Document.Text));
    }

    [Fact]
    public void A_truncated_gzip_is_a_failure()
    {
        using var folder = new TestFolder();
        var whole = TestFolder.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 2000).Select(i => $"Sentence number {i}. "))));
        var path = folder.Write("cut.txt.gz", whole[..(whole.Length / 2)]);

        Assert.Equal(new ReadFailure(path, "truncated or corrupt gzip data"), Reading.SingleFailure(path));
    }

    [Fact]
    public void A_gzip_missing_only_its_trailer_is_a_failure()
    {
        using var folder = new TestFolder();
        var whole = TestFolder.Gzip("Short but complete text."u8.ToArray());
        var path = folder.Write("cut.txt.gz", whole[..^4]);

        Assert.Equal("truncated or corrupt gzip data", Reading.SingleFailure(path).Reason);
    }

    [Fact]
    public void Corrupt_gzip_data_is_a_failure()
    {
        using var folder = new TestFolder();
        var bytes = TestFolder.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(0, 500).Select(i => $"Line {i}.\n"))));
        for (var i = 20; i < 60; i++)
            bytes[i] ^= 0x5A;
        var path = folder.Write("bad.txt.gz", bytes);

        Assert.Equal("truncated or corrupt gzip data", Reading.SingleFailure(path).Reason);
    }

    [Fact]
    public void Not_gzip_at_all_is_a_failure()
    {
        using var folder = new TestFolder();
        var path = folder.Write("plain.txt.gz", "I was never compressed.");

        Assert.Equal("truncated or corrupt gzip data", Reading.SingleFailure(path).Reason);
    }

    [Fact]
    public void A_truncated_jsonl_gz_keeps_the_articles_completed_before_the_cut()
    {
        using var folder = new TestFolder();
        var lines = string.Concat(Enumerable.Range(1, 400).Select(i => $"{{\"id\": {i}, \"text\": \"Article number {i} with some words {Guid.NewGuid()}.\"}}\n"));
        var whole = TestFolder.Gzip(Encoding.UTF8.GetBytes(lines));
        var path = folder.Write("feed.jsonl.gz", whole[..(whole.Length * 2 / 3)]);

        var outcomes = Reading.ReadAll(path);

        var articles = outcomes.OfType<ArticleRead>().ToList();
        Assert.True(articles.Count > 100, $"only {articles.Count} articles kept");
        Assert.Equal(Enumerable.Range(1, articles.Count).Select(i => i.ToString()), articles.Select(a => a.Document.Metadata.Id));
        Assert.Equal(new ReadFailure(path, "truncated or corrupt gzip data"), outcomes[^1]);
        Assert.Equal(articles.Count + 1, outcomes.Count); // the half line at the cut is not reported as broken JSON
    }

    [Fact]
    public void Concatenated_gzip_members_are_one_complete_file()
    {
        using var folder = new TestFolder();
        var path = folder.Write("joined.jsonl.gz",
            [.. TestFolder.Gzip("{\"text\": \"From the first member.\"}\n"u8.ToArray()),
             .. TestFolder.Gzip("{\"text\": \"From the second, longer member of the file.\"}\n"u8.ToArray())]);

        var outcomes = Reading.ReadAll(path);

        Assert.Equal(["From the first member.", "From the second, longer member of the file."],
            outcomes.Select(o => Assert.IsType<ArticleRead>(o).Document.Text));
    }

    [Fact]
    public void A_bare_gz_is_read_by_its_content()
    {
        using var folder = new TestFolder();
        var path = folder.WriteGzip("export.gz", "{\"text\": \"Sniffed as JSON lines.\"}\n");

        Assert.Equal("Sniffed as JSON lines.", Reading.SingleArticle(path).Document.Text);
    }
}
