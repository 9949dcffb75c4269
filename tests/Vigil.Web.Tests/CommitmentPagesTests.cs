using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Vigil.Documents;

namespace Vigil.Web.Tests;

/// <summary>The /commitments page and the article page's commitments and events, from the real server.</summary>
public sealed class CommitmentPagesTests(RunningServerWithTracking server) : IClassFixture<RunningServerWithTracking>
{
    private static readonly HtmlParser Parser = new();

    private async Task<(HttpResponseMessage Response, IDocument Page)> GetAsync(string path)
    {
        var response = await server.Client.GetAsync(path);
        return (response, await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_commitments_page_groups_by_status_and_shows_each_evidence_timeline_linked_to_its_span()
    {
        var (response, page) = await GetAsync("/commitments");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var promise = page.GetElementById(TrackedArticles.PromiseId)!;
        Assert.NotNull(promise);
        Assert.Equal("Not yet rated", promise.Closest("section.status-group")!.QuerySelector("h2")!.FirstChild!.TextContent.Trim());
        Assert.Equal("allow Afghans to leave the country", promise.QuerySelector(".commitment-text")!.TextContent);
        var evidence = Assert.Single(promise.QuerySelectorAll(".evidence-timeline li"));
        Assert.Contains("evidence-contradicts", evidence.ClassList);
        Assert.Equal("contradicts", evidence.QuerySelector(".stance")!.TextContent);
        var link = evidence.QuerySelector("a")!;
        Assert.Equal($"/articles/{TrackedArticles.Report().ContentId}#event-1", link.GetAttribute("href"));
        Assert.Equal("Taliban fighters stopped hundreds of Afghans from boarding evacuation flights at Kabul airport on Tuesday", link.TextContent);
        Assert.Equal($"/articles/{TrackedArticles.Promise().ContentId}#commitment-1", promise.QuerySelector(".statements a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("nav a[href='/commitments']"));
    }

    [Fact]
    public async Task A_verdict_moves_a_commitment_to_its_status_and_its_note_is_shown_as_text()
    {
        await server.Store.AddVerdictAsync(TrackedArticles.ThreatId,
            new CommitmentVerdict(CommitmentStatus.Stalled, "<script>alert(1)</script> no strike yet", "ana", new DateTimeOffset(2021, 9, 9, 8, 0, 0, TimeSpan.Zero)));

        var response = await server.Client.GetAsync("/commitments");
        var html = await response.Content.ReadAsStringAsync();
        var page = await Parser.ParseDocumentAsync(html);

        var threat = page.GetElementById(TrackedArticles.ThreatId)!;
        Assert.Equal("Stalled", threat.Closest("section.status-group")!.QuerySelector("h2")!.FirstChild!.TextContent.Trim());
        Assert.Contains("<script>alert(1)</script> no strike yet", threat.QuerySelector(".verdicts li")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.DoesNotContain("<script>alert", html);
    }

    [Fact]
    public async Task The_article_page_highlights_commitments_and_links_them_to_what_is_tracked()
    {
        var promise = TrackedArticles.Promise();

        var (_, page) = await GetAsync($"/articles/{promise.ContentId}");

        var highlighted = page.GetElementById("commitment-1")!;
        Assert.Contains("commitment", highlighted.ClassList);
        Assert.Equal("allow Afghans to leave the country", highlighted.TextContent);
        Assert.Equal("attack the Taliban", page.GetElementById("commitment-2")!.TextContent);
        var tracked = page.QuerySelectorAll("section.commitments tbody tr a[href^='/commitments#']").ToList();
        Assert.Equal(["/commitments#tc-promise", "/commitments#tc-threat"], tracked.Select(a => a.GetAttribute("href")));
        Assert.Contains("Representatives of the United States will meet the Taliban in Doha on Monday", page.GetElementById("event-1")!.TextContent);
        Assert.Contains("2021-09-06", page.QuerySelector("section.events tbody")!.TextContent);
    }

    [Fact]
    public async Task The_article_page_of_a_report_shows_what_its_events_are_evidence_of()
    {
        var report = TrackedArticles.Report();

        var (_, page) = await GetAsync($"/articles/{report.ContentId}");

        Assert.Contains("event", page.GetElementById("event-1")!.ClassList);
        var item = Assert.Single(page.QuerySelectorAll("section.evidence li"));
        Assert.Equal("contradicts", item.QuerySelector(".stance")!.TextContent);
        Assert.Equal("#event-1", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("/commitments#tc-promise", item.QuerySelectorAll("a")[1].GetAttribute("href"));
        Assert.Contains("200 Afghans involved", page.QuerySelector("section.events tbody")!.TextContent);
    }
}
