using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Vigil.Web.Tests;

/// <summary>The dashboard, the actor pages and search, fetched from the real server.</summary>
public sealed class AnalystPagesTests(RunningServer server) : IClassFixture<RunningServer>
{
    private static readonly HtmlParser Parser = new();

    private async Task<(HttpStatusCode Status, IDocument Page)> GetAsync(string path)
    {
        var response = await server.Client.GetAsync(path);
        return (response.StatusCode, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    private static string BlinkenPage => "/actors/" + Uri.EscapeDataString(TestArticles.BlinkenActor);

    [Fact]
    public async Task The_dashboard_shows_the_latest_articles_and_quotes_with_speakers_linked_to_their_actor()
    {
        var (status, page) = await GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Dashboard", page.QuerySelector("h1")?.TextContent);
        Assert.Equal(3, page.QuerySelectorAll(".latest-articles tbody tr").Length);
        var quotes = page.QuerySelectorAll(".latest-quotes .quote-list li");
        Assert.Equal(3, quotes.Length);
        var noPromises = quotes.Single(q => q.QuerySelector("blockquote")!.TextContent == "“No promises were made,”");
        Assert.Equal(BlinkenPage, noPromises.QuerySelector("a.speaker")?.GetAttribute("href"));
        Assert.Equal("Antony Blinken", noPromises.QuerySelector("a.speaker")?.TextContent);
        Assert.Equal($"/articles/{TestArticles.Blinken().ContentId}#quote-2", noPromises.QuerySelectorAll("a").Last().GetAttribute("href"));
        // a speaker with no actor is named, not linked
        Assert.Contains(quotes, q => q.QuerySelector("span.speaker")?.TextContent == "\"><script>alert(7)</script>");
    }

    [Fact]
    public async Task The_speaker_label_in_the_article_text_links_to_the_actor_page()
    {
        var (_, page) = await GetAsync($"/articles/{TestArticles.Blinken().ContentId}");

        var labels = page.QuerySelectorAll(".article-text a.speaker-label");
        Assert.Equal(2, labels.Length);
        Assert.All(labels, label => Assert.Equal(BlinkenPage, label.GetAttribute("href")));
        Assert.Equal(BlinkenPage, page.QuerySelector("section.entities a")?.GetAttribute("href"));
    }

    [Fact]
    public async Task The_actor_page_shows_names_quotes_mentions_company_and_a_chart()
    {
        var (status, page) = await GetAsync(BlinkenPage);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Antony Blinken", page.QuerySelector("h1")?.TextContent);
        Assert.Equal("Anthony Brinken, Blinken", page.QuerySelector(".variants")?.TextContent);
        Assert.Equal("Secretary of State", page.QuerySelector(".role")?.TextContent);
        var quotes = page.QuerySelectorAll(".actor-quotes blockquote").Select(q => q.TextContent).ToList();
        Assert.Equal(["the Taliban had promised safe passage", "“No promises were made,”"], quotes);
        var mention = Assert.Single(page.QuerySelectorAll(".actor-mentions tbody tr"));
        Assert.Equal("2", mention.QuerySelector(".number")?.TextContent);
        Assert.Equal("/actors/" + Uri.EscapeDataString(TestArticles.TalibanActor), page.QuerySelector(".alongside a")?.GetAttribute("href"));

        var chart = page.QuerySelector(".mentions-over-time svg.chart")!;
        Assert.NotNull(chart);
        var bar = Assert.Single(chart.QuerySelectorAll("rect.bar"));
        Assert.Equal("2021-08-30: 1", bar.QuerySelector("title")?.TextContent);
    }

    [Fact]
    public async Task An_unknown_actor_is_a_404_page()
    {
        var (status, page) = await GetAsync("/actors/user%3Aperson%3Anobody");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("Not found", page.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task The_actor_list_shows_named_actors_and_filters_by_surname()
    {
        var (_, all) = await GetAsync("/actors");
        var (_, filtered) = await GetAsync("/actors?q=blinken");

        Assert.Equal(["Antony Blinken", "Taliban"], all.QuerySelectorAll("table.actors tbody a").Select(a => a.TextContent).Order());
        Assert.Equal(["Antony Blinken"], filtered.QuerySelectorAll("table.actors tbody a").Select(a => a.TextContent));
    }

    [Fact]
    public async Task Search_shows_each_matching_article_with_the_matching_words_marked_at_their_offsets()
    {
        var (status, page) = await GetAsync("/search?q=promises");

        Assert.Equal(HttpStatusCode.OK, status);
        var hit = Assert.Single(page.QuerySelectorAll(".search-results .hit"));
        Assert.Equal("Taliban promise safe passage, Blinken says", hit.QuerySelector(".hit-title")?.TextContent);
        var match = hit.QuerySelector("mark.match")!;
        Assert.Equal("promises", match.TextContent);
        var start = TestArticles.BlinkenText.IndexOf("promises", StringComparison.Ordinal);
        Assert.Equal(start.ToString(), match.GetAttribute("data-start"));
        Assert.Contains("“No promises were made", hit.QuerySelector(".snippet")?.TextContent);
    }

    [Theory]
    [InlineData("/search?q=promises&actor=taliban", 1)]
    [InlineData("/search?q=promises&from=2021-09-01", 0)]
    [InlineData("/search?q=promises&source=blinken.txt", 1)]
    [InlineData("/search?q=promises&source=elsewhere", 0)]
    public async Task Search_filters_by_actor_date_and_source(string path, int hits)
    {
        var (_, page) = await GetAsync(path);

        Assert.Equal(hits, page.QuerySelectorAll(".search-results .hit").Length);
    }

    [Fact]
    public async Task Search_for_an_unknown_actor_says_so()
    {
        var (_, page) = await GetAsync("/search?q=promises&actor=Nobody+Known");

        Assert.Contains("No stored actor is called “Nobody Known”", page.QuerySelector(".error")?.TextContent);
    }

    [Fact]
    public async Task Markup_typed_into_search_is_shown_as_text()
    {
        var response = await server.Client.GetAsync("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>", html);
    }
}
