using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Vigil.Documents;
using Vigil.Storage;
using Vigil.Storage.Sqlite;

namespace Vigil.Web.Tests;

/// <summary>The real app on Kestrel at 127.0.0.1 on a free port, over a SQLite file in a temp folder.</summary>
public class RunningServer : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-web-tests-" + Guid.NewGuid().ToString("N")[..12]);
    private WebApplication? _app;

    public IArticleStore Store { get; private set; } = null!;
    public HttpClient Client { get; private set; } = null!;
    public string Url { get; private set; } = "";

    /// <summary>The running app's services (its endpoint data source, say).</summary>
    public IServiceProvider Services => _app?.Services ?? throw new InvalidOperationException("The server is not started.");

    protected virtual IEnumerable<Document> Articles => [TestArticles.Blinken(), TestArticles.Hostile(), TestArticles.Plain("An undated note without a title.")];

    /// <summary>Open access, as the demo and <c>--no-auth</c> run; the accounts fixture turns it off.</summary>
    protected virtual bool NoAuth => true;

    /// <summary>Request sizes and rates: the app's defaults unless a fixture tightens them.</summary>
    protected virtual WebLimits Limits => new();

    /// <summary>The options the server starts with, from those every fixture shares.</summary>
    protected virtual VigilWebOptions Configure(VigilWebOptions options) => options;

    /// <summary>Runs before the server starts, on the store it will serve.</summary>
    protected virtual Task PrepareAsync(IArticleStore store) => Task.CompletedTask;

    public async Task InitializeAsync()
    {
        Store = SqliteArticleStore.Open(Path.Combine(_folder, "vigil.db"));
        foreach (var article in Articles)
            await Store.StoreAsync(article);
        await PrepareAsync(Store);

        _app = await VigilWebApp.StartAsync(Configure(new VigilWebOptions { Store = Store, Port = 0, NoAuth = NoAuth, Limits = Limits }));
        Url = _app.ListeningUrl();
        Client = new HttpClient { BaseAddress = new Uri(Url) };
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        await Store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>The usual articles and two with commitments and events, tracked.</summary>
public sealed class RunningServerWithTracking : RunningServer
{
    protected override Task PrepareAsync(IArticleStore store) => TrackedArticles.StoreAsync(store);
}

/// <summary>Enough articles for more than one page of the list.</summary>
public sealed class RunningServerWithManyArticles : RunningServer
{
    public const int ArticleCount = 60;

    protected override IEnumerable<Document> Articles =>
        Enumerable.Range(1, ArticleCount).Select(day => TestArticles.Plain(
            $"Report number {day}.", new DateOnly(2021, 1, 1).AddDays(day), $"Report {day}"));
}
