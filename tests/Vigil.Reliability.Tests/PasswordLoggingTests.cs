using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Vigil.Cli.Tests.Support;

namespace Vigil.Reliability.Tests;

/// <summary>
/// A password goes in through the real paths — <c>vigil users add</c> (accepted and refused) and the
/// web login (failed and successful) of <c>vigil serve --log-level Trace</c>, with stack traces on
/// (<c>VIGIL_DEBUG=1</c>) — and appears in no output of either program, however verbose; the database
/// keeps only a salted hash of it. The API token used alongside is not logged either.
/// </summary>
public sealed partial class PasswordLoggingTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    // Distinctive, so that finding it anywhere means it leaked; no character a form or a URL would encode.
    private const string Password = "quartz-lantern-5831-zebra";
    private const string RefusedPassword = "short1";
    private static readonly Dictionary<string, string> Verbose = new() { ["VIGIL_DEBUG"] = "1" };
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_password_never_appears_in_any_log_at_the_most_verbose_level_and_only_its_hash_is_stored()
    {
        var db = _folder.File("accounts.db");
        var everything = new StringBuilder();

        var refused = VigilProgram.Run(["users", "add", "rita", "--role", "viewer", "--db", db], null, Verbose, RefusedPassword + "\n");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.DoesNotContain(RefusedPassword, refused.Stdout + refused.Stderr);
        var added = VigilProgram.Run(["users", "add", "ana", "--role", "admin", "--db", db], null, Verbose, Password + "\n");
        Assert.True(added.ExitCode == 0, added.ToString());
        var tokenRun = VigilProgram.Run(["users", "token", "ana", "--db", db], null, Verbose);
        var token = tokenRun.Stdout.Trim().Split('\n')[^1].Trim();
        everything.Append(refused.Stdout).Append(refused.Stderr).Append(added.Stdout).Append(added.Stderr).Append(tokenRun.Stderr);

        var port = FreePort();
        using var server = VigilProgram.Start(["serve", "--db", db, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--log-level", "Trace"], null, Verbose);
        var serverOut = new StringBuilder();
        var serverErrors = server.StandardError.ReadToEndAsync();
        try
        {
            var banner = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            serverOut.AppendLine(banner);
            var url = $"http://127.0.0.1:{port}";
            using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(url) };

            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(browser, "ana", "not " + Password)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync(browser, "nobody", Password)).StatusCode);
            Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(browser, "ana", Password)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/articles")).StatusCode);

            using var script = new HttpClient { BaseAddress = new Uri(url) };
            script.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            Assert.Equal(HttpStatusCode.OK, (await script.GetAsync("/api/v1/articles")).StatusCode);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        serverOut.Append(await server.StandardOutput.ReadToEndAsync());
        var serverLog = await serverErrors;
        everything.Append(serverOut).Append(serverLog);

        // The capture is real: the most verbose level logs each request, the sign-in post among them.
        Assert.Contains("Request starting HTTP/1.1 POST " + $"http://127.0.0.1:{port}/login", serverLog);
        Assert.Matches("dbug|trce", serverLog);
        output.WriteLine($"{serverLog.Split('\n').Length} lines of server log at Trace");

        var logged = everything.ToString();
        Assert.DoesNotContain(Password, logged);
        Assert.DoesNotContain(Uri.EscapeDataString(Password), logged);
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(Password)), logged);
        Assert.DoesNotContain(token, logged);

        // Stored: a salted hash (ASP.NET Core Identity's v3 format), never the password, in the file or its journal.
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString()))
        {
            connection.Open();
            using var query = connection.CreateCommand();
            query.CommandText = "SELECT password_hash FROM users WHERE name = 'ana'";
            var hash = (string)query.ExecuteScalar()!;
            Assert.DoesNotContain(Password, hash);
            Assert.Equal(0x01, Convert.FromBase64String(hash)[0]);
        }
        foreach (var file in new[] { db, db + "-wal" }.Where(File.Exists))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Password)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(Password)));
        }
    }

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient browser, string name, string password)
    {
        var form = await browser.GetStringAsync("/login");
        var token = WebUtility.HtmlDecode(FormToken().Match(form).Groups[1].Value);
        return await browser.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name,
            ["password"] = password,
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex FormToken();
}
