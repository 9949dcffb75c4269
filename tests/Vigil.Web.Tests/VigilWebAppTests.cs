using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Vigil.Storage;

namespace Vigil.Web.Tests;

/// <summary>Starting and stopping the app as the command line does.</summary>
public sealed class VigilWebAppTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-web-tests-" + Guid.NewGuid().ToString("N")[..12]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Given_a_database_path_it_opens_the_store_serves_it_and_shuts_down_cleanly()
    {
        var database = Path.Combine(_folder, "new", "vigil.db");

        var app = await VigilWebApp.StartAsync(new VigilWebOptions { Database = database, Port = 0, NoAuth = true });
        using (var client = new HttpClient { BaseAddress = new Uri(app.ListeningUrl()) })
        {
            var home = await client.GetStringAsync("/");
            Assert.Contains("No articles are stored yet", home);
        }
        await app.StopAsync();
        await app.DisposeAsync();

        Assert.True(File.Exists(database));
        // The app closed the store it opened: the file can be opened and removed again.
        await using (var reopened = ArticleStores.Open(database))
            Assert.Equal(0, (await reopened.CountAsync()).Articles);
    }

    [Fact]
    public async Task Run_reports_the_url_serves_and_returns_when_cancelled()
    {
        using var stop = new CancellationTokenSource();
        var listening = new TaskCompletionSource<string>();

        var running = VigilWebApp.RunAsync(new VigilWebOptions { Database = Path.Combine(_folder, "vigil.db"), Port = 0 }, listening.SetResult, stop.Token);
        var url = await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using (var client = new HttpClient { BaseAddress = new Uri(url) })
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        await stop.CancelAsync();

        await running.WaitAsync(TimeSpan.FromSeconds(30));
        using var afterwards = new HttpClient { BaseAddress = new Uri(url) };
        await Assert.ThrowsAsync<HttpRequestException>(() => afterwards.GetAsync("/"));
    }

    [Fact]
    public async Task A_database_that_cannot_be_opened_is_reported_before_the_server_starts()
    {
        Directory.CreateDirectory(_folder);
        var notADatabase = Path.Combine(_folder, "notes.db");
        await File.WriteAllTextAsync(notADatabase, string.Concat(Enumerable.Repeat("not a database\n", 300)));

        var error = await Assert.ThrowsAsync<StorageException>(() => VigilWebApp.StartAsync(new VigilWebOptions { Database = notADatabase, Port = 0 }));

        Assert.Contains("not a SQLite database", error.Message);
    }

    [Fact]
    public async Task A_taken_port_is_named_in_the_error()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var error = await Assert.ThrowsAsync<IOException>(() =>
            VigilWebApp.StartAsync(new VigilWebOptions { Database = Path.Combine(_folder, "vigil.db"), Port = port }));

        Assert.Contains($"port {port}", error.Message);
        Assert.Contains("--port", error.Message);
    }

    [Fact]
    public async Task A_store_failure_during_a_request_shows_an_error_page_with_the_reason()
    {
        await using var app = await VigilWebApp.StartAsync(new VigilWebOptions { Store = new FailingStore(), Port = 0 });
        using var client = new HttpClient { BaseAddress = new Uri(app.ListeningUrl()) };

        var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("The database could not be read", html);
        Assert.Contains("the disk reported an error", html);
        Assert.DoesNotContain("StorageException", html);
        await app.StopAsync();
    }

    private sealed class FailingStore : IArticleStore
    {
        private static StorageException Failure => new("vigil.db", "the disk reported an error");
        public Task<StoreOutcome> StoreAsync(Vigil.Documents.Document analyzed, CancellationToken cancellationToken = default) => throw Failure;
        public Task<StoreCounts> CountAsync(CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<ArticleSummary>> ListArticlesAsync(int offset, int limit, CancellationToken cancellationToken = default) => throw Failure;
        public Task<bool> IsStoredAsync(string contentHash, CancellationToken cancellationToken = default) => throw Failure;
        public Task<StoredArticle?> GetArticleAsync(string id, CancellationToken cancellationToken = default) => throw Failure;
        public Task<int> SaveActorsAsync(IReadOnlyList<Vigil.Documents.Actor> actors, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<StoredActor>> ListActorsAsync(CancellationToken cancellationToken = default) => throw Failure;
        public Task<bool> AddUserAsync(UserAccount user, CancellationToken cancellationToken = default) => throw Failure;
        public Task<UserAccount?> FindUserAsync(string name, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<UserAccount>> ListUsersAsync(CancellationToken cancellationToken = default) => throw Failure;
        public Task<bool> AddApiTokenAsync(string userName, string tokenHash, CancellationToken cancellationToken = default) => throw Failure;
        public Task<UserAccount?> FindUserByApiTokenAsync(string tokenHash, CancellationToken cancellationToken = default) => throw Failure;
        public Task<StoredActor?> GetActorAsync(string id, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<string>> FindActorIdsAsync(string nameOrId, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<QuoteRecord>> ListQuotesAsync(QuoteFilter filter, int offset, int limit, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<ActorMention>> ListMentionsAsync(string actorId, int offset, int limit, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<DailyCount>> CountMentionsByDayAsync(string actorId, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<ActorAlongside>> ListActorsAlongsideAsync(string actorId, int limit, CancellationToken cancellationToken = default) => throw Failure;
        public Task<SearchResults> SearchAsync(SearchQuery query, CancellationToken cancellationToken = default) => throw Failure;
        public Task<Story?> GetStoryAsync(string articleId, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyDictionary<Vigil.Documents.CommitmentStatus, int>> CountCommitmentsByStatusAsync(CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<ActorCommitment>> ListCommitmentsOfActorAsync(string actorId, int limit, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<EventCount>> CountEventsByDayAsync(EventQuery query, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<EventTie>> CountEventTiesAsync(EventQuery query, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<BatchItemResult>> StoreBatchAsync(IReadOnlyList<ArticleToStore> articles, CancellationToken cancellationToken = default) => throw Failure;
        public Task<bool> AddWatchAsync(string userName, WatchKind kind, string targetId, CancellationToken cancellationToken = default) => throw Failure;
        public Task<bool> RemoveWatchAsync(string userName, WatchKind kind, string targetId, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<Watch>> ListWatchesAsync(string userName, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<WatchAlert>> ListAlertsAsync(string userName, int limit, CancellationToken cancellationToken = default) => throw Failure;
        public Task<StoreOutcome> StoreAsync(Vigil.Documents.Document analyzed, ArticleTracking tracking, CancellationToken cancellationToken = default) => throw Failure;
        public Task<ActorTrackingState> LoadTrackingAsync(string actorId, CancellationToken cancellationToken = default) => throw Failure;
        public Task<ImmutableArray<EvidenceCandidate>> LoadCandidatesAsync(string actorId, int latest, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyDictionary<string, float[]>> GetVectorsAsync(string model, IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) => throw Failure;
        public Task SaveVectorsAsync(string model, IReadOnlyDictionary<string, float[]> vectors, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<Vigil.Documents.TrackedCommitment>> ListTrackedCommitmentsAsync(CancellationToken cancellationToken = default) => throw Failure;
        public Task<Vigil.Documents.TrackedCommitment?> GetTrackedCommitmentAsync(string id, CancellationToken cancellationToken = default) => throw Failure;
        public Task<bool> AddVerdictAsync(string trackedId, Vigil.Documents.CommitmentVerdict verdict, CancellationToken cancellationToken = default) => throw Failure;
        public Task<ArticleCommitmentLinks> GetArticleCommitmentLinksAsync(string articleId, CancellationToken cancellationToken = default) => throw Failure;
        public Task<IReadOnlyList<StoredEvent>> ListEventsAsync(EventQuery query, CancellationToken cancellationToken = default) => throw Failure;
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }

    [Fact]
    public void Without_a_store_or_a_database_the_app_is_not_built()
    {
        Assert.Throws<ArgumentException>(() => VigilWebApp.Build(new VigilWebOptions()));
    }
}
