using System.Text;

namespace Vigil.Reading.Tests;

/// <summary>RSS and Atom feeds read from files: one article per item, safely.</summary>
public sealed class FeedTests
{
    public const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Meridan Evening Post</title>
            <link>https://post.example/</link>
            <item>
              <title>Calder dockers return to work</title>
              <link>https://post.example/calder-dockers</link>
              <description>Short summary only.</description>
              <content:encoded><![CDATA[<p>Dock workers at the port of Calder returned to work on Friday.</p><p>“We won a fair deal,” said Halina Voss.</p>]]></content:encoded>
              <pubDate>Fri, 06 Sep 2024 07:30:00 EST</pubDate>
              <dc:creator>Ines Marrow</dc:creator>
            </item>
            <item>
              <title>Ferry timetable changes</title>
              <link>https://post.example/ferries</link>
              <description>&lt;p&gt;The Velm ferry will run every hour from Monday, the operator said.&lt;/p&gt;</description>
              <pubDate>Sat, 07 Sep 2024 09:00:00 +0200</pubDate>
            </item>
            <item>
              <title>Headline only</title>
              <link>https://post.example/headline-only</link>
            </item>
          </channel>
        </rss>
        """;

    public const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Althen Courier</title>
          <entry>
            <title type="html">Treaty &lt;em&gt;signed&lt;/em&gt; at Velm</title>
            <link rel="alternate" href="https://courier.example/treaty"/>
            <link rel="edit" href="https://courier.example/edit/1"/>
            <id>tag:courier.example,2024:1</id>
            <published>2024-09-02T23:30:00-04:00</published>
            <updated>2024-09-03T10:00:00Z</updated>
            <author><name>Teodor Malan</name></author>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The river treaty was signed at Velm on Monday.</p><p>Both sides called it a new start.</p></div></content>
          </entry>
          <entry>
            <title>Plain summary</title>
            <link href="https://courier.example/summary"/>
            <updated>2024-09-04T08:00:00Z</updated>
            <summary>The council met in Althen to discuss the budget for the coming year.</summary>
          </entry>
        </feed>
        """;

    [Fact]
    public void An_rss_feed_is_one_article_per_item_with_its_metadata()
    {
        using var folder = new TestFolder();
        var path = folder.Write("news.rss", Rss);

        var outcomes = Reading.ReadAll(path);

        Assert.Equal(3, outcomes.Count);
        var first = Assert.IsType<ArticleRead>(outcomes[0]).Document;
        Assert.Equal("Calder dockers return to work\n\nDock workers at the port of Calder returned to work on Friday.\n\n“We won a fair deal,” said Halina Voss.", first.Text);
        Assert.Equal("https://post.example/calder-dockers", first.Metadata.Source);
        Assert.Equal("https://post.example/calder-dockers", first.Metadata.Url);
        Assert.Equal(new DateOnly(2024, 9, 6), first.Metadata.Published);
        Assert.Equal("Ines Marrow", first.Metadata.Author);
        var second = Assert.IsType<ArticleRead>(outcomes[1]).Document;
        Assert.Equal("Ferry timetable changes\n\nThe Velm ferry will run every hour from Monday, the operator said.", second.Text);
        Assert.Equal(new DateOnly(2024, 9, 7), second.Metadata.Published);
        var third = Assert.IsType<ReadFailure>(outcomes[2]);
        Assert.Equal($"{path} item 3 (https://post.example/headline-only)", third.Source);
        Assert.Contains("no text", third.Reason);
    }

    [Fact]
    public void An_atom_feed_reads_html_and_xhtml_text_constructs_and_its_dates()
    {
        using var folder = new TestFolder();
        var path = folder.Write("courier.atom", Atom);

        var outcomes = Reading.ReadAll(path).Select(o => Assert.IsType<ArticleRead>(o).Document).ToList();

        Assert.Equal("Treaty signed at Velm\n\nThe river treaty was signed at Velm on Monday.\n\nBoth sides called it a new start.", outcomes[0].Text);
        Assert.Equal("https://courier.example/treaty", outcomes[0].Metadata.Url);
        Assert.Equal(new DateOnly(2024, 9, 2), outcomes[0].Metadata.Published); // the publisher's own date, not UTC's
        Assert.Equal("Teodor Malan", outcomes[0].Metadata.Author);
        Assert.Equal("Plain summary\n\nThe council met in Althen to discuss the budget for the coming year.", outcomes[1].Text);
        Assert.Equal(new DateOnly(2024, 9, 4), outcomes[1].Metadata.Published);
    }

    [Fact]
    public void A_feed_in_a_folder_gzipped_or_on_standard_input_reads_the_same()
    {
        using var folder = new TestFolder();
        folder.WriteGzip("feeds/news.rss.gz", Rss);
        folder.Write("feeds/courier.atom", Atom);
        folder.Write("feeds/sitemap.xml", "<urlset/>"); // .xml in a folder is not read

        var fromFolder = Reading.ReadAll(folder.PathOf("feeds"));
        var fromInput = Reading.ReadAll("-", Reading.StandardInput(Encoding.UTF8.GetBytes(Rss)));

        Assert.Equal(5, fromFolder.Count);
        Assert.Equal(3, fromInput.Count);
        Assert.Equal(((ArticleRead)fromFolder[2]).Document.Text, ((ArticleRead)fromInput[0]).Document.Text);
    }

    [Fact]
    public void External_entities_and_dtds_are_refused_so_a_feed_cannot_read_local_files()
    {
        using var folder = new TestFolder();
        var secret = folder.Write("secret.txt", "TOP-SECRET-VALUE");
        var path = folder.Write("evil.rss", $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [ <!ENTITY leak SYSTEM "file://{secret}"> ]>
            <rss version="2.0"><channel><item><title>x</title><description>&leak;</description></item></channel></rss>
            """);

        var failure = Reading.SingleFailure(path);

        Assert.Contains("DTD", failure.Reason);
        Assert.DoesNotContain("TOP-SECRET", failure.Reason);
    }

    [Fact]
    public void Malformed_xml_keeps_the_items_before_it_and_names_where_it_broke()
    {
        using var folder = new TestFolder();
        var broken = Rss[..Rss.IndexOf("<item>\n      <title>Headline only", StringComparison.Ordinal)] + "<item><title>cut</tit";
        var path = folder.Write("broken.rss", broken);

        var outcomes = Reading.ReadAll(path);

        Assert.Equal(3, outcomes.Count);
        Assert.IsType<ArticleRead>(outcomes[0]);
        Assert.IsType<ArticleRead>(outcomes[1]);
        var failure = Assert.IsType<ReadFailure>(outcomes[2]);
        Assert.Equal(path, failure.Source);
        Assert.StartsWith("malformed XML at line", failure.Reason);
    }

    [Fact]
    public void An_item_over_the_article_limit_fails_alone()
    {
        using var folder = new TestFolder();
        var huge = new string('x', 5000);
        var path = folder.Write("big.rss", Rss.Replace("Short summary only.", huge, StringComparison.Ordinal));

        var outcomes = Reading.ReadAll(path, new ReadOptions { MaxArticleBytes = 4000 });

        Assert.Contains("larger than", Assert.IsType<ReadFailure>(outcomes[0]).Reason);
        Assert.IsType<ArticleRead>(outcomes[1]);
        Assert.Equal(3, outcomes.Count);
    }

    [Fact]
    public void Xml_that_is_not_a_feed_or_has_no_items_is_a_failure()
    {
        using var folder = new TestFolder();
        var notFeed = folder.Write("page.xml", "<?xml version=\"1.0\"?><urlset><url/></urlset>");
        var empty = folder.Write("empty.rss", "<rss version=\"2.0\"><channel><title>Nothing</title></channel></rss>");

        Assert.Contains("not an RSS or Atom feed", Reading.SingleFailure(notFeed).Reason);
        Assert.Equal("the feed has no items", Reading.SingleFailure(empty).Reason);
    }
}
