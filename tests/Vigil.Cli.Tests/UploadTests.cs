using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Vigil.Cli.Hosting;
using Vigil.Cli.Tests.Support;
using Vigil.Storage;
using Vigil.Web;

namespace Vigil.Cli.Tests;

/// <summary>
/// The web app's upload page with the ingester <c>serve</c> gives it: files go through the code
/// <c>vigil ingest</c> runs, over a real SQLite file, and the upload's page reports file by file.
/// </summary>
public sealed partial class UploadTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private IArticleStore _store = null!;
    private WebApplication _app = null!;
    private HttpClient _browser = null!;

    public async Task InitializeAsync()
    {
        _store = ArticleStores.Open(_folder.File("vigil.db"));
        _app = await VigilWebApp.StartAsync(new VigilWebOptions { Store = _store, Port = 0, NoAuth = true, Ingester = new CliArticleIngester() });
        _browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(_app.ListeningUrl()),
            Timeout = TimeSpan.FromMinutes(2),
        };
    }

    public async Task DisposeAsync()
    {
        _browser.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    private async Task<HttpResponseMessage> UploadAsync(params (string Name, byte[] Bytes)[] files)
    {
        var form = await _browser.GetStringAsync("/upload");
        var token = WebUtility.HtmlDecode(FormToken().Match(form).Groups[1].Value);
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, bytes) in files)
            content.Add(new ByteArrayContent(bytes), "files", name);
        return await _browser.PostAsync("/upload", content);
    }

    /// <summary>Follows the upload's page as a browser would, until it stops asking to be refreshed.</summary>
    private async Task<string> FinishedPageAsync(HttpResponseMessage uploaded)
    {
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        var location = uploaded.Headers.Location!.ToString();
        Assert.Matches("^/upload/[0-9a-f]{24}$", location);
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            var page = await _browser.GetStringAsync(location);
            if (!page.Contains("http-equiv=\"refresh\"", StringComparison.Ordinal))
                return page;
            Assert.True(DateTime.UtcNow < deadline, "the upload did not finish in 3 minutes");
            await Task.Delay(200);
        }
    }

    private static byte[] Gzip(string text)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return buffer.ToArray();
    }

    [Fact]
    public async Task Uploaded_files_are_ingested_as_vigil_ingest_does_and_reported_file_by_file_with_errors_named()
    {
        var sample = await File.ReadAllBytesAsync(Repo.SeedSample);
        var lines = """
            {"id": "brief-1", "title": "Ministers meet", "text": "The foreign ministers met in Doha on Monday. \u201cWe will keep talking,\u201d the Qatari minister said."}
            {"id": "brief-2", "title": 
            """;

        var page = await FinishedPageAsync(await UploadAsync(
            ("seed article.txt", sample),
            ("briefs.JSONL.gz", Gzip(lines)),
            ("scan.pdf", [0x25, 0x50, 0x44, 0x46])));

        var rows = Row().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(3, rows.Count);
        Assert.Contains("seed article.txt", rows[0]);
        Assert.Matches(@"state-done.*>done<.*>1</td>\s*<td class=""number"">1</td>\s*<td class=""number"">0</td>\s*<td class=""number"">0</td>", Flat(rows[0]));
        Assert.Matches(@"state-done.*>done<.*>2</td>\s*<td class=""number"">1</td>\s*<td class=""number"">0</td>\s*<td class=""number"">1</td>", Flat(rows[1]));
        Assert.Matches(@"state-refused.*>refused<", Flat(rows[2]));
        // Errors name the user's file, never the server's temporary path.
        Assert.Contains("briefs.JSONL.gz:2: malformed JSON", page);
        Assert.Contains("scan.pdf: not a file Vigil reads", page);
        Assert.DoesNotContain("vigil-upload-", page);
        Assert.Contains("Done: 2 new, 0 already stored, 2 failed.", page);

        var counts = await _store.CountAsync();
        Assert.Equal(2, counts.Articles);
        Assert.NotEmpty(await _store.ListTrackedCommitmentsAsync());

        // The same text again is stored once.
        var again = await FinishedPageAsync(await UploadAsync(("again.txt", sample)));
        Assert.Contains("Done: 0 new, 1 already stored, 0 failed.", again);
        Assert.Equal(2, (await _store.CountAsync()).Articles);
    }

    [Fact]
    public async Task An_upload_without_files_or_with_a_file_too_large_is_refused_with_the_reason()
    {
        var none = await UploadAsync();
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("Choose at least one file.", await none.Content.ReadAsStringAsync());

        var page = await FinishedPageAsync(await UploadAsync(("huge.txt", new byte[Web.Uploads.UploadLimits.MaxFileBytes + 1])));
        Assert.Contains("huge.txt: larger than 50 MB", page);
        Assert.Equal(0, (await _store.CountAsync()).Articles);
    }

    [Fact]
    public async Task The_upload_form_carries_an_antiforgery_token_and_a_post_without_it_is_refused()
    {
        var form = await _browser.GetStringAsync("/upload");
        Assert.Contains("enctype=\"multipart/form-data\"", form);
        using var content = new MultipartFormDataContent { { new ByteArrayContent("Some text."u8.ToArray()), "files", "a.txt" } };

        Assert.Equal(HttpStatusCode.BadRequest, (await _browser.PostAsync("/upload", content)).StatusCode);
        Assert.Equal(0, (await _store.CountAsync()).Articles);
    }

    private static string Flat(string html) => Regex.Replace(html, @"\s+", " ");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();

    [GeneratedRegex("<tr class=\"upload-file (.*?)</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();
}
