using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Vigil.Cli.Tests.Support;
using Vigil.Documents;

namespace Vigil.Cli.Tests;

/// <summary>The newcomer's first command: `vigil demo` serves the bundled sample at the URL it prints.</summary>
public sealed partial class DemoTests : IDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(3);
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Demo_serves_the_sample_article_page_at_the_printed_url()
    {
        var port = FreePort();
        using var demo = VigilProgram.Start(["demo", "--port", port.ToString()], _folder.Path,
            new Dictionary<string, string> { ["VIGIL_HOME"] = Repo.Root });
        var stderr = demo.StandardError.ReadToEndAsync();
        try
        {
            var url = await WaitForUrlAsync(demo, stderr);
            Assert.Equal($"http://127.0.0.1:{port}/", url);
            Assert.True(File.Exists(Path.Combine(_folder.Path, ".vigil-demo", "demo.db")), "the demo database is made in the current directory");

            using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(30) };
            var list = await http.GetStringAsync("/");
            var id = Document.HashText(File.ReadAllText(Repo.SeedSample))[..16];
            Assert.Contains($"/articles/{id}", list);

            var page = await http.GetAsync($"/articles/{id}");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            var html = await page.Content.ReadAsStringAsync();
            // Narrative text, outside any quote or name, so highlighting markup cannot split it.
            Assert.Contains("publicly silent for several days", html);
        }
        finally
        {
            if (!demo.HasExited)
                demo.Kill(entireProcessTree: true);
            await demo.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Demo_starts_from_a_fresh_database_each_time()
    {
        var stale = Path.Combine(_folder.Path, ".vigil-demo", "demo.db");
        Directory.CreateDirectory(Path.GetDirectoryName(stale)!);
        await File.WriteAllTextAsync(stale, "left over from an older version, not a database");

        using var demo = VigilProgram.Start(["demo", "--port", "0"], _folder.Path,
            new Dictionary<string, string> { ["VIGIL_HOME"] = Repo.Root });
        var stderr = demo.StandardError.ReadToEndAsync();
        try
        {
            await WaitForUrlAsync(demo, stderr);
            var stats = VigilProgram.Run("stats", "--db", stale, "--format", "json");
            Assert.True(stats.ExitCode == 0, stats.ToString());
            Assert.Contains("\"articles\": 7,", stats.Stdout);
        }
        finally
        {
            if (!demo.HasExited)
                demo.Kill(entireProcessTree: true);
            await demo.WaitForExitAsync();
        }
    }

    private static async Task<string> WaitForUrlAsync(Process demo, Task<string> stderr)
    {
        using var timeout = new CancellationTokenSource(StartupTimeout);
        var seen = new List<string>();
        while (await demo.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            seen.Add(line);
            if (ServingAt().Match(line) is { Success: true } match)
                return match.Groups["url"].Value;
        }
        await demo.WaitForExitAsync(timeout.Token);
        Assert.Fail($"vigil demo exited ({demo.ExitCode}) without printing its URL.\nstdout:\n{string.Join('\n', seen)}\nstderr:\n{await stderr}");
        return "";
    }

    /// <summary>A port nothing listens on now; the tiny race with other processes is acceptable in a test.</summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"serving at (?<url>http://127\.0\.0\.1:\d+/)")]
    private static partial Regex ServingAt();
}
