using Npgsql;
using Vigil.Documents;
using Vigil.Storage.Postgres;
using static Vigil.Storage.Tests.TrackingDocuments;

namespace Vigil.Storage.Tests;

/// <summary>The shared store suite on a real PostgreSQL server, plus what only a server database has: its migrations, its login and reachability errors.</summary>
public sealed class PostgresArticleStoreTests : ArticleStoreContract
{
    private string? _database;

    private string Database => _database ??= TestPostgres.CreateDatabase();

    /// <summary>A database Vigil has not migrated yet, for the tests of migration itself.</summary>
    private string FreshDatabase => _database ??= TestPostgres.CreateDatabase(migrated: false);

    protected override IArticleStore CreateStore() => PostgresArticleStore.Open(Database);

    protected override Task MakeQuoteWritesFailAsync(string speakerName)
    {
        using var connection = new NpgsqlConnection(Database);
        connection.Open();
        using var command = new NpgsqlCommand("""
            CREATE FUNCTION fail_quote() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.speaker_name = TG_ARGV[0] THEN RAISE EXCEPTION 'injected failure'; END IF;
                RETURN NEW;
            END $$;
            """, connection);
        command.ExecuteNonQuery();
        // A trigger's arguments are literals, not parameters.
        using var trigger = new NpgsqlCommand(
            $"CREATE TRIGGER fail_quote BEFORE INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION fail_quote('{speakerName.Replace("'", "''")}')", connection);
        trigger.ExecuteNonQuery();
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null)
            TestPostgres.DropDatabase(_database);
    }

    [SkippableFact]
    public async Task Opening_migrates_to_the_latest_schema_and_reopening_applies_nothing_twice()
    {
        _ = FreshDatabase;
        var document = TestDocuments.Full();
        await using (var store = PostgresArticleStore.Open(Database))
            await store.StoreAsync(document);

        await using (var reopened = PostgresArticleStore.Open(Database))
            Assert.Equal(StoreOutcome.AlreadyStored, await reopened.StoreAsync(document));

        Assert.Equal((long)PostgresSchema.LatestVersion, TestPostgres.Scalar(Database, "SELECT count(*) FROM vigil_schema"));
        Assert.Equal(PostgresSchema.LatestVersion, TestPostgres.Scalar(Database, "SELECT max(version) FROM vigil_schema"));
    }

    [SkippableFact]
    public async Task Processes_opening_a_new_database_at_once_migrate_it_once()
    {
        var database = FreshDatabase;
        var stores = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => PostgresArticleStore.Open(database))));
        foreach (var store in stores)
            await store.DisposeAsync();

        Assert.Equal((long)PostgresSchema.LatestVersion, TestPostgres.Scalar(Database, "SELECT count(*) FROM vigil_schema"));
    }

    [Fact]
    public void Migrations_are_numbered_from_one_without_gaps()
    {
        Assert.Equal(Enumerable.Range(1, PostgresSchema.Migrations.Count), PostgresSchema.Migrations.Select(m => m.Version));
        Assert.All(PostgresSchema.Migrations, m => Assert.False(string.IsNullOrWhiteSpace(m.Sql)));
    }

    [SkippableFact]
    public async Task A_database_from_a_newer_Vigil_is_refused_with_a_clear_reason()
    {
        await using (PostgresArticleStore.Open(Database)) { }
        TestPostgres.Scalar(Database, $"INSERT INTO vigil_schema (version, name) VALUES ({PostgresSchema.LatestVersion + 1}, 'future')");

        var error = Assert.Throws<StorageException>(() => PostgresArticleStore.Open(Database));

        Assert.Contains("newer Vigil", error.Message);
        Assert.Contains($"schema version {PostgresSchema.LatestVersion + 1}", error.Message);
    }

    [SkippableFact]
    public void Another_programs_articles_table_is_refused_and_left_untouched()
    {
        TestPostgres.Scalar(FreshDatabase, "CREATE TABLE articles (headline text)");

        var error = Assert.Throws<StorageException>(() => PostgresArticleStore.Open(Database));

        Assert.Contains("did not make", error.Message);
        Assert.Equal(true, TestPostgres.Scalar(Database, "SELECT to_regclass('vigil_schema') IS NULL"));
        Assert.Equal("headline", TestPostgres.Scalar(Database, "SELECT column_name FROM information_schema.columns WHERE table_name = 'articles'"));
    }

    // The tsvector is kept in the row (migration 005), but one larger than a page must still go out
    // of line rather than fail the article: a long text of many different words makes one.
    [SkippableFact]
    public async Task A_text_whose_index_entry_outgrows_a_page_is_stored_and_found()
    {
        await using var store = PostgresArticleStore.Open(Database);
        var words = string.Join(' ', Enumerable.Range(0, 5_000).Select(i => "w" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
        var document = TestDocuments.Plain(words + ". The convoy reached Kabul airport at dawn.");

        Assert.Equal(StoreOutcome.Added, await store.StoreAsync(document));

        Assert.True((int)TestPostgres.Scalar(Database, "SELECT pg_column_size(search) FROM articles")! > 8192);
        Assert.Equal("m", TestPostgres.Scalar(Database, "SELECT attstorage::text FROM pg_attribute WHERE attrelid = 'articles'::regclass AND attname = 'search'"));
        Assert.Equal(1, (await store.SearchAsync(new SearchQuery("\"Kabul airport\" w1387"))).Total);
    }

    // Migration 006 indexes the articles already stored: a database of schema 5 with an article in
    // it finds that article by a phrase once upgraded.
    [SkippableFact]
    public async Task Upgrading_indexes_the_pairs_of_words_of_the_articles_already_stored()
    {
        _ = FreshDatabase;
        await using (var store = PostgresArticleStore.Open(Database))
            await store.StoreAsync(TestDocuments.Plain("The al-Qaeda leader met café owners in Kandahar on Monday.", "a.txt"));
        TestPostgres.Scalar(Database, "DROP INDEX articles_search_pairs; DROP FUNCTION vigil_word_pairs(tsvector); DELETE FROM vigil_schema WHERE version = 6");

        await using var upgraded = PostgresArticleStore.Open(Database);

        Assert.Equal(1, (await upgraded.SearchAsync(new SearchQuery("\"owners in Kandahar\""))).Total);
        Assert.Equal(true, TestPostgres.Scalar(Database, "SELECT to_regclass('articles_search_pairs') IS NOT NULL"));
        Assert.Equal(6, TestPostgres.Scalar(Database, "SELECT max(version) FROM vigil_schema"));
    }

    // A phrase is looked up by its pairs of neighbouring words (migration 006), which are read from
    // the positions the phrase operator checks: a hyphenated word is itself and then its parts.
    [SkippableFact]
    public void The_pairs_of_neighbouring_words_come_from_the_positions_of_the_words()
    {
        Assert.Equal(
            "'al qaeda' 'al-qaeda al' 'elysee staff' 'in 2021' 'leader met' 'met elysee' 'qaeda leader' 'staff in' 'the al-qaeda'",
            TestPostgres.Scalar(Database, "SELECT vigil_word_pairs(to_tsvector('vigil_search', 'The al-Qaeda leader met Élysée staff in 2021'))::text"));
        Assert.Equal("", TestPostgres.Scalar(Database, "SELECT vigil_word_pairs(to_tsvector('vigil_search', 'Kabul'))::text"));
    }

    // A process that opens the database while another upgrades it waits for the upgrade, however
    // long: a migration that rewrites a large articles table takes minutes, past any command timeout.
    [SkippableFact]
    public async Task Opening_waits_for_an_upgrade_in_progress_longer_than_the_command_timeout()
    {
        var fresh = FreshDatabase;
        await using var upgrading = new NpgsqlConnection(fresh);
        await upgrading.OpenAsync();
        await using var upgrade = await upgrading.BeginTransactionAsync();
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(1449748332)", upgrading, upgrade))   // the migration lock, "Vigl"
            await take.ExecuteNonQueryAsync();
        var impatient = new NpgsqlConnectionStringBuilder(fresh) { CommandTimeout = 1 }.ConnectionString;

        var opening = Task.Run(() => PostgresArticleStore.Open(impatient));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.False(opening.IsCompleted);   // waiting, not failed
        await upgrade.CommitAsync();

        await using var store = await opening;
        Assert.Equal(PostgresSchema.LatestVersion, TestPostgres.Scalar(fresh, "SELECT max(version) FROM vigil_schema"));
    }

    [SkippableFact]
    public async Task The_database_refuses_to_rewrite_a_verdict()
    {
        await using var store = PostgresArticleStore.Open(Database);
        var promise = Promise();
        await store.StoreAsync(promise, PromiseTracking(promise));
        await store.AddVerdictAsync("tc-promise", new CommitmentVerdict(CommitmentStatus.Kept, "flights left", "ana", DateTimeOffset.UnixEpoch));

        var refused = Assert.Throws<PostgresException>(() => TestPostgres.Scalar(Database, "UPDATE commitment_verdicts SET status = 'broken'"));

        Assert.Contains("appended, never changed", refused.MessageText);
        Assert.Equal(CommitmentStatus.Kept, (await store.GetTrackedCommitmentAsync("tc-promise"))!.Status);
    }

    [SkippableFact]
    public async Task A_url_opens_the_same_database_as_its_connection_string()
    {
        var builder = new NpgsqlConnectionStringBuilder(Database);
        var url = $"postgres://{Uri.EscapeDataString(builder.Username!)}@{builder.Host}:{builder.Port}/{builder.Database}";
        await using (var byString = PostgresArticleStore.Open(Database))
            await byString.StoreAsync(TestDocuments.Full());

        await using var byUrl = PostgresArticleStore.Open(url);

        Assert.Equal(1, (await byUrl.CountAsync()).Articles);
    }

    [SkippableFact]
    public void A_database_that_does_not_exist_is_named_so()
    {
        var missing = new NpgsqlConnectionStringBuilder(Database) { Database = "vigil_nowhere_" + Guid.NewGuid().ToString("N")[..8] };

        var error = Assert.Throws<StorageException>(() => PostgresArticleStore.Open(missing.ConnectionString));

        Assert.Contains("does not exist", error.Message);
    }

    [SkippableFact]
    public async Task Copies_of_one_story_stored_at_once_by_several_writers_join_one_story()
    {
        var signature = new StorySignature([.. Enumerable.Range(0, StorySignature.Length).Select(i => (uint)(i * 2654435761u))]);
        var copies = Enumerable.Range(0, 12)
            .Select(i => TestDocuments.Plain($"The same story, copy {i}.", $"mirror-{i}.txt") with { Signature = signature })
            .ToList();
        var writers = Enumerable.Range(0, 4).Select(_ => Open()).ToList();

        await Task.WhenAll(copies.Select((copy, i) => Task.Run(() => writers[i % writers.Count].StoreAsync(copy))));

        var counts = await writers[0].CountAsync();
        Assert.Equal((12L, 1L), (counts.Articles, counts.Stories));
        Assert.Equal(12, (await writers[0].GetStoryAsync(copies[5].ContentId))!.Copies.Length);
    }

    [Fact]
    public void A_server_that_cannot_be_reached_is_a_clear_error_without_the_password()
    {
        var error = Assert.Throws<StorageException>(() => PostgresArticleStore.Open("postgres://vigil:s3cret@127.0.0.1:1/vigil"));

        Assert.Contains("cannot reach the server", error.Message);
        Assert.DoesNotContain("s3cret", error.Message);
        Assert.Equal("postgres://vigil:***@127.0.0.1:1/vigil", error.Target);
    }
}
