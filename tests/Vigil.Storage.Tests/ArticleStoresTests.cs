using Vigil.Storage.Sqlite;

namespace Vigil.Storage.Tests;

public sealed class ArticleStoresTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_file_path_opens_SQLite()
    {
        var path = _folder.File("data/vigil.db");

        await using var store = ArticleStores.Open(path);

        Assert.IsType<SqliteArticleStore>(store);
        Assert.True(File.Exists(path));
    }

    [Theory]
    [InlineData("postgres://vigil:s3cret@127.0.0.1:1/vigil")]
    [InlineData("postgresql://vigil:s3cret@127.0.0.1:1/vigil")]
    [InlineData("Host=127.0.0.1;Port=1;Username=vigil;Password=s3cret;Database=vigil")]
    [InlineData("Server=127.0.0.1; Port=1; PWD=s3cret")]
    public void PostgreSQL_is_opened_and_its_errors_never_show_the_password(string db)
    {
        // Nothing listens on port 1: the PostgreSQL store was chosen, and says it cannot reach the server.
        var error = Assert.Throws<StorageException>(() => ArticleStores.Open(db));

        Assert.Contains("cannot reach the server", error.Message);
        Assert.DoesNotContain("s3cret", error.Target);
        Assert.DoesNotContain("s3cret", error.Message);
        Assert.Contains("***", error.Target);
    }

    [Fact]
    public void An_empty_database_name_is_refused()
    {
        var error = Assert.Throws<StorageException>(() => ArticleStores.Open(" "));

        Assert.Contains("no database", error.Message);
    }

    [Theory]
    [InlineData("vigil.db", false)]
    [InlineData("./data/host=1.db", false)]
    [InlineData("Data Source=vigil.db", false)]
    [InlineData("POSTGRES://u@h/d", true)]
    [InlineData("Database=v;Host=h", true)]
    public void PostgreSQL_is_told_from_a_file_path(string db, bool isPostgres) =>
        Assert.Equal(isPostgres, ArticleStores.IsPostgres(db));
}
