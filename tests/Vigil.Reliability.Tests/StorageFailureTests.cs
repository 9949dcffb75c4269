using Microsoft.Data.Sqlite;
using Vigil.Cli.Tests.Support;

namespace Vigil.Reliability.Tests;

/// <summary>A full or read-only disk, and the backup and restore commands, through the real program.</summary>
public sealed class StorageFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [NeedsMountFact]
    public void A_full_disk_is_one_line_and_every_article_stored_before_it_stays_whole()
    {
        using var disk = new Mount("1024");
        var db = Path.Combine(disk.Path, "full.db");
        var articles = Articles(400);

        var result = VigilProgram.Run("ingest", "--db", db, articles);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("the disk is full", result.Stderr);
        HostileInputCliTests.NoStackTrace(result.Stderr);
        Assert.All(result.StderrLines.Where(l => l.StartsWith("vigil: ", StringComparison.Ordinal)), l => Assert.DoesNotContain('\n', l));
        var stored = Sound(db);
        Assert.InRange(stored, 1, 399);
        // nothing half-written: each stored article has all its quotes (two per generated article)
        using var connection = OpenReadOnly(db);
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM articles a WHERE (SELECT count(*) FROM quotes q WHERE q.article_key = a.article_key) <> 2"));
    }

    [NeedsMountFact]
    public void A_read_only_disk_is_one_line_naming_the_database_and_changes_nothing()
    {
        using var disk = new Mount("8192");
        var db = Path.Combine(disk.Path, "news.db");
        Assert.Equal(0, VigilProgram.Run("ingest", "--db", db, Articles(3)).ExitCode);
        var before = File.ReadAllBytes(db);
        disk.MakeReadOnly();

        var result = VigilProgram.Run("ingest", "--db", db, Articles(6));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.StderrLines, l => l.StartsWith("vigil: ", StringComparison.Ordinal));
        Assert.StartsWith($"vigil: {db}: ", line);
        Assert.True(line.Contains("read-only", StringComparison.Ordinal) || line.Contains("cannot open", StringComparison.Ordinal), line);
        HostileInputCliTests.NoStackTrace(result.Stderr);
        Assert.Equal(before, File.ReadAllBytes(db));
    }

    [Fact]
    public void Backup_copies_a_database_in_use_and_restore_puts_it_back()
    {
        var db = _folder.File("news.db");
        Assert.Equal(0, VigilProgram.Run("ingest", "--db", db, Articles(5)).ExitCode);
        var stats = VigilProgram.Run("stats", "--db", db, "--format", "json").Stdout;
        var backup = _folder.File("backups/news-backup.db");
        Directory.CreateDirectory(Path.GetDirectoryName(backup)!);

        var made = VigilProgram.Run("backup", "--db", db, backup);

        Assert.True(made.ExitCode == 0, made.ToString());
        Assert.Equal($"vigil: backed up 5 articles from {db} to {backup}", made.Stderr.Trim());
        Assert.Equal(stats, VigilProgram.Run("stats", "--db", backup, "--format", "json").Stdout);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(backup)!, "*.partial"));

        // the database moves on, then is restored to the backup
        Assert.Equal(0, VigilProgram.Run("ingest", "--db", db, Articles(8)).ExitCode);
        var restored = VigilProgram.Run("restore", "--db", db, backup);
        Assert.True(restored.ExitCode == 0, restored.ToString());
        Assert.Equal(stats, VigilProgram.Run("stats", "--db", db, "--format", "json").Stdout);

        // and into a new file
        var fresh = _folder.File("fresh.db");
        Assert.Equal(0, VigilProgram.Run("restore", "--db", fresh, backup).ExitCode);
        Assert.Equal(stats, VigilProgram.Run("stats", "--db", fresh, "--format", "json").Stdout);
    }

    [Fact]
    public void Backup_never_overwrites_and_restore_refuses_what_is_not_a_sound_Vigil_database()
    {
        var db = _folder.File("news.db");
        Assert.Equal(0, VigilProgram.Run("ingest", "--db", db, Articles(4)).ExitCode);
        var stats = VigilProgram.Run("stats", "--db", db, "--format", "json").Stdout;
        var existing = _folder.File("existing.db");
        File.WriteAllText(existing, "keep me");

        var overwrite = VigilProgram.Run("backup", "--db", db, existing);
        Assert.Equal(1, overwrite.ExitCode);
        Assert.Equal($"vigil: {existing}: already exists; a backup never overwrites a file", overwrite.Stderr.Trim());
        Assert.Equal("keep me", File.ReadAllText(existing));

        var notVigil = _folder.File("other.db");
        using (var other = new SqliteConnection($"Data Source={notVigil};Pooling=False"))
        {
            other.Open();
            using var create = other.CreateCommand();
            create.CommandText = "CREATE TABLE t(x)";
            create.ExecuteNonQuery();
        }
        var damaged = _folder.File("damaged.db");
        Assert.Equal(0, VigilProgram.Run("backup", "--db", db, damaged).ExitCode);
        var bytes = File.ReadAllBytes(damaged);
        for (var i = 4096 * 2; i < bytes.Length; i += 97) bytes[i] ^= 0x5A;   // pages past the header scrambled
        File.WriteAllBytes(damaged, bytes);

        foreach (var (bad, why) in new[] { (notVigil, "is not a Vigil database"), (existing, ""), (damaged, ""), (_folder.File("missing.db"), "no such backup file") })
        {
            var result = VigilProgram.Run("restore", "--db", db, bad);
            Assert.True(result.ExitCode == 1, result.ToString());
            var line = Assert.Single(result.StderrLines);
            Assert.StartsWith($"vigil: {bad}: ", line);
            Assert.Contains(why, line);
            HostileInputCliTests.NoStackTrace(result.Stderr);
            Assert.Equal(stats, VigilProgram.Run("stats", "--db", db, "--format", "json").Stdout);
        }
    }

    private string Articles(int count)
    {
        var folder = _folder.File($"articles-{count}");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
            File.WriteAllText(Path.Combine(folder, $"a{i:D4}.txt"),
                $"Bridge {i} reopens\n\n“Traffic can flow again over bridge {i},” the city engineer said on Monday.\n\n" +
                $"“We will inspect it every {i % 12 + 1} weeks,” the mayor of Harbourtown told reporters. " + new string('x', 2000) + $" {i}\n");
        return folder;
    }

    private static long Sound(string db)
    {
        using var connection = OpenReadOnly(db);
        Assert.Equal("ok", Scalar(connection, "PRAGMA integrity_check"));
        return (long)Scalar(connection, "SELECT count(*) FROM articles")!;
    }

    private static SqliteConnection OpenReadOnly(string db)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
