using System.Text;

namespace Vigil.Reading.Tests;

/// <summary>
/// Inputs the generated hostile corpus (tests/Vigil.Reliability.Tests) and the fuzzer (bench/fuzz.sh)
/// found escaping the reader as exceptions or never ending, kept as cases.
/// </summary>
public sealed class HostileRegressionTests
{
    [Fact]
    public void A_page_too_large_to_score_is_read_block_by_block()
    {
        using var folder = new TestFolder();
        var items = string.Concat(Enumerable.Range(0, HtmlArticle.MaxScoredElements).Select(i => $"<li><p>Item {i} of the list"));
        var path = folder.Write("huge.html", $"<html><head><title>A long list</title></head><body><ul>{items}</ul></body></html>");

        var text = Reading.SingleArticle(path).Document.Text;

        Assert.Contains("Item 0 of the list", text, StringComparison.Ordinal);
        Assert.Contains($"Item {HtmlArticle.MaxScoredElements - 1} of the list", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_jsonl_gz_cut_inside_its_first_bytes_is_a_failure_of_that_file()
    {
        using var folder = new TestFolder();
        var path = folder.Write("cut.jsonl.gz", Convert.FromHexString("1F8B0800000000000403AB562A49AD"));

        Assert.Equal(new ReadFailure(path, "truncated or corrupt gzip data"), Reading.SingleFailure(path));
    }

    [Fact]
    public void A_json_line_escaping_half_a_surrogate_pair_is_a_failure_of_that_line_alone()
    {
        using var folder = new TestFolder();
        var path = folder.Write("lines.jsonl", "{\"text\": \"Kabul \\ud800 airport\"}\n{\"html\": \"<p>\\udc00</p>\"}\n{\"text\": \"The airport reopened.\"}\n");

        var outcomes = Reading.ReadAll(path);

        Assert.Equal(3, outcomes.Count);
        Assert.Equal(new ReadFailure($"{path}:1", "a string of the line escapes half a UTF-16 surrogate pair"), outcomes[0]);
        Assert.Equal(new ReadFailure($"{path}:2", "a string of the line escapes half a UTF-16 surrogate pair"), outcomes[1]);
        Assert.Equal("The airport reopened.", Assert.IsType<ArticleRead>(outcomes[2]).Document.Text);
    }

    [Fact]
    public void JSON_LD_with_a_lone_surrogate_leaves_the_page_readable()
    {
        using var folder = new TestFolder();
        var path = folder.Write("page.html", HtmlTests.Page.Replace("</head>",
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"datePublished\": \"\\ud800\"}</script></head>", StringComparison.Ordinal));

        Assert.StartsWith("US relies on the Taliban", Reading.SingleArticle(path).Document.Text);
    }

    [Theory]
    [InlineData("div", 100_000, true)]
    [InlineData("section", 513, true)]
    [InlineData("div", 400, false)]
    [InlineData("b", 100_000, true)]
    [InlineData("p", 5_000, false)]       // each <p> closes the one before: no depth at all
    [InlineData("a", 5_000, false)]       // so does each link
    public void HTML_is_refused_only_when_nested_beyond_the_limit(string tag, int depth, bool refused)
    {
        using var folder = new TestFolder();
        var html = new StringBuilder("<html><head><title>Deep</title></head><body>");
        for (var i = 0; i < depth; i++) html.Append('<').Append(tag).Append('>');
        html.Append("<article><p>“We will reopen the bridge on Monday,” the mayor of the city said to reporters at the town hall.</p></article>");
        var path = folder.Write("deep.html", html.ToString());

        var outcome = Assert.Single(Reading.ReadAll(path));

        if (refused) Assert.Equal(new ReadFailure(path, "HTML nested more than 512 elements deep"), outcome);
        else Assert.IsType<ArticleRead>(outcome);
    }

    [Fact]
    public void Closed_elements_and_raw_text_do_not_count_towards_the_depth()
    {
        using var folder = new TestFolder();
        var html = new StringBuilder("<html><body><script>");
        for (var i = 0; i < 2000; i++) html.Append("<div>");
        html.Append("</script>");
        for (var i = 0; i < 2000; i++) html.Append("<div><span>x</span></div><!-- <div> -->");
        html.Append("<p>“We will reopen the bridge on Monday,” the mayor of the city said to reporters at the town hall.</p>");
        var path = folder.Write("wide.html", html.ToString());

        Assert.IsType<ArticleRead>(Assert.Single(Reading.ReadAll(path)));
    }

    // Found by bench/fuzz.sh (AFL++, 2026-11-28), each a hang at 100% of a core rather than a failure.
    // The first: an Atom entry whose <author> never closes. Disposing the subtree reader that read
    // it swallowed the XmlException of the markup it skipped; the reader, now in error, read no
    // further, and the entry's loop waited for an end that never came. The second: an entry that
    // repeats <title>. "Title ??= Text(...)" never read the second one, so the loop stood on it.
    [Theory]
    [InlineData("<entry><title>Bridge closed</title><link href=\"https://velm.example/b\"/><updated>2024-09-06T07:30:00+0</updated><author><name>J. z</name>'/author>\n" +
                "<content type=\"html\">&lt;p&gt;The mayor said the bridge \"will reopen in May\", accordinstatement.&lt;/p&gt;</content></entry>\n</feed>\n",
                "malformed XML in item 1")]
    [InlineData("<entry><title>Bridge closed</title>ry><title>Bridge closed</title><<link href=\"https:\u000f/vel\"/><updated>2024eee-09-06T07:30:00+0</updated><author><name>J. z</name></author>\n" +
                "<content tyvm=\"htmintent></gt;The mayor said taccordl\">&lt;p&entry>\n</feed>\n",
                "malformed XML at line 3, position 68")]
    public async Task An_atom_entry_broken_inside_an_element_ends_the_feed_with_a_failure_not_a_hang(string entry, string reason)
    {
        using var folder = new TestFolder();
        var path = folder.Write("broken.atom", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>s</title>\n" + entry);

        // a bound on a hang, not a speed target: the reading takes milliseconds
        var outcomes = await Task.Run(() => Reading.ReadAll(path)).WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal(new ReadFailure(path, reason), Assert.Single(outcomes));
    }

    [Theory]
    [InlineData("feed.rss", "<rss version=\"2.0\"><channel><item><title>First</title><title>Second</title><link>https://post.example/a</link><link>https://post.example/b</link>" +
                            "<description>The ferry will run hourly, the operator said.</description><description>Other.</description></item></channel></rss>")]
    [InlineData("feed.atom", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>First</title><title>Second</title><link href=\"https://post.example/a\"/>" +
                             "<summary>The ferry will run hourly, the operator said.</summary><summary>Other.</summary><updated>2024-09-06T07:30:00Z</updated><updated>2025-01-01T00:00:00Z</updated></entry></feed>")]
    public async Task An_item_that_repeats_an_element_is_read_with_the_first(string name, string feed)
    {
        using var folder = new TestFolder();
        var path = folder.Write(name, feed);

        var article = Assert.IsType<ArticleRead>(Assert.Single(await Task.Run(() => Reading.ReadAll(path)).WaitAsync(TimeSpan.FromMinutes(2)))).Document;

        Assert.Equal("First", article.Metadata.Title);
        Assert.Equal("https://post.example/a", article.Metadata.Url);
        Assert.EndsWith("The ferry will run hourly, the operator said.", article.Text);
    }

    // Found reviewing every regular expression over untrusted text for issue 7: the pattern that tells
    // a feed by its root backtracked exponentially on comments before it (22 took 6 s, each more
    // doubled it); the sniffing looks at 4 KB, hundreds of comments. It runs without backtracking now.
    [Theory]
    [InlineData("<p>The ferry will run hourly, the operator said.</p>", "input")]   // a page
    [InlineData("<rss version=\"2.0\"><channel><item><title>T</title><description>The ferry will run hourly, the operator said.</description></item></channel></rss>", "feed")]
    public async Task Comments_before_the_root_are_sniffed_in_linear_time(string after, string readAs)
    {
        var input = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<!---->", 500)) + after);

        // a bound on a hang, not a speed target
        var outcome = Assert.Single(await Task.Run(() => new ArticleReader(Reading.StandardInput(input)).Read(ArticleReader.StandardInput).ToList()).WaitAsync(TimeSpan.FromMinutes(2)));

        var article = Assert.IsType<ArticleRead>(outcome).Document;
        Assert.EndsWith("The ferry will run hourly, the operator said.", article.Text);
        Assert.Equal(readAs == "feed" ? "-#1" : "-", article.Metadata.Source);
    }
}
