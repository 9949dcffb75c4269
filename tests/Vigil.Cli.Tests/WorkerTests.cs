using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;
using Vigil.Cli.Tests.Support;
using Vigil.Storage.Tests;

namespace Vigil.Cli.Tests;

/// <summary>
/// <c>vigil enqueue</c> and two <c>vigil worker</c> processes on one real PostgreSQL database: every
/// article stored exactly once, none lost, and the same counts as <c>vigil ingest</c> into SQLite.
/// </summary>
public sealed partial class WorkerTests : IDisposable
{
    private const int Articles = 48;
    private readonly TempFolder _folder = new();
    private string? _database;

    public void Dispose()
    {
        if (_database is not null)
            TestPostgres.DropDatabase(_database);
        _folder.Dispose();
    }

    [SkippableFact]
    public void Two_workers_on_one_database_store_every_queued_article_exactly_once()
    {
        // empty: the workers and enqueue, started at once, migrate it together
        _database = TestPostgres.CreateDatabase(migrated: false);
        var db = Url(_database);
        var folder = WriteArticles();

        // Both workers wait for jobs before there are any, so both take part from the first batch on.
        var workers = new[] { "worker-a", "worker-b" }
            .Select(name => VigilProgram.Start(["worker", "--db", db, "--follow", "--poll", "1", "--batch", "2", "--name", name]))
            .ToList();
        VigilResult enqueue;
        try
        {
            enqueue = VigilProgram.Run("enqueue", "--db", db, folder);
            WaitUntilNoJobIsOpen(_database, TimeSpan.FromMinutes(4));
        }
        finally
        {
            foreach (var worker in workers)
                Interrupt(worker);
        }
        var results = workers.Select(Finish).ToList();

        // the empty file is reported by enqueue; the copy of a text is queued once
        Assert.True(enqueue.ExitCode == 1, enqueue.ToString());
        Assert.Equal($"queued {Articles} articles: 1 already queued or stored, 1 failed", Assert.Single(enqueue.StdoutLines));
        Assert.Contains("empty.txt", Assert.Single(enqueue.StderrLines));

        var summaries = results.Select(r =>
        {
            Assert.True(r.ExitCode == 130, r.ToString());
            var match = Summary().Match(r.StdoutLines.Last());
            Assert.True(match.Success, r.ToString());
            return (New: int.Parse(match.Groups["new"].Value), Stored: int.Parse(match.Groups["stored"].Value), Failed: int.Parse(match.Groups["failed"].Value));
        }).ToList();
        Assert.Equal(Articles, summaries.Sum(s => s.New));
        Assert.All(summaries, s => Assert.Equal((0, 0), (s.Stored, s.Failed)));

        Assert.Equal((long)Articles, TestPostgres.Scalar(_database, "SELECT count(DISTINCT content_hash) FROM articles"));
        Assert.Equal((long)Articles, TestPostgres.Scalar(_database, "SELECT count(*) FROM articles"));
        Assert.Equal((long)Articles, TestPostgres.Scalar(_database, "SELECT count(*) FROM ingest_jobs WHERE status = 'done' AND outcome = 'added'"));
        Assert.Equal(0L, TestPostgres.Scalar(_database, "SELECT count(*) FROM ingest_jobs WHERE status <> 'done'"));
        // each worker's count in the database is what it reported: no job was done by two
        for (var i = 0; i < workers.Count; i++)
            Assert.Equal((long)summaries[i].New, TestPostgres.Scalar(_database, $"SELECT count(*) FROM ingest_jobs WHERE worker = 'worker-{(char)('a' + i)}'"));
        Assert.All(summaries, s => Assert.True(s.New > 0, $"each worker took part: {string.Join(", ", summaries.Select(x => x.New))}"));

        // the same articles ingested by one process into SQLite give the same counts
        var sqlite = _folder.File("same.db");
        Assert.Equal(1, VigilProgram.Run("ingest", "--db", sqlite, folder).ExitCode);
        Assert.Equal(Stats(sqlite), Stats(db));
    }

    [SkippableFact]
    public void A_worker_refuses_a_SQLite_database_and_says_what_to_use()
    {
        var result = VigilProgram.Run("worker", "--db", _folder.File("vigil.db"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PostgreSQL", Assert.Single(result.StderrLines));
        Assert.Contains("vigil ingest", result.Stderr);
    }

    /// <summary>Short reports, each a distinct text, with quotes, people and places for the pipeline to find.</summary>
    private string WriteArticles()
    {
        string[] cities = ["Kabul", "Doha", "Geneva", "Nairobi", "Lima", "Oslo"];
        string[] people = ["Amina Yusuf", "Daniel Ortega Ruiz", "Mei Lin", "Jonas Berg", "Sara Haddad", "Tomas Novak", "Priya Raman", "Kofi Mensah"];
        var folder = _folder.File("articles");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < Articles; i++)
        {
            var city = cities[i % cities.Length];
            var person = people[i % people.Length];
            var text = $"""
                Talks in {city} resume after a {i + 2}-day pause

                {city.ToUpperInvariant()} — Negotiators returned to the table in {city} on Tuesday, day {i + 1} of the talks.

                “We have a text that both sides can read without anger,” said {person}, who leads the delegation.

                Officials said {i + 3} working groups would meet before Friday, and that a statement was expected.
                """;
            File.WriteAllText(Path.Combine(folder, $"report-{i:D3}.txt"), text);
            if (i == 0)
                File.WriteAllText(Path.Combine(folder, "report-000-copy.txt"), text);
        }
        File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
        return folder;
    }

    private static string Url(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var password = builder.Password is { Length: > 0 } p ? ":" + Uri.EscapeDataString(p) : "";
        return $"postgres://{Uri.EscapeDataString(builder.Username!)}{password}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static void WaitUntilNoJobIsOpen(string database, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (TestPostgres.Scalar(database, "SELECT count(*) FILTER (WHERE status IN ('queued', 'running')) = 0 AND count(*) > 0 FROM ingest_jobs") is true)
                return;
            Thread.Sleep(250);
        }
        throw new TimeoutException($"the workers did not finish the queue in {timeout}");
    }

    /// <summary>Ctrl-C, as a user stops a worker that waits for jobs.</summary>
    private static void Interrupt(Process worker)
    {
        if (worker.HasExited)
            return;
        using var kill = Process.Start("kill", ["-INT", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    private static VigilResult Finish(Process worker)
    {
        using (worker)
        {
            var stdout = worker.StandardOutput.ReadToEndAsync();
            var stderr = worker.StandardError.ReadToEndAsync();
            // a worker stops after its current batch; on a machine loaded by parallel test runs that has taken over a minute
            if (!worker.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                worker.Kill(entireProcessTree: true);
                worker.WaitForExit();
                throw new TimeoutException($"a worker did not stop after Ctrl-C\n{new VigilResult(-1, stdout.Result, stderr.Result)}");
            }
            return new VigilResult(worker.ExitCode, stdout.Result, stderr.Result);
        }
    }

    private static string Stats(string db)
    {
        var result = VigilProgram.Run("stats", "--db", db, "--format", "json");
        Assert.True(result.ExitCode == 0, result.ToString());
        return result.Stdout.Trim();
    }

    [GeneratedRegex(@"^ingested (?<total>\d+) articles?: (?<new>\d+) new, (?<stored>\d+) already stored, (?<failed>\d+) failed")]
    private static partial Regex Summary();
}
