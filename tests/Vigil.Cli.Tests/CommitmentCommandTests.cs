using System.Text.Json;
using Vigil.Cli.Tests.Support;

namespace Vigil.Cli.Tests;

/// <summary>
/// The tracker end to end: the sample, then a later report written for these tests, ingested into
/// a fresh SQLite file by the real program; then the commitments and events commands over it.
/// </summary>
public sealed class CommitmentCommandTests : IClassFixture<CommitmentCommandTests.TrackedDatabase>
{
    private readonly TrackedDatabase _db;

    public CommitmentCommandTests(TrackedDatabase db) => _db = db;

    public static string Report => Path.Combine(Repo.Root, "tests", "Vigil.Cli.Tests", "Articles", "kabul-airport-boarding.txt");

    [Fact]
    public void The_report_that_Afghans_were_stopped_contradicts_the_Taliban_promise_to_let_them_leave()
    {
        var tracked = Commitments(_db.Path);
        var promise = tracked.Single(c => c.GetProperty("actorName").GetString() == "Taliban"
                                          && c.GetProperty("text").GetString()!.Contains("allow Afghans to leave", StringComparison.Ordinal));

        Assert.Equal("promise", promise.GetProperty("kind").GetString());
        Assert.Equal("Not yet rated", promise.GetProperty("status").GetString());
        var reportText = File.ReadAllText(Report);
        var reportId = Vigil.Documents.Document.HashText(reportText)[..16];
        var contradictions = promise.GetProperty("evidence").EnumerateArray()
            .Where(e => e.GetProperty("stance").GetString() == "contradicts" && e.GetProperty("articleId").GetString() == reportId).ToList();
        Assert.NotEmpty(contradictions);
        Assert.All(contradictions, e =>
        {
            var (start, end) = (e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32());
            Assert.Equal(reportText[start..end], e.GetProperty("text").GetString());
        });
        Assert.Contains(contradictions, e => e.GetProperty("text").GetString()!.Contains("stopped hundreds of Afghans from boarding evacuation flights", StringComparison.Ordinal));
        // the sample states the promise; it is not evidence of itself
        Assert.DoesNotContain(promise.GetProperty("evidence").EnumerateArray(), e => e.GetProperty("articleId").GetString() != reportId);
    }

    [Fact]
    public void The_commitments_of_another_actor_take_no_evidence_from_the_report()
    {
        var tracked = Commitments(_db.Path);

        Assert.All(tracked.Where(c => c.GetProperty("actorName").GetString() == "United States"), c => Assert.Empty(c.GetProperty("evidence").EnumerateArray()));
        Assert.Contains(tracked, c => c.GetProperty("kind").GetString() == "refusal" && c.GetProperty("text").GetString() == "No promises were made to the Taliban");
        // every line carries the contract's fields
        Assert.All(tracked, c => Assert.Equal(["id", "actorName", "text", "kind", "status", "evidence"],
            c.EnumerateObject().Select(p => p.Name).Take(6)));
    }

    [Fact]
    public void Ingesting_both_again_changes_nothing()
    {
        var db = _db.CopyTo(Path.Combine(_db.Folder.Path, "again.db"));
        var before = VigilProgram.Run("commitments", "--db", db, "--format", "jsonl");
        var stats = VigilProgram.Run("stats", "--db", db, "--format", "json").Stdout;

        var again = VigilProgram.Run("ingest", "--db", db, "--published", "2021-09-01", Repo.SeedSample, Report);

        Assert.True(again.ExitCode == 0, again.ToString());
        Assert.Equal("ingested 2 articles: 0 new, 2 already stored, 0 failed", Assert.Single(again.StdoutLines));
        Assert.Equal(before.Stdout, VigilProgram.Run("commitments", "--db", db, "--format", "jsonl").Stdout);
        Assert.Equal(stats, VigilProgram.Run("stats", "--db", db, "--format", "json").Stdout);
    }

    [Fact]
    public void Verdicts_are_appended_with_who_when_and_why()
    {
        var db = _db.CopyTo(Path.Combine(_db.Folder.Path, "verdicts.db"));
        var id = Commitments(db).Single(c => c.GetProperty("text").GetString()!.Contains("allow Afghans to leave", StringComparison.Ordinal)).GetProperty("id").GetString()!;

        var broken = VigilProgram.Run("commitments", "set-status", id, "Broken", "--note", "Afghans turned back at the gate", "--db", db);
        var works = VigilProgram.Run("commitments", "set-status", id, "in the works", "--note", "flights resumed", "--db", db);

        Assert.True(broken.ExitCode == 0, broken.ToString());
        Assert.StartsWith($"{id}: Broken (was Not yet rated), recorded for {Environment.UserName}", broken.Stdout);
        Assert.True(works.ExitCode == 0, works.ToString());
        var tracked = Commitments(db).Single(c => c.GetProperty("id").GetString() == id);
        Assert.Equal("In the works", tracked.GetProperty("status").GetString());
        var verdicts = tracked.GetProperty("verdicts").EnumerateArray().ToList();
        Assert.Equal([("Broken", "Afghans turned back at the gate"), ("In the works", "flights resumed")],
            verdicts.Select(v => (v.GetProperty("status").GetString(), v.GetProperty("note").GetString())));
        Assert.All(verdicts, v => Assert.Equal(Environment.UserName, v.GetProperty("analyst").GetString()));
        Assert.True(DateTimeOffset.Parse(verdicts[1].GetProperty("at").GetString()!) >= DateTimeOffset.Parse(verdicts[0].GetProperty("at").GetString()!));
    }

    [Fact]
    public void A_verdict_on_an_unknown_id_or_with_an_unknown_status_is_refused()
    {
        var unknown = VigilProgram.Run("commitments", "set-status", "cnothing", "Kept", "--note", "x", "--db", _db.Path);
        var badStatus = VigilProgram.Run("commitments", "set-status", "cnothing", "Fulfilled", "--note", "x", "--db", _db.Path);
        var noNote = VigilProgram.Run("commitments", "set-status", "cnothing", "Kept", "--db", _db.Path);

        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal("vigil: commitments set-status: no tracked commitment has the id 'cnothing' (see 'vigil commitments')", Assert.Single(unknown.StderrLines));
        Assert.Equal(2, badStatus.ExitCode);
        Assert.Contains("'Fulfilled' is not a status", badStatus.Stderr);
        Assert.Equal(2, noNote.ExitCode);
    }

    [Fact]
    public void The_text_table_lists_every_tracked_commitment_with_its_status()
    {
        var text = VigilProgram.Run("commitments", "--db", _db.Path);

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("Not yet rated", text.Stdout);
        Assert.Contains($"{Commitments(_db.Path).Count} tracked commitments", text.Stdout);
    }

    [Fact]
    public void Events_are_filtered_by_actor_and_dates()
    {
        var all = Events(_db.Path);
        var taliban = Events(_db.Path, "--actor", "taliban");
        var doha = Events(_db.Path, "--from", "2021-09-06", "--to", "2021-09-06");
        var later = Events(_db.Path, "--actor", "Taliban", "--from", "2021-09-07");

        Assert.True(taliban.Count < all.Count);
        Assert.All(taliban, e => Assert.Contains(e.GetProperty("actors").EnumerateArray(), a => a.GetProperty("name").GetString() == "Taliban"));
        var meeting = Assert.Single(doha, e => e.GetProperty("text").GetString()!.Contains("will meet in Doha on Monday", StringComparison.Ordinal));
        Assert.Equal(("2021-09-06", "planned"), (meeting.GetProperty("date").GetString(), meeting.GetProperty("status").GetString()));
        Assert.NotEmpty(later);
        Assert.All(later, e => Assert.True(string.CompareOrdinal(e.GetProperty("dates").GetProperty("end").GetString(), "2021-09-07") >= 0));
        Assert.Contains(later, e => e.GetProperty("text").GetString()!.Contains("stopped hundreds of Afghans", StringComparison.Ordinal));
        var dates = all.Select(e => e.GetProperty("dates")).Where(d => d.ValueKind != JsonValueKind.Null).Select(d => d.GetProperty("start").GetString()).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Events_refuse_a_range_that_ends_before_it_starts()
    {
        var result = VigilProgram.Run("events", "--db", _db.Path, "--from", "2021-09-07", "--to", "2021-09-01");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--to is before --from", result.Stderr);
    }

    private static List<JsonElement> Commitments(string db)
    {
        var result = VigilProgram.Run("commitments", "--db", db, "--format", "jsonl");
        Assert.True(result.ExitCode == 0, result.ToString());
        return [.. result.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement)];
    }

    private static List<JsonElement> Events(string db, params string[] filters)
    {
        var result = VigilProgram.Run(["events", "--db", db, "--format", "jsonl", .. filters], workingDirectory: null);
        Assert.True(result.ExitCode == 0, result.ToString());
        return [.. result.StdoutLines.Select(line => JsonDocument.Parse(line).RootElement)];
    }

    /// <summary>The sample (published 2021-09-01), then the report (2021-09-08), ingested once for the class.</summary>
    public sealed class TrackedDatabase : IDisposable
    {
        public TempFolder Folder { get; } = new();

        public string Path { get; }

        public TrackedDatabase()
        {
            Path = Folder.File("tracked.db");
            var sample = VigilProgram.Run("ingest", "--db", Path, "--published", "2021-09-01", Repo.SeedSample);
            Assert.True(sample.ExitCode == 0, sample.ToString());
            var report = VigilProgram.Run("ingest", "--db", Path, "--published", "2021-09-08", Report);
            Assert.True(report.ExitCode == 0, report.ToString());
        }

        /// <summary>A copy for a test that writes, so the others read the database as ingested.</summary>
        public string CopyTo(string path)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path};Mode=ReadOnly;Pooling=False"))
            {
                source.Open();
                using var target = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
                target.Open();
                source.BackupDatabase(target);
            }
            return path;
        }

        public void Dispose() => Folder.Dispose();
    }
}
