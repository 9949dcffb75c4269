using System.Net;
using System.Net.Http.Headers;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Vigil.Documents;
using static Vigil.Web.Tests.TestArticles;

namespace Vigil.Web.Tests;

/// <summary>Watch lists and alerts, in the app and as an Atom feed, with accounts on.</summary>
public sealed class AlertTests(RunningServerWithAccounts server) : IClassFixture<RunningServerWithAccounts>
{
    private static readonly HtmlParser Parser = new();
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<HttpClient> SignedInAsync(string name)
    {
        var browser = server.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await RunningServerWithAccounts.SignInAsync(browser, name, RunningServerWithAccounts.Password)).StatusCode);
        return browser;
    }

    /// <summary>An article stored after the watch: the Taliban meet the United States and say something hostile to HTML.</summary>
    private static Document Meeting()
    {
        const string text = "Taliban meet US envoys\n\nTaliban leaders met United States envoys in Doha on Friday. " +
                            "“We want <b>recognition</b> & trade,” the Taliban said.";
        var taliban = new Entity("e1", "Taliban", EntityType.Org, [], [Find(text, "Taliban leaders")], []) { ActorId = TrackedArticles.TalibanActor, Confidence = 1 };
        var us = new Entity("e2", "United States", EntityType.Gpe, [], [Find(text, "United States")], []) { ActorId = TrackedArticles.UnitedStatesActor, Confidence = 1 };
        return new Document(text, new ArticleMetadata("meeting.txt") { Title = "Taliban meet US envoys", Published = new DateOnly(2021, 9, 10) })
        {
            Layers = AnnotationLayers.Entities | AnnotationLayers.Quotes | AnnotationLayers.Events,
            Entities = [taliban, us],
            Quotes = [new Quote(Find(text, "“We want <b>recognition</b> & trade,”"), QuoteKind.Direct) { Cue = Find(text, "said"), SpeakerId = "e1", SpeakerName = "the Taliban" }],
            Events =
            [
                new NewsEvent(Find(text, "Taliban leaders met United States envoys in Doha on Friday"), EventType.Consult)
                {
                    Trigger = Find(text, "met"), Place = "Doha", Status = EventStatus.Happened,
                    Actors = [new EventActor("e1", "Taliban", EventRole.Source), new EventActor("e2", "United States", EventRole.Target)],
                },
            ],
        };
    }

    [Fact]
    public async Task An_analyst_watches_an_actor_from_its_page_and_sees_what_arrives_as_alerts_and_in_the_feed()
    {
        using var analyst = await SignedInAsync("anna");
        var actorPath = "/actors/" + Uri.EscapeDataString(TrackedArticles.TalibanActor);
        var page = await Parser.ParseDocumentAsync(await analyst.GetStringAsync(actorPath));
        var form = page.QuerySelector("form.watch-form")!;
        Assert.Equal("/alerts?handler=Watch", form.GetAttribute("action"));
        var fields = form.QuerySelectorAll("input").ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value")!);

        var watched = await analyst.PostAsync("/alerts?handler=Watch", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, watched.StatusCode);
        Assert.Equal(actorPath, watched.Headers.Location?.ToString());
        page = await Parser.ParseDocumentAsync(await analyst.GetStringAsync(actorPath));
        Assert.Equal("/alerts?handler=Unwatch", page.QuerySelector("form.watch-form")!.GetAttribute("action"));

        var alerts = await Parser.ParseDocumentAsync(await analyst.GetStringAsync("/alerts"));
        Assert.Equal(["Taliban"], alerts.QuerySelectorAll(".watches li a").Select(a => a.TextContent));
        Assert.Empty(alerts.QuerySelectorAll(".alerts li"));

        var meeting = Meeting();
        await server.Store.StoreAsync(meeting);

        alerts = await Parser.ParseDocumentAsync(await analyst.GetStringAsync("/alerts"));
        var items = alerts.QuerySelectorAll(".alerts li").ToList();
        Assert.Equal(["alert alert-event", "alert alert-quote"], items.Select(i => i.ClassName));
        Assert.Equal($"/articles/{meeting.ContentId}#event-1", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("“We want <b>recognition</b> & trade,”", items[1].QuerySelector("a")!.TextContent);
        Assert.Empty(alerts.QuerySelectorAll(".alerts b"));
        Assert.NotNull(alerts.QuerySelector("nav a[href='/alerts']"));

        // The feed, with the analyst's API token as a feed reader sends it.
        using var reader = new HttpClient { BaseAddress = new Uri(server.Url) };
        reader.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Tokens["anna"]);
        var response = await reader.GetAsync("/alerts.atom");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.Equal(server.Url + $"/articles/{meeting.ContentId}#quote-1", entries[1].Element(Atom + "link")!.Attribute("href")!.Value);
        Assert.StartsWith("“We want <b>recognition</b> & trade,” — Taliban meet US envoys", entries[1].Element(Atom + "summary")!.Value);
        Assert.Equal(2, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());

        // Stop watching: the watch goes, from the alerts page.
        var token = await RunningServerWithAccounts.FormTokenAsync(analyst, "/alerts");
        var unwatched = await analyst.PostAsync("/alerts?handler=Unwatch", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["kind"] = "actor", ["id"] = TrackedArticles.TalibanActor, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal("/alerts", unwatched.Headers.Location?.ToString());
        Assert.Empty(await server.Store.ListWatchesAsync("anna"));
    }

    [Fact]
    public async Task A_watch_goes_back_only_to_a_local_page_and_an_unknown_target_is_404()
    {
        using var admin = await SignedInAsync("adam");
        var token = await RunningServerWithAccounts.FormTokenAsync(admin, "/alerts");
        FormUrlEncodedContent Form(string kind, string id, string back) => new(new Dictionary<string, string>
        {
            ["kind"] = kind, ["id"] = id, ["returnUrl"] = back, ["__RequestVerificationToken"] = token,
        });

        var elsewhere = await admin.PostAsync("/alerts?handler=Watch", Form("commitment", TrackedArticles.PromiseId, "https://example.com/"));
        Assert.Equal("/alerts", elsewhere.Headers.Location?.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync("/alerts?handler=Watch", Form("actor", "nobody", "/"))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync("/alerts?handler=Watch", Form("article", "x", "/"))).StatusCode);
        var board = await Parser.ParseDocumentAsync(await admin.GetStringAsync("/commitments"));
        Assert.Equal("/alerts?handler=Unwatch", board.QuerySelector($"#{TrackedArticles.PromiseId} form.watch-form")!.GetAttribute("action"));
        Assert.Equal("/alerts?handler=Watch", board.QuerySelector($"#{TrackedArticles.ThreatId} form.watch-form")!.GetAttribute("action"));
    }

    [Fact]
    public async Task Viewers_have_no_watch_lists_and_the_feed_answers_401_and_403_not_a_login_page()
    {
        using var viewer = await SignedInAsync("vera");
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/alerts")).StatusCode);
        var actor = await Parser.ParseDocumentAsync(await viewer.GetStringAsync("/actors/" + Uri.EscapeDataString(TrackedArticles.TalibanActor)));
        Assert.Empty(actor.QuerySelectorAll("form.watch-form"));
        Assert.Null(actor.QuerySelector("nav a[href='/alerts']"));

        using var anonymous = server.NewBrowser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/alerts.atom")).StatusCode);
        using var viewerScript = new HttpClient { BaseAddress = new Uri(server.Url) };
        viewerScript.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Tokens["vera"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewerScript.GetAsync("/alerts.atom")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/alerts.atom")).StatusCode);
    }
}
