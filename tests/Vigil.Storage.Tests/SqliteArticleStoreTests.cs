using Microsoft.Data.Sqlite;
using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Tests;

/// <summary>The shared store suite on a real SQLite file, plus what only a file database has: migrations, WAL, damaged files.</summary>
public sealed class SqliteArticleStoreTests : ArticleStoreContract
{
    private readonly TempFolder _folder = new();

    private string DatabasePath => _folder.File("vigil.db");

    protected override IArticleStore CreateStore() => SqliteArticleStore.Open(DatabasePath);

    protected override Task MakeQuoteWritesFailAsync(string speakerName)
    {
        using var connection = OpenRaw(DatabasePath);
        using var command = connection.CreateCommand();
        command.CommandText = """
            CREATE TRIGGER fail_quote BEFORE INSERT ON quotes
            WHEN NEW.speaker_name = $name
            BEGIN SELECT RAISE(ABORT, 'injected failure'); END
            """.Replace("$name", "'" + speakerName.Replace("'", "''") + "'");
        command.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Opening_creates_the_file_and_its_folders_in_WAL_mode_at_the_latest_schema()
    {
        var path = _folder.File("nested/deeper/vigil.db");

        await using (SqliteArticleStore.Open(path)) { }

        Assert.True(File.Exists(path));
        using var connection = OpenRaw(path);
        Assert.Equal("wal", Scalar(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)SqliteSchema.LatestVersion, Scalar(connection, "PRAGMA user_version"));
        Assert.Equal((long)SqliteSchema.ApplicationId, Scalar(connection, "PRAGMA application_id"));
    }

    [Fact]
    public async Task Reopening_keeps_the_data_and_applies_no_migration_twice()
    {
        var document = TestDocuments.Full();
        await using (var store = SqliteArticleStore.Open(DatabasePath))
            await store.StoreAsync(document);
        var schemaBefore = SchemaSql(DatabasePath);

        await using (var reopened = SqliteArticleStore.Open(DatabasePath))
        {
            Assert.Equal(StoreOutcome.AlreadyStored, await reopened.StoreAsync(document));
            Assert.Equal(document.Text, (await reopened.GetArticleAsync(document.ContentId))!.Document.Text);
        }

        Assert.Equal(schemaBefore, SchemaSql(DatabasePath));
    }

    [Fact]
    public async Task A_database_of_schema_1_is_migrated_keeping_its_articles_unlinked_and_indexing_them_for_search()
    {
        // a file as the first release wrote it: only the first migration applied
        using (var connection = OpenRaw(DatabasePath))
        {
            Scalar(connection, SqliteSchema.Migrations[0].Sql);
            Scalar(connection, $"PRAGMA user_version = 1; PRAGMA application_id = {SqliteSchema.ApplicationId}");
            Scalar(connection, """
                INSERT INTO articles (id, content_hash, text, source, layers, ingested_at)
                VALUES ('a1', 'h1', 'Jen Psaki spoke.', 'old.txt', 0, '2024-01-01T00:00:00.0000000Z');
                INSERT INTO entities (article_key, ordinal, entity_id, name, type) VALUES (1, 0, 'e1', 'Jen Psaki', 'PERSON');
                """);
        }
        SqliteConnection.ClearAllPools();

        await using var store = SqliteArticleStore.Open(DatabasePath);
        var entity = Assert.Single((await store.GetArticleAsync("a1"))!.Document.Entities);
        Assert.Equal(("Jen Psaki", null), (entity.Name, entity.ActorId));
        Assert.Empty(await store.ListActorsAsync());
        Assert.Equal("a1", Assert.Single((await store.SearchAsync(new SearchQuery("psaki"))).Hits).ArticleId);
        using var raw = OpenRaw(DatabasePath);
        Assert.Equal((long)SqliteSchema.LatestVersion, Scalar(raw, "PRAGMA user_version"));
    }

    [Fact]
    public async Task Processes_opening_a_new_file_at_once_migrate_it_once()
    {
        var opening = Enumerable.Range(0, 4).Select(_ => Task.Run(() => SqliteArticleStore.Open(DatabasePath))).ToList();
        var stores = await Task.WhenAll(opening);
        foreach (var store in stores)
            await store.DisposeAsync();

        using var connection = OpenRaw(DatabasePath);
        Assert.Equal((long)SqliteSchema.LatestVersion, Scalar(connection, "PRAGMA user_version"));
    }

    [Fact]
    public void Migrations_are_numbered_from_one_without_gaps()
    {
        Assert.Equal(Enumerable.Range(1, SqliteSchema.Migrations.Count), SqliteSchema.Migrations.Select(m => m.Version));
        Assert.All(SqliteSchema.Migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
    }

    [Fact]
    public async Task A_database_from_a_newer_Vigil_is_refused_with_a_clear_reason()
    {
        await using (SqliteArticleStore.Open(DatabasePath)) { }
        using (var connection = OpenRaw(DatabasePath))
            Scalar(connection, $"PRAGMA user_version = {SqliteSchema.LatestVersion + 1}");

        var error = Assert.Throws<StorageException>(() => SqliteArticleStore.Open(DatabasePath));

        Assert.Equal(DatabasePath, error.Target);
        Assert.Contains("newer Vigil", error.Message);
        Assert.Contains($"schema version {SqliteSchema.LatestVersion + 1}", error.Message);
    }

    [Fact]
    public void Another_programs_database_is_refused_and_left_untouched()
    {
        using (var connection = OpenRaw(DatabasePath))
            Scalar(connection, "CREATE TABLE recipes (name TEXT)");
        var schemaBefore = SchemaSql(DatabasePath);

        var error = Assert.Throws<StorageException>(() => SqliteArticleStore.Open(DatabasePath));

        Assert.Contains("another program", error.Message);
        Assert.Equal(schemaBefore, SchemaSql(DatabasePath));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("binary")]
    public void A_file_that_is_not_SQLite_is_refused_with_a_clear_reason(string content)
    {
        if (content == "text")
            File.WriteAllText(DatabasePath, string.Concat(Enumerable.Repeat("These are my notes, not a database.\n", 200)));
        else
            File.WriteAllBytes(DatabasePath, Enumerable.Range(0, 8192).Select(i => (byte)(i * 7919 % 251)).ToArray());
        var contentBefore = File.ReadAllBytes(DatabasePath);

        var error = Assert.Throws<StorageException>(() => SqliteArticleStore.Open(DatabasePath));

        Assert.Equal(DatabasePath, error.Target);
        Assert.Contains("not a SQLite database", error.Message);
        Assert.Equal(contentBefore, File.ReadAllBytes(DatabasePath));
    }

    [Fact]
    public async Task A_damaged_database_gives_a_storage_error_not_a_crash()
    {
        await using (var store = SqliteArticleStore.Open(DatabasePath))
            for (var i = 0; i < 30; i++)
                await store.StoreAsync(TestDocuments.Full(TestDocuments.FullText + $"\n\nVersion {i}."));
        SqliteConnection.ClearAllPools();
        using (var connection = OpenRaw(DatabasePath))
            Scalar(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        SqliteConnection.ClearAllPools();
        using (var file = File.Open(DatabasePath, FileMode.Open, FileAccess.Write))
        {
            // Keep the header page, so SQLite accepts the file, and garble the pages behind it.
            file.Seek(4096, SeekOrigin.Begin);
            file.Write(Enumerable.Range(0, 4096 * 8).Select(i => (byte)(i * 31 % 256)).ToArray());
        }

        var error = await Assert.ThrowsAsync<StorageException>(async () =>
        {
            await using var store = SqliteArticleStore.Open(DatabasePath);
            foreach (var summary in await store.ListArticlesAsync(0, 100))
                await store.GetArticleAsync(summary.Id);
            await store.CountAsync();
        });

        Assert.Equal(DatabasePath, error.Target);
        Assert.Matches("damaged|not a SQLite database", error.Message);
    }

    [Fact]
    public void A_folder_is_not_taken_for_a_database()
    {
        var error = Assert.Throws<StorageException>(() => SqliteArticleStore.Open(_folder.Path));

        Assert.Contains("is a folder", error.Message);
    }

    [Fact]
    public async Task A_write_waits_for_another_process_lock_instead_of_failing()
    {
        await using var store = SqliteArticleStore.Open(DatabasePath);
        using var otherProcess = OpenRaw(DatabasePath);
        var lockHeld = otherProcess.BeginTransaction(deferred: false);
        Scalar(otherProcess, "INSERT INTO articles (id, content_hash, text, source, layers, ingested_at) VALUES ('ffffffffffffffff', 'ff', 'x', 'other', 0, '2021-01-01T00:00:00.0000000Z')");

        // Microsoft.Data.Sqlite's async methods run synchronously, so the waiting write needs its own thread.
        var storing = Task.Run(() => store.StoreAsync(TestDocuments.Full()));
        // While the other writer holds the lock, a reader still reads the last committed state.
        Assert.Equal(0, (await store.CountAsync()).Articles);
        await Task.Delay(300);
        lockHeld.Commit();

        Assert.Equal(StoreOutcome.Added, await storing);
        Assert.Equal(2, (await store.CountAsync()).Articles);
    }

    private static SqliteConnection OpenRaw(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    private static string SchemaSql(string path)
    {
        using var connection = OpenRaw(path);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_schema ORDER BY name)";
        return command.ExecuteScalar() as string ?? "";
    }
}
