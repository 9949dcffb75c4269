using System.Text;
using Vigil.Documents;

namespace Vigil.Reading.Tests;

public sealed class HtmlTests
{
    internal const string Page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>US relies on the Taliban | World News Daily</title>
          <meta property="og:title" content="US relies on the Taliban">
          <meta property="article:published_time" content="2021-08-31T23:30:00-04:00">
          <meta name="author" content="Jane Reporter">
          <link rel="canonical" href="https://news.example.com/2021/08/us-taliban">
          <style>p { color: red; }</style>
          <script>var tracking = "<p>not text</p>";</script>
        </head>
        <body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <article>
            <h1>US relies on the Taliban</h1>
            <p>Zalmay Khalilzad, a senior US diplomat and special envoy for Afghanistan, was publicly
               silent for several days after the Taliban took over Kabul &amp; the government fell.</p>
            <p>But over the weekend, he appeared in a series of tweets praising the organisation&#8217;s
               leaders for publicly promising to allow Afghans to leave the country, <em>including</em>
               those who had worked with foreign governments.</p>
            <figure><img src="kabul.jpg" alt="Kabul airport"><figcaption>Evacuees at Kabul airport &copy; Reuters</figcaption></figure>
            <p>&ldquo;The statement is positive. We, our allies and the international community will
               make them abide by these commitments,&rdquo; Khalilzad wrote on Twitter.</p>
            <h2>Cautious cooperation</h2>
            <p>His comments reflect the fragile, tense and often awkward cooperation between the
               Taliban and Washington since the Islamic militant group took control of the country.</p>
            <ul><li>Evacuation flights continue.</li><li>Aid remains frozen.</li></ul>
            <blockquote>We have made it clear to the Taliban what we expect.</blockquote>
          </article>
          <footer><p>Copyright 2021 World News Daily. All rights reserved.</p></footer>
        </body>
        </html>
        """;

    [Fact]
    public void The_text_is_the_title_then_the_body_one_paragraph_per_block()
    {
        using var folder = new TestFolder();
        var path = folder.Write("page.html", Page);

        var document = Reading.SingleArticle(path).Document;

        Assert.Equal("US relies on the Taliban", document.Metadata.Title);
        var paragraphs = document.Text.Split("\n\n");
        Assert.Equal("US relies on the Taliban", paragraphs[0]);
        Assert.Equal(
            "Zalmay Khalilzad, a senior US diplomat and special envoy for Afghanistan, was publicly silent for several days after the Taliban took over Kabul & the government fell.",
            paragraphs[1]);
        Assert.Contains("praising the organisation\u2019s leaders", paragraphs[2]);
        Assert.Contains("\u201CThe statement is positive.", document.Text);
        Assert.Contains("Cautious cooperation", paragraphs);
        Assert.Contains("Evacuation flights continue.", paragraphs);
        Assert.Contains("Aid remains frozen.", paragraphs);
        Assert.Contains("We have made it clear to the Taliban what we expect.", paragraphs);
        Assert.DoesNotContain("<", document.Text);
        Assert.DoesNotContain("&amp;", document.Text);
        Assert.DoesNotContain("not text", document.Text);
        Assert.DoesNotContain("color: red", document.Text);
        Assert.DoesNotContain("  ", document.Text);
        Assert.Equal(1, paragraphs.Count(p => p == "US relies on the Taliban")); // the <h1> repeats the title: once is enough
    }

    [Fact]
    public void Navigation_and_footer_are_left_out()
    {
        using var folder = new TestFolder();
        var document = Reading.SingleArticle(folder.Write("page.html", Page)).Document;

        Assert.DoesNotContain("Sport", document.Text);
        Assert.DoesNotContain("All rights reserved", document.Text);
    }

    [Fact]
    public void A_figcaption_stays_in_the_text_marked_as_a_caption()
    {
        using var folder = new TestFolder();
        var document = Reading.SingleArticle(folder.Write("page.html", Page)).Document;

        var caption = Assert.Single(document.Boilerplate);
        Assert.Equal(BoilerplateKind.Caption, caption.Kind);
        Assert.Equal("Evacuees at Kabul airport © Reuters", document[caption.Span]);
    }

    [Fact]
    public void Date_author_and_url_come_from_the_page_metadata()
    {
        using var folder = new TestFolder();
        var metadata = Reading.SingleArticle(folder.Write("page.htm", Page)).Document.Metadata;

        Assert.Equal(new DateOnly(2021, 8, 31), metadata.Published); // the date of the page's own offset, not UTC's
        Assert.Equal("Jane Reporter", metadata.Author);
        Assert.Equal("https://news.example.com/2021/08/us-taliban", metadata.Url);
        Assert.Equal(folder.PathOf("page.htm"), metadata.Source);
    }

    [Fact]
    public void Json_ld_gives_the_date_when_meta_tags_do_not()
    {
        using var folder = new TestFolder();
        var page = Page
            .Replace("""<meta property="article:published_time" content="2021-08-31T23:30:00-04:00">""", "")
            .Replace("""<meta name="author" content="Jane Reporter">""",
                """<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"x","datePublished":"2021-09-02T08:00:00Z","author":[{"@type":"Person","name":"Ann Lee"}]}]}</script>""");

        var metadata = Reading.SingleArticle(folder.Write("page.html", page)).Document.Metadata;

        Assert.Equal(new DateOnly(2021, 9, 2), metadata.Published);
        Assert.Equal("Ann Lee", metadata.Author);
    }

    [Fact]
    public void A_time_element_gives_the_date_as_a_last_resort_and_the_default_applies_without_any()
    {
        using var folder = new TestFolder();
        var withoutMeta = Page.Replace("""<meta property="article:published_time" content="2021-08-31T23:30:00-04:00">""", "");
        var withTime = withoutMeta.Replace("<article>", """<article><time datetime="2021-08-15">15 August</time>""");
        var options = new ReadOptions { DefaultPublished = new DateOnly(2000, 1, 1) };

        Assert.Equal(new DateOnly(2021, 8, 15), Reading.SingleArticle(folder.Write("t.html", withTime), options).Document.Metadata.Published);
        Assert.Equal(new DateOnly(2000, 1, 1), Reading.SingleArticle(folder.Write("n.html", withoutMeta), options).Document.Metadata.Published);
    }

    [Theory]
    [InlineData("""<meta charset="windows-1252">""")]
    [InlineData("""<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">""")]
    [InlineData("""<META HTTP-EQUIV="content-type" CONTENT="text/html; charset=ISO-8859-1">""")]
    public void The_declared_charset_decodes_the_page(string declaration)
    {
        using var folder = new TestFolder();
        var page = Page.Replace("""<meta charset="utf-8">""", declaration)
            .Replace("Zalmay Khalilzad, a senior", "Zalmay Khalilzad, a s\u00E9nior \u201Cveteran\u201D");
        var path = folder.Write("cp1252.html", CodePage(1252).GetBytes(page));

        var text = Reading.SingleArticle(path).Document.Text;

        Assert.Contains("a s\u00E9nior \u201Cveteran\u201D US diplomat", text);
    }

    [Fact]
    public void The_declaration_counts_after_a_long_head_and_a_script_that_names_a_charset()
    {
        // the prescan parses only as far as the last "charset" it sees: here 40 KB in, past a script's
        using var folder = new TestFolder();
        var style = "<style>" + string.Concat(Enumerable.Repeat(".byline { color: grey; }\n", 1600)) + "</style>";
        var page = Page.Replace("""<meta charset="utf-8">""", """<script>var charset = "utf-8";</script>""" + style + """<meta charset="windows-1252">""")
            .Replace("Zalmay Khalilzad, a senior", "Zalmay Khalilzad, a s\u00E9nior");
        var path = folder.Write("late.html", CodePage(1252).GetBytes(page));

        Assert.Contains("a s\u00E9nior US diplomat", Reading.SingleArticle(path).Document.Text);
    }

    [Fact]
    public void A_latin2_page_is_decoded_with_its_own_letters()
    {
        using var folder = new TestFolder();
        var page = Page.Replace("""<meta charset="utf-8">""", """<meta charset="iso-8859-2">""")
            .Replace("Zalmay Khalilzad, a senior", "Zalmay Khalilzad, łódź senior");
        var path = folder.Write("latin2.html", CodePage(28592).GetBytes(page));

        Assert.Contains("Khalilzad, łódź senior", Reading.SingleArticle(path).Document.Text);
    }

    [Fact]
    public void A_byte_order_mark_wins_over_the_declared_charset()
    {
        using var folder = new TestFolder();
        var page = Page.Replace("""<meta charset="utf-8">""", """<meta charset="windows-1252">""")
            .Replace("Zalmay Khalilzad, a senior", "Zalmay Khalilzad, a s\u00E9nior");
        var encoding = new UnicodeEncoding(bigEndian: false, byteOrderMark: true);
        var path = folder.Write("wide.html", [.. encoding.GetPreamble(), .. encoding.GetBytes(page)]);

        Assert.Contains("a s\u00E9nior US diplomat", Reading.SingleArticle(path).Document.Text);
    }

    [Fact]
    public void Undeclared_invalid_utf8_in_a_page_is_a_failure_with_its_offset()
    {
        using var folder = new TestFolder();
        var bytes = Encoding.UTF8.GetBytes(Page.Replace("""<meta charset="utf-8">""", ""));
        var offset = Array.IndexOf(bytes, (byte)'Z');
        bytes[offset] = 0xE9; // a Latin-1 é in a page that says nothing of its encoding
        var path = folder.Write("bad.html", bytes);

        Assert.Equal($"not valid UTF-8 at byte {offset}", Reading.SingleFailure(path).Reason);
    }

    [Fact]
    public void A_deferred_page_is_read_whole_and_extracted_later_into_the_same_article_or_failure()
    {
        using var folder = new TestFolder();
        var good = folder.Write("good.html", Page);
        var badBytes = Encoding.UTF8.GetBytes(Page.Replace("""<meta charset="utf-8">""", ""));
        var offset = Array.IndexOf(badBytes, (byte)'Z');
        badBytes[offset] = 0xE9;
        var bad = folder.Write("bad.html", badBytes);
        var deferred = new ReadOptions { DeferPageExtraction = true };

        var page = Assert.IsType<PageToExtract>(Assert.Single(Reading.ReadAll(good, deferred)));
        var failing = Assert.IsType<PageToExtract>(Assert.Single(Reading.ReadAll(bad, deferred)));

        Assert.Equal(good, page.Source);
        var extracted = Assert.IsType<ArticleRead>(page.Extract()).Document;
        var eager = Reading.SingleArticle(good).Document;
        Assert.Equal(eager.Text, extracted.Text);
        Assert.Equal(eager.Metadata, extracted.Metadata);
        Assert.Equal(eager.Paragraphs, extracted.Paragraphs);
        Assert.Equal(eager.Boilerplate.Select(b => (b.Span, b.Kind)), extracted.Boilerplate.Select(b => (b.Span, b.Kind)));
        var failure = Assert.IsType<ReadFailure>(failing.Extract());
        Assert.Equal((bad, $"not valid UTF-8 at byte {offset}"), (failure.Source, failure.Reason));
    }

    [Fact]
    public void A_page_without_an_article_still_gives_its_visible_text()
    {
        using var folder = new TestFolder();
        var path = folder.Write("short.html", "<html><head><title>Notice</title></head><body><div>Offices are closed on Monday.</div></body></html>");

        var document = Reading.SingleArticle(path).Document;

        Assert.Equal("Notice\n\nOffices are closed on Monday.", document.Text);
    }

    [Fact]
    public void A_page_with_no_text_at_all_is_a_failure()
    {
        using var folder = new TestFolder();
        var path = folder.Write("blank.html", "<html><head></head><body><img src='a.png'><script>x()</script></body></html>");

        Assert.Equal("no article text found in the page", Reading.SingleFailure(path).Reason);
    }

    [Fact]
    public void Block_text_collapses_white_space_and_breaks_paragraphs_at_blocks_and_line_breaks()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<div>One\n   <b>bold</b>&nbsp;&nbsp;word<br>Next line</div><div><div>Nested</div> tail</div><table><tr><td>a</td><td>b</td></tr></table><pre>x  y\nz</pre>");

        var paragraphs = HtmlBlockText.Paragraphs(document.Body!).Select(p => p.Text);

        Assert.Equal(["One bold word", "Next line", "Nested", "tail", "a b", "x y", "z"], paragraphs);
    }

    [Fact]
    public void Paragraphs_that_are_all_link_text_are_marked_as_navigation_or_related_stories()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(
            "<div><p>Story text with <a href='/x'>one link</a> inside it.</p><p><a href='/'>Home</a></p>"
            + "<p><a href='/s'>Officials say the airport will reopen next week</a></p><p><a>Not a link without href</a></p></div>");

        var paragraphs = HtmlBlockText.Paragraphs(document.Body!);

        Assert.Equal(
            [(string?)null, "Navigation", "Related", null],
            paragraphs.Select(p => p.Boilerplate?.ToString()));
    }

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
