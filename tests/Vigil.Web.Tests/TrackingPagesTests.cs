using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Vigil.Web.Tests;

/// <summary>What the dashboard, the actor pages and /events show of tracked commitments and events, from the real server.</summary>
public sealed class TrackingPagesTests(RunningServerWithTracking server) : IClassFixture<RunningServerWithTracking>
{
    private static readonly HtmlParser Parser = new();

    private async Task<IDocument> GetAsync(string path)
    {
        var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_dashboard_counts_commitments_by_status_each_linked_to_its_column()
    {
        var page = await GetAsync("/");

        var counts = page.QuerySelectorAll(".commitments-by-status li")
            .ToDictionary(li => li.QuerySelector("a")!.GetAttribute("href")!, li => li.QuerySelector(".number")!.TextContent);
        Assert.Equal("2", counts["/commitments#status-not-yet-rated"]);
        Assert.Equal("0", counts["/commitments#status-broken"]);
        Assert.Equal(6, counts.Count);
    }

    [Fact]
    public async Task The_dashboard_charts_events_by_day_with_cooperation_and_conflict_stacked()
    {
        var page = await GetAsync("/");

        var chart = page.QuerySelector(".events-timeline svg")!;
        Assert.NotNull(chart);
        Assert.Equal("img", chart.GetAttribute("role"));
        var titles = chart.QuerySelectorAll("rect title").Select(t => t.TextContent).ToList();
        // By the day reported: the promise's planned meeting on 1 September, the report's stop and condemnation on the 8th.
        Assert.Equal(["2021-09-01: cooperation 1", "2021-09-08: conflict 2"], titles);
        Assert.Single(chart.QuerySelectorAll("rect.bar-cooperation"));
        Assert.Single(chart.QuerySelectorAll("rect.bar-conflict"));
        Assert.Equal("2021-09-01", chart.QuerySelectorAll("text").Select(t => t.TextContent).First(t => t.StartsWith("2021")));
        Assert.Equal("3", page.QuerySelector(".events-timeline h2 .count")!.TextContent);
    }

    [Fact]
    public async Task An_actor_page_lists_the_commitments_it_made_with_their_tracked_status_and_those_it_received()
    {
        var page = await GetAsync("/actors/" + Uri.EscapeDataString(TrackedArticles.TalibanActor));

        var made = Assert.Single(page.QuerySelectorAll(".commitments-made tbody tr"));
        var link = made.QuerySelector("td a")!;
        Assert.Equal("allow Afghans to leave the country", link.TextContent);
        Assert.Equal($"/articles/{TrackedArticles.Promise().ContentId}#commitment-1", link.GetAttribute("href"));
        Assert.Equal("promise", made.Children[1].TextContent);
        var status = made.QuerySelector(".status a")!;
        Assert.Equal(("Not yet rated", "/commitments#tc-promise"), (status.TextContent, status.GetAttribute("href")));
        Assert.Empty(page.QuerySelectorAll(".commitments-received tbody tr"));

        var us = await GetAsync("/actors/" + Uri.EscapeDataString(TrackedArticles.UnitedStatesActor));
        Assert.Equal(["attack the Taliban"], us.QuerySelectorAll(".commitments-made tbody tr td a").Where(a => a.GetAttribute("href")!.StartsWith("/articles/")).Select(a => a.TextContent));
    }

    [Fact]
    public async Task An_actor_page_lists_the_events_it_took_part_in_newest_first_linked_to_their_spans()
    {
        var page = await GetAsync("/actors/" + Uri.EscapeDataString(TrackedArticles.TalibanActor));

        var rows = page.QuerySelectorAll(".actor-events tbody tr").ToList();
        Assert.Equal(["2021-09-08", "2021-09-07", "2021-09-06"], rows.Select(r => r.QuerySelector(".date")!.TextContent));
        Assert.Equal(["event-conflict", "event-conflict", "event-cooperation"], rows.Select(r => r.ClassName));
        var stop = rows[1].QuerySelector("a")!;
        Assert.Equal($"/articles/{TrackedArticles.Report().ContentId}#event-1", stop.GetAttribute("href"));
        Assert.StartsWith("Taliban fighters stopped hundreds of Afghans", stop.TextContent);
        Assert.Contains("United States, → Taliban", rows[2].TextContent);
        Assert.Equal("/events?actor=" + Uri.EscapeDataString(TrackedArticles.TalibanActor), page.QuerySelector(".actor-events p a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_events_page_lists_the_timeline_latest_first_with_a_chart_and_the_actor_network()
    {
        var page = await GetAsync("/events");

        Assert.NotNull(page.QuerySelector("nav a[href='/events']"));
        Assert.Equal(["2021-09-08", "2021-09-07", "2021-09-06"], page.QuerySelectorAll(".events-list tbody tr .date").Select(d => d.TextContent));
        Assert.Equal("3", page.QuerySelector("h1 .count")!.TextContent);
        Assert.NotEmpty(page.QuerySelectorAll(".events-timeline svg rect.bar-conflict"));

        var graph = page.QuerySelector(".actor-network svg.network")!;
        Assert.Equal("img", graph.GetAttribute("role"));
        var links = graph.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.QuerySelector("text")!.TextContent)).ToList();
        Assert.Equal(
            [("/actors/" + Uri.EscapeDataString(TrackedArticles.UnitedStatesActor), "United States"), ("/actors/" + Uri.EscapeDataString(TrackedArticles.TalibanActor), "Taliban")],
            links.OrderByDescending(l => l.Item2));
        // The meeting in Doha and the condemnation: one pair, cooperating once and in conflict once.
        var ties = graph.QuerySelectorAll("line.tie").ToList();
        Assert.Equal(["tie tie-cooperation", "tie tie-conflict"], ties.Select(t => t.ClassName));
        Assert.All(ties, t => Assert.Contains("cooperation 1, conflict 1", t.TextContent));
        Assert.Equal(["1", "1"], page.QuerySelectorAll(".ties tbody tr td.number").Select(td => td.TextContent));
    }

    [Theory]
    [InlineData("actor=taliban", new[] { "2021-09-08", "2021-09-07", "2021-09-06" })]
    [InlineData("actor=United+States", new[] { "2021-09-08", "2021-09-06" })]
    [InlineData("type=conflict", new[] { "2021-09-08", "2021-09-07" })]
    [InlineData("type=consult", new[] { "2021-09-06" })]
    [InlineData("status=planned", new[] { "2021-09-06" })]
    [InlineData("from=2021-09-07&to=2021-09-07", new[] { "2021-09-07" })]
    [InlineData("actor=taliban&type=cooperation&status=happened", new string[0])]
    public async Task The_events_page_filters_by_actor_type_status_and_dates(string filters, string[] dates)
    {
        var page = await GetAsync("/events?" + filters);

        Assert.Equal(dates, page.QuerySelectorAll(".events-list tbody tr .date").Select(d => d.TextContent));
        Assert.Null(page.QuerySelector("p.error"));
    }

    [Fact]
    public async Task The_events_page_keeps_its_filters_and_names_a_bad_one()
    {
        var page = await GetAsync("/events?actor=Taliban&type=conflict&status=happened");
        Assert.Equal("Taliban", page.QuerySelector("input[name=actor]")!.GetAttribute("value"));
        Assert.Equal("conflict", page.QuerySelector("select[name=type] option[selected]")!.GetAttribute("value"));
        Assert.Equal("happened", page.QuerySelector("select[name=status] option[selected]")!.GetAttribute("value"));

        Assert.Equal("“riot” is not an event type.", (await GetAsync("/events?type=riot")).QuerySelector("p.error")!.TextContent);
        Assert.StartsWith("“rumoured” is not an event status", (await GetAsync("/events?status=rumoured")).QuerySelector("p.error")!.TextContent);
        Assert.Equal("A date is not in the form YYYY-MM-DD.", (await GetAsync("/events?from=yesterday")).QuerySelector("p.error")!.TextContent);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/events")]
    [InlineData("/events?actor=Taliban")]
    [InlineData("/commitments")]
    [InlineData("/actors/seen%3Aorg%3Ataliban")]
    [InlineData("/search?q=Taliban")]
    [InlineData("/alerts")]
    [InlineData("/upload")]
    public async Task No_page_carries_script_an_event_handler_or_an_inline_style(string path)
    {
        var page = await GetAsync(path);

        Assert.Empty(page.QuerySelectorAll("script, iframe, object, embed"));
        var attributes = page.QuerySelectorAll("*").SelectMany(e => e.Attributes.Select(a => (e.LocalName, a.Name))).ToList();
        Assert.DoesNotContain(attributes, a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name == "style");
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase));
    }
}
