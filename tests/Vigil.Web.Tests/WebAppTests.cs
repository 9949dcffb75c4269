using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Vigil.Web.Tests;

/// <summary>Fetches the pages from the real server over HTTP and reads the HTML as a browser would parse it.</summary>
public sealed class WebAppTests(RunningServer server) : IClassFixture<RunningServer>
{
    private static readonly HtmlParser Parser = new();

    private async Task<(HttpResponseMessage Response, string Html, IDocument Page)> GetAsync(string path)
    {
        var response = await server.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        return (response, html, await Parser.ParseDocumentAsync(html));
    }

    [Fact]
    public void The_server_listens_on_loopback_only_on_the_port_it_was_given()
    {
        var url = new Uri(server.Url);

        Assert.Equal("127.0.0.1", url.Host);
        Assert.NotEqual(0, url.Port);
    }

    [Fact]
    public async Task The_article_list_shows_articles_newest_first_with_links_sources_dates_and_quote_counts()
    {
        var (response, _, page) = await GetAsync("/articles");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Vigil", page.QuerySelector("header .brand")?.TextContent);
        var rows = page.QuerySelectorAll("table.articles tbody tr");
        Assert.Equal(3, rows.Length);

        var blinken = TestArticles.Blinken();
        var first = rows[0];
        var link = first.QuerySelector("a")!;
        Assert.Equal("Taliban promise safe passage, Blinken says", link.TextContent);
        Assert.Equal($"/articles/{blinken.ContentId}", link.GetAttribute("href"));
        Assert.Equal("samples/blinken.txt", first.QuerySelector(".source")?.TextContent);
        Assert.Equal("2021-08-30", first.QuerySelector(".date")?.TextContent);
        Assert.Equal("2", first.QuerySelector(".number")?.TextContent);

        Assert.Equal("(untitled)", rows[2].QuerySelector("a")?.TextContent);
        Assert.Equal("—", rows[2].QuerySelector(".date")?.TextContent);
    }

    [Fact]
    public async Task The_article_page_shows_the_title_metadata_and_paragraphs()
    {
        var blinken = TestArticles.Blinken();

        var (response, _, page) = await GetAsync($"/articles/{blinken.ContentId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Taliban promise safe passage, Blinken says", page.QuerySelector("h1")?.TextContent);
        Assert.StartsWith("Taliban promise safe passage, Blinken says", page.Title);
        var metadata = page.QuerySelector("dl.metadata")!.TextContent;
        Assert.Contains("samples/blinken.txt", metadata);
        Assert.Contains("2021-08-30", metadata);
        Assert.Contains("A. Reporter", metadata);
        Assert.Equal("https://example.org/news/blinken", page.QuerySelector("dl.metadata a")?.GetAttribute("href"));

        var paragraphs = page.QuerySelectorAll(".article-text p");
        Assert.Equal(4, paragraphs.Length);
        Assert.Equal("Source link", paragraphs[3].TextContent);
    }

    [Fact]
    public async Task Quotes_are_highlighted_with_their_speaker_named()
    {
        var blinken = TestArticles.Blinken();

        var (_, _, page) = await GetAsync($"/articles/{blinken.ContentId}");

        var quotes = page.QuerySelectorAll(".article-text mark.quote");
        Assert.Equal(2, quotes.Length);
        var direct = quotes.Single(q => q.ClassList.Contains("quote-direct"));
        Assert.Equal("Antony Blinken", direct.QuerySelector(".speaker-label")?.TextContent);
        Assert.Contains("Antony Blinken", direct.GetAttribute("title"));
        Assert.Equal("Antony Blinken“No promises were made,”", direct.TextContent);
        Assert.Equal("quote-2", direct.Id);

        var indirect = quotes.Single(q => q.ClassList.Contains("quote-indirect"));
        // The mention inside the quote is nested in the quote's mark, not the other way round.
        Assert.Equal("Taliban", indirect.QuerySelector(".mention")?.TextContent);

        var cues = page.QuerySelectorAll(".article-text .cue").Select(c => c.TextContent);
        Assert.Equal(["said", "told"], cues);
        Assert.Equal(["Anthony Brinken", "Taliban", "Blinken"], page.QuerySelectorAll(".article-text .mention").Select(m => m.TextContent));
    }

    [Fact]
    public async Task Boilerplate_is_marked_to_be_greyed()
    {
        var blinken = TestArticles.Blinken();

        var (_, _, page) = await GetAsync($"/articles/{blinken.ContentId}");

        var boilerplate = page.QuerySelectorAll(".article-text .boilerplate").Select(b => b.TextContent).ToList();
        Assert.Equal(["Photo: Afghan women wait at the airport. © Reuters", "Source link"], boilerplate);
        Assert.Equal(2, page.QuerySelectorAll(".article-text p.boilerplate-paragraph").Length);
        Assert.True(page.QuerySelector(".article-text .boilerplate")!.ClassList.Contains("boilerplate-caption"));
    }

    [Fact]
    public async Task Below_the_text_are_the_quote_table_and_the_entity_list()
    {
        var blinken = TestArticles.Blinken();

        var (_, _, page) = await GetAsync($"/articles/{blinken.ContentId}");

        var quoteRows = page.QuerySelectorAll("section.quotes tbody tr");
        Assert.Equal(2, quoteRows.Length);
        var cells = quoteRows[1].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal(["2", "Antony Blinken", "direct", "“No promises were made,”", "told"], cells);
        Assert.Equal("#quote-2", quoteRows[1].QuerySelector("a")?.GetAttribute("href"));

        var entityRows = page.QuerySelectorAll("section.entities tbody tr");
        Assert.Equal(2, entityRows.Length);
        var blinkenRow = entityRows[0].QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.StartsWith("Antony Blinken", blinkenRow[0]);
        Assert.Contains("Secretary of State", blinkenRow[0]);
        Assert.Equal("PERSON", blinkenRow[1]);
        Assert.Equal("Anthony Brinken, Blinken", blinkenRow[2]);
    }

    [Fact]
    public async Task Markup_in_an_article_reaches_the_page_as_text()
    {
        var hostile = TestArticles.Hostile();

        var (response, html, page) = await GetAsync($"/articles/{hostile.ContentId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(page.QuerySelectorAll("script, img, svg, b, i"));
        Assert.DoesNotContain(page.All, element => element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)));
        Assert.Empty(page.QuerySelectorAll("a[href^='javascript']"));

        var text = page.QuerySelector(".article-text")!.TextContent;
        Assert.Contains("<script>alert(1)</script>", text);
        Assert.Contains("<img src=x onerror=alert(2)>", text);
        Assert.Contains("& left.", text);
        Assert.Equal("\"><script>alert(3)</script>", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("\"><script>alert(7)</script>", page.QuerySelector("mark.quote .speaker-label")?.TextContent);
        Assert.Contains("javascript:alert(4)", page.QuerySelector("dl.metadata")!.TextContent);
        Assert.Contains("<svg onload=alert(6)>", page.QuerySelector("section.entities")!.TextContent);
    }

    [Fact]
    public async Task Markup_in_an_article_title_is_escaped_on_the_list()
    {
        var (_, html, page) = await GetAsync("/articles");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(page.QuerySelectorAll("table.articles a"), a => a.TextContent == "\"><script>alert(3)</script>");
        Assert.Contains(page.QuerySelectorAll("table.articles .source"), s => s.TextContent == "<b>feed</b>");
    }

    [Theory]
    [InlineData("/articles/0123456789abcdef")]
    [InlineData("/articles/%3Cscript%3E")]
    [InlineData("/no/such/page")]
    public async Task An_unknown_address_gets_a_404_page(string path)
    {
        var (response, html, page) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not found", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("/static/vigil.css", page.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/articles/0123456789abcdef")]
    [InlineData("/static/vigil.css")]
    [InlineData("/events")]
    [InlineData("/commitments")]
    [InlineData("/upload")]
    [InlineData("/alerts.atom")]
    [InlineData("/api/v1/articles")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await server.Client.GetAsync(path);

        Assert.Equal("default-src 'self'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task The_pages_carry_no_script_and_no_inline_style()
    {
        foreach (var path in new[] { "/", "/articles", "/search?q=Blinken", "/actors", $"/actors/{TestArticles.BlinkenActor}", $"/articles/{TestArticles.Blinken().ContentId}" })
        {
            var (_, _, page) = await GetAsync(path);
            Assert.Empty(page.QuerySelectorAll("script, style, [style]"));
        }
    }

    [Fact]
    public async Task The_stylesheet_is_served_from_the_app()
    {
        var response = await server.Client.GetAsync("/static/vigil.css");
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("mark.quote", css);
        Assert.Contains(".boilerplate", css);
        Assert.Contains(".speaker-label", css);
    }
}

public sealed class PaginationTests(RunningServerWithManyArticles server) : IClassFixture<RunningServerWithManyArticles>
{
    private static readonly HtmlParser Parser = new();

    private async Task<IDocument> GetAsync(string path) =>
        await Parser.ParseDocumentAsync(await server.Client.GetStringAsync(path));

    [Fact]
    public async Task The_list_is_split_into_pages_of_fifty_newest_first()
    {
        var first = await GetAsync("/articles");
        var second = await GetAsync("/articles?page=2");

        var firstTitles = first.QuerySelectorAll("table.articles tbody a").Select(a => a.TextContent).ToList();
        var secondTitles = second.QuerySelectorAll("table.articles tbody a").Select(a => a.TextContent).ToList();
        Assert.Equal(50, firstTitles.Count);
        Assert.Equal("Report 60", firstTitles[0]);
        Assert.Equal(RunningServerWithManyArticles.ArticleCount - 50, secondTitles.Count);
        Assert.Equal("Report 1", secondTitles[^1]);
        Assert.Equal("/articles?page=2", first.QuerySelector(".pager a[rel=next]")?.GetAttribute("href"));
        Assert.Null(first.QuerySelector(".pager a[rel=prev]"));
        Assert.Equal("/articles?page=1", second.QuerySelector(".pager a[rel=prev]")?.GetAttribute("href"));
        Assert.Null(second.QuerySelector(".pager a[rel=next]"));
    }

    [Theory]
    [InlineData("/articles?page=0", "Report 60")]
    [InlineData("/articles?page=-3", "Report 60")]
    [InlineData("/articles?page=99", "Report 10")]
    public async Task A_page_number_out_of_range_shows_the_nearest_page(string path, string firstTitle)
    {
        var page = await GetAsync(path);

        Assert.Equal(firstTitle, page.QuerySelector("table.articles tbody a")?.TextContent);
    }
}
