using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Vigil.Web.Tests;

/// <summary>Who may use the API with accounts on: 401 for anonymous callers, 403 for a role without the right.</summary>
public sealed class ApiAccessTests(RunningServerWithAccounts server) : IClassFixture<RunningServerWithAccounts>
{
    private HttpClient As(string? user)
    {
        var client = server.NewBrowser();
        if (user is not null)
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Tokens[user]);
        return client;
    }

    [Theory]
    [InlineData("/api/v1/articles")]
    [InlineData("/api/v1/quotes?actor=taliban")]
    [InlineData("/api/v1/commitments")]
    [InlineData("/api/v1/events")]
    [InlineData("/api/v1/search?q=taliban")]
    public async Task An_anonymous_caller_gets_401_not_a_redirect_and_any_role_may_read(string path)
    {
        using var anonymous = As(null);
        using var viewer = As("vera");

        var refused = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_is_public()
    {
        using var anonymous = As(null);

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [Fact]
    public async Task A_viewer_may_not_change_a_status_an_analyst_may_and_the_history_names_them()
    {
        using var anonymous = As(null);
        using var viewer = As("vera");
        using var analyst = As("anna");
        var path = "/api/v1/commitments/" + TrackedArticles.PromiseId + "/status";

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync(path, new { status = "broken" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsJsonAsync(path, new { status = "broken" })).StatusCode);
        var allowed = await analyst.PostAsJsonAsync(path, new { status = "broken", note = "stopped at the gate" });

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var history = await viewer.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/v1/commitments/" + TrackedArticles.PromiseId);
        var verdict = history.GetProperty("verdicts").EnumerateArray().Last();
        Assert.Equal(("broken", "anna"), (verdict.GetProperty("status").GetString(), verdict.GetProperty("analyst").GetString()));
    }

    [Fact]
    public async Task A_signed_in_browser_session_reads_the_api_too()
    {
        using var browser = server.NewBrowser();
        await RunningServerWithAccounts.SignInAsync(browser, "vera", RunningServerWithAccounts.Password);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/articles")).StatusCode);
    }
}
