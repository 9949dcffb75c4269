using System.Net;
using AngleSharp.Html.Parser;
using Vigil.Documents;

namespace Vigil.Web.Tests;

/// <summary>The commitments board with accounts on: analysts give verdicts through its form, viewers cannot.</summary>
public sealed class CommitmentBoardTests(RunningServerWithAccounts server) : IClassFixture<RunningServerWithAccounts>
{
    private static readonly HtmlParser Parser = new();

    private static FormUrlEncodedContent Verdict(string id, string status, string note, string? token) => new(new Dictionary<string, string>
    {
        ["id"] = id,
        ["status"] = status,
        ["note"] = note,
        ["__RequestVerificationToken"] = token ?? "",
    });

    private async Task<HttpClient> SignedInAsync(string name)
    {
        var browser = server.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await RunningServerWithAccounts.SignInAsync(browser, name, RunningServerWithAccounts.Password)).StatusCode);
        return browser;
    }

    [Fact]
    public async Task The_board_has_a_column_per_status_in_order_and_a_card_per_commitment()
    {
        using var viewer = await SignedInAsync("vera");

        var page = await Parser.ParseDocumentAsync(await viewer.GetStringAsync("/commitments"));

        Assert.Equal(["status-not-yet-rated", "status-in-the-works", "status-stalled", "status-kept", "status-compromise", "status-broken"],
            page.QuerySelectorAll(".board > section.status-group").Select(s => s.Id));
        Assert.NotNull(page.QuerySelector($"#status-not-yet-rated article.card#{TrackedArticles.PromiseId}"));
        Assert.NotNull(page.QuerySelector($"#{TrackedArticles.PromiseId} .evidence-timeline li.evidence-contradicts"));
        Assert.Equal("/actors/" + Uri.EscapeDataString(TrackedArticles.TalibanActor), page.QuerySelector($"#{TrackedArticles.PromiseId} a.actor")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_analyst_records_a_verdict_that_moves_the_card_and_joins_its_history()
    {
        using var analyst = await SignedInAsync("anna");
        var page = await Parser.ParseDocumentAsync(await analyst.GetStringAsync("/commitments"));
        var form = page.QuerySelector($"#{TrackedArticles.ThreatId} form.verdict-form")!;
        Assert.NotNull(form);
        Assert.Equal("/commitments?handler=Verdict", form.GetAttribute("action"));
        Assert.Equal("not-yet-rated", form.QuerySelector("select[name=status] option[selected]")!.GetAttribute("value"));
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value");

        var response = await analyst.PostAsync("/commitments?handler=Verdict", Verdict(TrackedArticles.ThreatId, "broken", "  no strike came <b>at all</b> ", token));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/commitments#" + TrackedArticles.ThreatId, response.Headers.Location?.ToString());
        var html = await analyst.GetStringAsync("/commitments");
        var after = await Parser.ParseDocumentAsync(html);
        var card = after.QuerySelector($"#status-broken #{TrackedArticles.ThreatId}")!;
        Assert.NotNull(card);
        var entry = card.QuerySelector(".verdicts li")!;
        Assert.Equal("Broken", entry.QuerySelector("strong")!.TextContent);
        Assert.Equal("anna", entry.QuerySelector(".analyst")!.TextContent);
        Assert.Equal("no strike came <b>at all</b>", entry.QuerySelector(".note")!.TextContent);
        Assert.Empty(card.QuerySelectorAll(".note b"));
        Assert.Equal(CommitmentStatus.Broken, (await server.Store.GetTrackedCommitmentAsync(TrackedArticles.ThreatId))!.Status);
    }

    [Fact]
    public async Task A_viewer_sees_no_form_and_a_posted_verdict_is_refused_with_403()
    {
        using var viewer = await SignedInAsync("vera");
        var page = await Parser.ParseDocumentAsync(await viewer.GetStringAsync("/commitments"));
        Assert.Empty(page.QuerySelectorAll("form.verdict-form"));
        // A valid antiforgery token (the sign-out form's), so that only the role is refused.
        var token = page.QuerySelector("form.account input[name=__RequestVerificationToken]")!.GetAttribute("value");
        var before = (await server.Store.GetTrackedCommitmentAsync(TrackedArticles.PromiseId))!.Verdicts.Length;

        var response = await viewer.PostAsync("/commitments?handler=Verdict", Verdict(TrackedArticles.PromiseId, "kept", "viewer", token));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, (await server.Store.GetTrackedCommitmentAsync(TrackedArticles.PromiseId))!.Verdicts.Length);
    }

    [Fact]
    public async Task A_verdict_without_an_antiforgery_token_or_an_account_is_refused()
    {
        using var analyst = await SignedInAsync("anna");
        using var anonymous = server.NewBrowser();
        var before = (await server.Store.GetTrackedCommitmentAsync(TrackedArticles.PromiseId))!.Verdicts.Length;

        Assert.Equal(HttpStatusCode.BadRequest, (await analyst.PostAsync("/commitments?handler=Verdict", Verdict(TrackedArticles.PromiseId, "kept", "", null))).StatusCode);
        var redirected = await anonymous.PostAsync("/commitments?handler=Verdict", Verdict(TrackedArticles.PromiseId, "kept", "", null));
        Assert.True(redirected.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.BadRequest, redirected.StatusCode.ToString());
        Assert.Equal(before, (await server.Store.GetTrackedCommitmentAsync(TrackedArticles.PromiseId))!.Verdicts.Length);
    }

    [Fact]
    public async Task An_unknown_status_is_named_and_an_unknown_commitment_is_404()
    {
        using var analyst = await SignedInAsync("anna");
        var token = await RunningServerWithAccounts.FormTokenAsync(analyst, "/commitments");

        var bad = await analyst.PostAsync("/commitments?handler=Verdict", Verdict(TrackedArticles.PromiseId, "mostly kept", "", token));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var page = await Parser.ParseDocumentAsync(await bad.Content.ReadAsStringAsync());
        Assert.Equal("'mostly kept' is not a status.", page.QuerySelector("p.error")!.TextContent);

        var unknown = await analyst.PostAsync("/commitments?handler=Verdict", Verdict("tc-nothing", "kept", "", token));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
