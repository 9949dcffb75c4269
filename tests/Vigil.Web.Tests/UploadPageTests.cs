using System.Net;
using AngleSharp.Html.Parser;
using Vigil.Web.Uploads;

namespace Vigil.Web.Tests;

/// <summary>Who may upload. The ingestion itself is the command line's: tests/Vigil.Cli.Tests/UploadTests.cs.</summary>
public sealed class UploadPageTests(RunningServerWithAccounts server) : IClassFixture<RunningServerWithAccounts>
{
    private static readonly HtmlParser Parser = new();

    private async Task<HttpClient> SignedInAsync(string name)
    {
        var browser = server.NewBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await RunningServerWithAccounts.SignInAsync(browser, name, RunningServerWithAccounts.Password)).StatusCode);
        return browser;
    }

    [Fact]
    public async Task Analysts_see_the_upload_page_and_its_link_viewers_are_refused_anonymous_visitors_sent_to_login()
    {
        using var analyst = await SignedInAsync("anna");
        using var viewer = await SignedInAsync("vera");
        using var anonymous = server.NewBrowser();

        var page = await Parser.ParseDocumentAsync(await analyst.GetStringAsync("/upload"));
        Assert.NotNull(page.QuerySelector("nav a[href='/upload']"));
        // This test server has no ingester: the page says so rather than offer a form that cannot work.
        Assert.Contains("cannot ingest uploads", page.QuerySelector(".notice")!.TextContent);

        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/upload")).StatusCode);
        Assert.Null((await Parser.ParseDocumentAsync(await viewer.GetStringAsync("/"))).QuerySelector("nav a[href='/upload']"));
        var token = await RunningServerWithAccounts.FormTokenAsync(viewer, "/");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent("Some text."u8.ToArray()), "files", "a.txt" },
        };
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.PostAsync("/upload", content)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.GetAsync("/upload/0123456789abcdef01234567")).StatusCode);

        var redirect = await anonymous.GetAsync("/upload");
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Contains("/login", redirect.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await analyst.GetAsync("/upload/0123456789abcdef01234567")).StatusCode);
    }

    [Theory]
    [InlineData("a.txt", 10, null)]
    [InlineData("A.HTML", 10, null)]
    [InlineData("page.htm.gz", 10, null)]
    [InlineData("day.jsonl.gz", 10, null)]
    [InlineData("archive.gz", 10, null)]
    [InlineData("scan.pdf", 10, "not a file Vigil reads")]
    [InlineData("notes.txt.zip", 10, "not a file Vigil reads")]
    [InlineData("a.txt", 0, "empty")]
    [InlineData("a.txt", UploadLimits.MaxFileBytes + 1, "larger than 50 MB")]
    public void Only_files_the_reader_knows_within_the_size_limit_are_taken(string name, long length, string? refusal)
    {
        var why = UploadLimits.Refuse(name, length);
        if (refusal is null)
            Assert.Null(why);
        else
            Assert.StartsWith(refusal, why);
    }
}
