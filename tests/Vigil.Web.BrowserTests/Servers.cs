using System.Diagnostics;
using Vigil.Cli.Tests.Support;

namespace Vigil.Web.BrowserTests;

/// <summary>A temporary folder for one server's database and inputs.</summary>
public abstract class ServerFixture : IAsyncLifetime
{
    private Process? _server;

    /// <summary>Where the program finds its bundled samples and models: this repository.</summary>
    protected static readonly Dictionary<string, string> Home = new() { ["VIGIL_HOME"] = Repo.Root };

    protected string Folder { get; } = Directory.CreateTempSubdirectory("vigil-browser-").FullName;

    public string Url { get; private set; } = "";

    public Browser Browser { get; private set; } = null!;

    protected abstract Task<(Process Process, string Url)> StartAsync();

    public async Task InitializeAsync()
    {
        (_server, Url) = await StartAsync();
        Browser = new Browser();
    }

    public async Task DisposeAsync()
    {
        Browser?.Dispose();
        if (_server is not null)
            await VigilProgram.StopAsync(_server);
        try { Directory.Delete(Folder, recursive: true); }
        catch (IOException) { }
    }
}

/// <summary><c>./vigil demo</c>, exactly as a newcomer runs it: the bundled samples, no accounts.</summary>
public sealed class DemoServer : ServerFixture
{
    protected override Task<(Process Process, string Url)> StartAsync() =>
        VigilProgram.ServeAsync(["demo", "--port", "0"], Folder, Home);
}

/// <summary>
/// <c>./vigil serve</c> with accounts: the samples and a hostile page ingested, an analyst and a
/// viewer added with <c>vigil users add</c>.
/// </summary>
public sealed class AccountsServer : ServerFixture
{
    public const string Password = "browser journeys";
    public const string HostileTitle = "Hostile page";

    /// <summary>Script in every place a page can carry it; each payload, were it run, would set window.vigilXss.</summary>
    public const string HostileHtml = """
        <!DOCTYPE html>
        <html><head><title>Hostile page &lt;img src=x onerror="window.vigilXss=1"&gt;</title>
        <script>window.vigilXss = 2;</script></head>
        <body onload="window.vigilXss=3">
        <article>
        <h1>Hostile page</h1>
        <p>The spokesman said the talks were over. &lt;script&gt;window.vigilXss=4&lt;/script&gt; was written in the report,
        and so was &lt;img src=x onerror="window.vigilXss=5"&gt; in a caption.</p>
        <p><img src="x" onerror="window.vigilXss=6"> “We will not negotiate &lt;svg onload=window.vigilXss=7&gt;,” the minister said on Tuesday.</p>
        <p><a href="javascript:window.vigilXss=8">Read more</a></p>
        <script>window.vigilXss = 9;</script>
        </article>
        </body></html>
        """;

    public string Database => Path.Combine(Folder, "vigil.db");

    /// <summary>An API token of the viewer, from <c>vigil users token</c>.</summary>
    public string ViewerToken { get; private set; } = "";

    protected override async Task<(Process Process, string Url)> StartAsync()
    {
        var hostile = Path.Combine(Folder, "hostile.html");
        await File.WriteAllTextAsync(hostile, HostileHtml);
        VigilProgram.RunToSuccess(["ingest", "--db", Database, "--actors", Path.Combine(Repo.Samples, "actors.csv"), Repo.Samples, hostile], Folder, Home);
        VigilProgram.RunToSuccess(["users", "add", "anna", "--role", "analyst", "--db", Database], Folder, Home, Password + "\n");
        VigilProgram.RunToSuccess(["users", "add", "vera", "--role", "viewer", "--db", Database], Folder, Home, Password + "\n");
        ViewerToken = VigilProgram.RunToSuccess(["users", "token", "vera", "--db", Database], Folder, Home).Trim();
        return await VigilProgram.ServeAsync(["serve", "--db", Database, "--port", "0"], Folder, Home);
    }

    /// <summary>Signs the browser in through the login page, as a person would.</summary>
    public void SignIn(string name)
    {
        Browser.Driver.Manage().Cookies.DeleteAllCookies();
        Browser.Open(Url + "/login");
        Browser.Find("input[name=name]").SendKeys(name);
        Browser.Find("input[name=password]").SendKeys(Password);
        Browser.Find(".login-form button[type=submit]").Click();
        Browser.Wait(d => !d.Url.Contains("/login", StringComparison.Ordinal));
    }
}
