using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Vigil.Web.Tests;

/// <summary>The accounts server with small limits, so that a test can reach them: 1 KB a request to the API, 64 KB an upload, 5 API requests and 2 uploads a minute per client.</summary>
public sealed class RunningServerWithTightLimits : RunningServerWithAccounts
{
    public const int ApiPerMinute = 5;
    public const int UploadsPerMinute = 2;

    protected override WebLimits Limits => new()
    {
        MaxApiRequestBytes = 1024,
        MaxUploadRequestBytes = 64 * 1024,
        ApiRequestsPerMinute = ApiPerMinute,
        UploadsPerMinute = UploadsPerMinute,
    };
}

/// <summary>
/// Size and rate limits on the API and uploads, over the real server: 413 for a body over the
/// limit (declared or streamed), 429 with Retry-After past the rate, each client counted apart.
/// Each test uses its own accounts, since the rates are counted per account for the fixture's life.
/// </summary>
public sealed class RequestLimitsTests(RunningServerWithTightLimits server) : IClassFixture<RunningServerWithTightLimits>
{
    private static readonly string StatusPath = "/api/v1/commitments/" + TrackedArticles.PromiseId + "/status";

    private HttpClient WithToken(string user)
    {
        var client = server.NewBrowser();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Tokens[user]);
        return client;
    }

    private static StringContent Json(string note) =>
        new($"{{\"status\": \"kept\", \"note\": \"{note}\"}}", Encoding.UTF8, "application/json");

    [Fact]
    public async Task An_API_request_body_over_the_limit_is_refused_with_413_declared_or_streamed_and_one_under_it_is_served()
    {
        using var analyst = WithToken("anna");

        var declared = await analyst.PostAsync(StatusPath, Json(new string('x', 2000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);

        // no Content-Length: the server finds out while reading
        var streamed = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes($"{{\"status\": \"kept\", \"note\": \"{new string('x', 4000)}\"}}")));
        streamed.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var chunked = new HttpRequestMessage(HttpMethod.Post, StatusPath) { Content = streamed };
        chunked.Headers.TransferEncodingChunked = true;
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await analyst.SendAsync(chunked)).StatusCode);

        var small = await analyst.PostAsync(StatusPath, Json("within the limit"));
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_with_413_and_one_under_it_reaches_the_page()
    {
        using var browser = server.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await RunningServerWithAccounts.SignInAsync(browser, "anna", RunningServerWithAccounts.Password)).StatusCode);
        var token = await RunningServerWithAccounts.FormTokenAsync(browser, "/upload");

        MultipartFormDataContent Upload(int bytes) => new()
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', bytes))), "files", "a.txt" },
        };

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await browser.PostAsync("/upload", Upload(100 * 1024))).StatusCode);
        // under the limit the page answers itself: this test server has no ingester, which it says with a 400
        var small = await browser.PostAsync("/upload", Upload(1024));
        Assert.Equal(HttpStatusCode.BadRequest, small.StatusCode);
        Assert.Contains("cannot ingest uploads", await small.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Past_its_rate_a_client_gets_429_with_Retry_After_while_another_client_and_the_pages_are_served()
    {
        using var viewer = WithToken("vera");
        using var other = WithToken("adam");

        for (var i = 0; i < RunningServerWithTightLimits.ApiPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await viewer.GetAsync("/api/v1/articles")).StatusCode);
        var refused = await viewer.GetAsync("/api/v1/articles");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1), $"Retry-After: {refused.Headers.RetryAfter}");
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/articles")).StatusCode);
        // pages that only read are not counted
        using var browser = server.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await RunningServerWithAccounts.SignInAsync(browser, "vera", RunningServerWithAccounts.Password)).StatusCode);
        for (var i = 0; i < RunningServerWithTightLimits.ApiPerMinute * 2; i++)
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/articles")).StatusCode);
    }

    [Fact]
    public async Task Past_its_upload_rate_a_client_gets_429_and_looking_at_the_upload_page_is_not_counted()
    {
        using var browser = server.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await RunningServerWithAccounts.SignInAsync(browser, "adam", RunningServerWithAccounts.Password)).StatusCode);
        var token = await RunningServerWithAccounts.FormTokenAsync(browser, "/upload");
        MultipartFormDataContent Upload() => new()
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("Some text."u8.ToArray()), "files", "a.txt" },
        };

        for (var i = 0; i < RunningServerWithTightLimits.UploadsPerMinute; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.PostAsync("/upload", Upload())).StatusCode); // no ingester here: the page's own refusal
        for (var i = 0; i < 5; i++)
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/upload")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await browser.PostAsync("/upload", Upload())).StatusCode);
    }
}
