using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Vigil.Cli.Tests.Support;

namespace Vigil.Reliability.Tests;

/// <summary>
/// The real server and a real ingest on one SQLite file: 50 API clients read all through the
/// ingest without one error, and neither program ever reports "database is locked" (WAL lets
/// readers go on beside the one writer; each write waits out another's lock).
/// </summary>
public sealed class ConcurrencyTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int Clients = 50;
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Fifty_api_clients_read_without_error_while_an_ingest_writes()
    {
        var db = _folder.File("news.db");
        Assert.Equal(0, VigilProgram.Run("ingest", "--db", db, Articles("first", 5)).ExitCode);
        var port = FreePort();
        // The 50 clients here are one identity (--no-auth), which the API rate limit would rightly slow
        // down; what this test is about is the database under a writer, so the limit is off.
        using var server = VigilProgram.Start(["serve", "--db", db, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--no-auth", "--api-rate-limit", "0"]);
        var serverErrors = server.StandardError.ReadToEndAsync();
        try
        {
            var url = $"http://127.0.0.1:{port}";
            var banner = await server.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            Assert.Contains(url, banner);

            using var ingest = VigilProgram.Start(["ingest", "--db", db, Articles("second", 120)]);
            ingest.StandardInput.Close();
            var ingestErrors = ingest.StandardError.ReadToEndAsync();
            var ingestDone = ingest.WaitForExitAsync();

            string[] paths = ["/api/v1/articles?limit=20", "/api/v1/quotes?limit=20", "/api/v1/search?q=bridge", "/api/v1/actors", "/api/v1/events", "/", "/articles"];
            var failures = new ConcurrentBag<string>();
            var requests = 0;
            var clock = Stopwatch.StartNew();
            var clients = Enumerable.Range(0, Clients).Select(async c =>
            {
                using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
                // every client reads until the ingest has finished (bounded in time either way)
                for (var i = 0; (!ingestDone.IsCompleted || i == 0) && clock.Elapsed < TimeSpan.FromMinutes(8); i++)
                {
                    var path = paths[(c + i) % paths.Length];
                    try
                    {
                        using var response = await client.GetAsync(path);
                        await response.Content.ReadAsStringAsync();
                        Interlocked.Increment(ref requests);
                        if (response.StatusCode != HttpStatusCode.OK) failures.Add($"{path}: {(int)response.StatusCode}");
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                    {
                        failures.Add($"{path}: {e.Message}");
                    }
                }
            }).ToList();
            await Task.WhenAll(clients);
            await ingestDone.WaitAsync(TimeSpan.FromMinutes(8));

            output.WriteLine($"{requests} requests from {Clients} clients in {clock.Elapsed.TotalSeconds:0.0} s during the ingest; {failures.Count} failed");
            Assert.True(ingest.ExitCode == 0, await ingestErrors);
            Assert.Empty(failures);
            Assert.True(requests >= Clients * 2, $"only {requests} requests were made");
            Assert.DoesNotContain("locked", await ingestErrors);
            Assert.Equal("{\"articles\": 125", VigilProgram.Run("stats", "--db", db, "--format", "json").Stdout[..16]);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync();
        }
        var logged = await serverErrors;
        Assert.DoesNotContain("locked", logged);
        Assert.DoesNotContain("   at ", logged);
    }

    private string Articles(string batch, int count)
    {
        var folder = _folder.File(batch);
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(folder, $"{batch}-{i:D4}.txt"),
                $"Bridge {batch} {i} reopens\n\n“Traffic can flow again over the {batch} bridge number {i},” the city engineer said on Monday. " +
                $"The mayor promised to inspect it every {i % 12 + 1} weeks, and protesters marched to the town hall.\n");
        return folder;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
